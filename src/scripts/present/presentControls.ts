/**
 * Present mode's own interface: a row under the slides holding the control bar and the "more
 * on this slide" cue (a row of its own, so neither ever covers a slide), a live region that
 * announces each slide, the overview, and two dialogs (presenter notes, QR code). Built only
 * when the mode starts and removed when it ends.
 */
import type { PresentAction } from '../../lib/presentKeys';
import { button, dialog, el, openDialog } from './presentDom';
import { buildOverview } from './presentOverview';
import { qrFigure } from './presentQr';
import { fill } from '../../lib/fill';
import { presentWords, type PresentWords } from './presentWords';
import type { LanguageSwitchElement } from '../languageSwitch';
import { sectionSlidesHref } from '../../lib/urls';

export interface Controls {
  update(current: number, total: number, label: string, place: SlidePlace): void;
  /** Shows or hides the cue that the slide runs on below the screen. */
  setMore(more: boolean): void;
  toggleOverview(labels: string[], current: number): void;
  toggleDialog(name: 'notes' | 'qr'): void;
  /** Closes an open dialog; true if there was one (so Escape does not also leave the mode). */
  closeDialogs(): boolean;
  /** Says something in the live region (a pop-up that could not open). */
  announce(message: string): void;
  destroy(): void;
}

function notesContent(stage: HTMLElement): Node[] {
  const notes = [...stage.querySelectorAll('[data-presenter-note]')].map((n) => {
    const copy = n.cloneNode(true) as HTMLElement;
    copy.removeAttribute('data-off');
    for (const withId of copy.querySelectorAll('[id]')) withId.removeAttribute('id');
    copy.removeAttribute('id');
    copy.removeAttribute('aria-labelledby');
    copy.querySelectorAll('[aria-describedby]').forEach((x) => x.removeAttribute('aria-describedby'));
    return copy;
  });
  return notes.length ? notes : [el('p', {}, presentWords().noNotes)];
}

/**
 * Where a slide is, in words every language's deck shares: its section's heading id (or
 * "questions"), or null for a slide that is the same in every language (the title slide, a
 * figure's state: an event or a date, which the address carries already).
 */
export interface SlidePlace {
  heading: string | null;
}

/**
 * The header's links to this page in the other languages, again in the bar (the header is off
 * screen in the mode). A translation's sections may need more or fewer slides than the
 * original's, so a slide in a section travels as that section's heading in the other
 * language (#id, mapped by position as the header's switch maps it), and the deck there opens
 * at the section's first slide; other slides keep their number. Kept up to date on each slide,
 * so a middle click or a copied link lands there too; a click also remembers the choice.
 */
function languageLinks(): { links: HTMLAnchorElement[]; update(place: SlidePlace): void } {
  const switcher = document.querySelector<LanguageSwitchElement>('language-switch');
  // Before the header's script has defined the element, its methods are missing: plain links then.
  const ready = (): boolean => typeof switcher?.takeClick === 'function';
  const pairs = [...(switcher?.querySelectorAll<HTMLAnchorElement>('a[data-locale]') ?? [])].map((source) => {
    const link = source.cloneNode(true) as HTMLAnchorElement;
    const locale = link.dataset['locale'] ?? '';
    link.className = 'present-btn present-lang';
    link.title = source.getAttribute('aria-label') ?? '';
    link.addEventListener('click', (event) => {
      if (ready()) switcher?.takeClick(event, locale, link.href);
    });
    return { link, locale };
  });
  return {
    links: pairs.map((p) => p.link),
    update({ heading }) {
      if (!ready() || !switcher) return;
      for (const { link, locale } of pairs) {
        // The same section, still presenting (?present#heading); a figure's state keeps its slide.
        const href = switcher.hrefFor(locale, { search: location.search, hash: heading ? '' : location.hash });
        if (href) link.href = heading ? sectionSlidesHref(href, switcher.twinSection(locale, heading)) : href;
      }
    },
  };
}

export function buildControls(stage: HTMLElement, act: (a: PresentAction) => void, goto: (slide: number) => void): Controls {
  const T = presentWords();
  const status = el('p', { className: 'present-status' });
  status.setAttribute('aria-live', 'polite');
  const counter = el('span', { className: 'present-counter' });
  const languages = languageLinks();
  const b = (k: keyof PresentWords & PresentAction, action: PresentAction = k) => {
    const s = T[k] as { label: string; text: string };
    return button(s.label, s.text, () => act(action));
  };
  const bar = el(
    'div',
    { className: 'present-bar ui' },
    b('prev'),
    counter,
    b('next'),
    b('overview'),
    b('notes'),
    b('qr'),
    b('presenter'),
    b('fullscreen'),
    ...languages.links,
    b('exit'),
  );
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', T.toolbar);
  // Said by the live region's slide names already; the cue is for eyes only.
  const more = el('p', { className: 'present-more ui', hidden: true }, T.more);
  more.setAttribute('aria-hidden', 'true');
  const foot = el('div', { className: 'present-foot' }, more, bar);

  const overview = buildOverview(goto);
  const notes = dialog('present-notes', T.notesTitle, T.close, notesContent(stage));
  const qr = dialog('present-qr-dialog', T.qrTitle, T.close, [qrFigure()]);
  const parts = [status, foot, overview.dialog, notes, qr];
  document.body.append(...parts);
  const dialogs = { notes, qr, overview: overview.dialog };
  const closeAll = (): number => {
    const open = Object.values(dialogs).filter((d) => d.open);
    open.forEach((d) => d.close());
    return open.length;
  };

  return {
    update(current, total, label, place) {
      counter.textContent = `${current} / ${total}`;
      status.textContent = fill(T.status, { n: current, total, label });
      languages.update(place);
    },
    setMore(show) {
      more.hidden = !show;
    },
    toggleOverview(labels, current) {
      if (!overview.dialog.open) closeAll();
      overview.toggle(labels, current);
    },
    toggleDialog(name) {
      const d = dialogs[name];
      if (d.open) return d.close();
      closeAll();
      openDialog(d);
    },
    closeDialogs: () => closeAll() > 0,
    announce(message) {
      status.textContent = message;
    },
    destroy() {
      closeAll();
      parts.forEach((p) => p.remove());
    },
  };
}
