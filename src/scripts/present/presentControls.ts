/**
 * Present mode's own interface: a small control bar, a live region that announces each
 * slide, and three dialogs (overview of slides, presenter notes, QR code). Built only when
 * the mode starts and removed when it ends.
 */
import type { PresentAction } from '../../lib/presentKeys';
import { qrFigure } from './presentQr';

export interface Controls {
  update(current: number, total: number, label: string): void;
  toggleOverview(labels: string[], current: number): void;
  toggleDialog(name: 'notes' | 'qr'): void;
  /** Closes an open dialog; true if there was one (so Escape does not also leave the mode). */
  closeDialogs(): boolean;
  focusStage(): void;
  destroy(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function button(label: string, text: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', { type: 'button', title: label, className: 'present-btn' }, text);
  b.setAttribute('aria-label', label);
  b.addEventListener('click', onClick);
  return b;
}

function dialog(id: string, title: string, body: Node[]): HTMLDialogElement {
  const d = el('dialog', { id, className: 'present-dialog' });
  d.setAttribute('aria-labelledby', `${id}-title`);
  const close = button('Close', 'Close', () => d.close());
  d.append(el('div', { className: 'present-dialog__head' }, el('h2', { id: `${id}-title` }, title), close), ...body);
  return d;
}

function notesContent(article: HTMLElement): Node[] {
  const notes = [...article.querySelectorAll('[data-presenter-note]')].map((n) => {
    const copy = n.cloneNode(true) as HTMLElement;
    copy.removeAttribute('data-off');
    for (const withId of copy.querySelectorAll('[id]')) withId.removeAttribute('id');
    copy.removeAttribute('aria-labelledby');
    copy.querySelectorAll('[aria-describedby]').forEach((x) => x.removeAttribute('aria-describedby'));
    return copy;
  });
  return notes.length ? notes : [el('p', {}, 'This chapter has no presenter notes.')];
}

function qrContent(): Node[] {
  return [qrFigure()];
}

export function buildControls(article: HTMLElement, act: (a: PresentAction) => void, goto: (slide: number) => void): Controls {
  const status = el('p', { className: 'present-status' });
  status.setAttribute('aria-live', 'polite');
  const counter = el('span', { className: 'present-counter' });
  const bar = el(
    'div',
    { className: 'present-bar ui' },
    button('Previous slide (←, Page Up)', '←', () => act('prev')),
    counter,
    button('Next slide (→, Space, Page Down)', '→', () => act('next')),
    button('Slides overview (O)', 'Slides', () => act('overview')),
    button('Notes for the presenter (N)', 'Notes', () => act('notes')),
    button('QR code of this chapter (Q)', 'QR', () => act('qr')),
    button('Full screen (F)', 'Full screen', () => act('fullscreen')),
    button('Exit present mode (Esc)', 'Exit', () => act('exit')),
  );
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', 'Presentation');

  const overviewList = el('ol', { className: 'present-overview' });
  const overview = dialog('present-overview', 'Slides', [overviewList]);
  const notes = dialog('present-notes', 'Presenter notes', notesContent(article));
  const qr = dialog('present-qr-dialog', 'Open this chapter on your phone', qrContent());
  const inlineQr = el('div', { className: 'present-title-qr' }, ...qrContent());
  article.querySelector('.chapter-header')?.append(inlineQr);
  const parts = [status, bar, overview, notes, qr];
  document.body.append(...parts);
  const dialogs = { notes, qr, overview };

  return {
    update(current, total, label) {
      counter.textContent = `${current} / ${total}`;
      status.textContent = `Slide ${current} of ${total}: ${label}`;
    },
    toggleOverview(labels, current) {
      overviewList.replaceChildren(
        ...labels.map((label, i) => {
          const b = button(`Go to slide ${i + 1}: ${label}`, `${i + 1}. ${label}`, () => {
            overview.close();
            goto(i + 1);
          });
          if (i + 1 === current) b.setAttribute('aria-current', 'true');
          return el('li', {}, b);
        }),
      );
      if (overview.open) overview.close();
      else overview.showModal();
    },
    toggleDialog(name) {
      const d = dialogs[name];
      if (d.open) d.close();
      else {
        for (const other of Object.values(dialogs)) if (other.open) other.close();
        d.showModal();
      }
    },
    closeDialogs() {
      const open = Object.values(dialogs).filter((d) => d.open);
      open.forEach((d) => d.close());
      return open.length > 0;
    },
    focusStage() {
      article.setAttribute('tabindex', '-1');
      article.focus({ preventScroll: true });
    },
    destroy() {
      parts.forEach((p) => p.remove());
      inlineQr.remove();
      article.removeAttribute('tabindex');
    },
  };
}
