/**
 * The overview (O): every slide by name in a grid of buttons. It opens with focus on the
 * current slide; arrow keys move through the grid (left/right by one, up/down by a row, as the
 * grid is laid out at this screen size), Home/End to the ends; Enter opens a slide; Escape
 * closes it and focus goes back to where it was.
 */
import { gridMove } from '../../lib/presentKeys';
import { button, dialog, el, openDialog } from './presentDom';
import { fill } from '../../lib/fill';
import { presentWords } from './presentWords';

export interface Overview {
  dialog: HTMLDialogElement;
  toggle(labels: string[], current: number): void;
}

/** Items per row, read from the layout: how many share the first item's top edge. */
function columnsOf(items: HTMLElement[]): number {
  const top = items[0]?.offsetTop;
  return Math.max(1, items.filter((i) => i.offsetTop === top).length);
}

export function buildOverview(goto: (slide: number) => void): Overview {
  const T = presentWords();
  const list = el('ol', { className: 'present-overview' });
  const d = dialog('present-overview', T.overviewTitle, T.close, [list]);
  list.addEventListener('keydown', (e) => {
    const buttons = [...list.querySelectorAll<HTMLButtonElement>('button')];
    const index = buttons.indexOf(e.target as HTMLButtonElement);
    if (index < 0 || e.altKey || e.ctrlKey || e.metaKey) return;
    const to = gridMove(e.key, index, buttons.length, columnsOf(buttons.map((b) => b.parentElement as HTMLElement)));
    if (to === null) return;
    e.preventDefault();
    e.stopPropagation();
    buttons[to]?.focus();
  });
  return {
    dialog: d,
    toggle(labels, current) {
      if (d.open) return d.close();
      list.replaceChildren(
        ...labels.map((label, i) => {
          const b = button(fill(T.goTo, { n: i + 1, label }), `${i + 1}. ${label}`, () => {
            d.close();
            goto(i + 1);
          });
          if (i + 1 === current) b.setAttribute('aria-current', 'true');
          return el('li', {}, b);
        }),
      );
      openDialog(d);
      const here = list.querySelector<HTMLButtonElement>('[aria-current="true"]');
      here?.focus();
      here?.scrollIntoView({ block: 'nearest' });
    },
  };
}
