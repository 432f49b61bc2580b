/** Small DOM builders shared by present mode's controls, overview and presenter view. */

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** A button whose name (label) may say more than its text, e.g. its key. */
export function button(label: string, text: string, onClick: () => void, className = 'present-btn'): HTMLButtonElement {
  const b = el('button', { type: 'button', title: label, className }, text);
  if (label !== text) b.setAttribute('aria-label', label);
  b.addEventListener('click', onClick);
  return b;
}

/**
 * A modal dialog with a heading and a Close button. Closing it (Escape, Close, or from code)
 * puts focus back where it was when it opened: the button that opened it, or the slide.
 */
export function dialog(id: string, title: string, closeText: string, body: Node[]): HTMLDialogElement {
  const d = el('dialog', { id, className: 'present-dialog' });
  d.setAttribute('aria-labelledby', `${id}-title`);
  const close = button(closeText, closeText, () => d.close());
  d.append(el('div', { className: 'present-dialog__head' }, el('h2', { id: `${id}-title` }, title), close), ...body);
  let opener: HTMLElement | null = null;
  d.addEventListener('present:opening', () => {
    const active = document.activeElement;
    opener = active instanceof HTMLElement && active !== document.body && !d.contains(active) ? active : null;
  });
  d.addEventListener('close', () => {
    const back = opener;
    opener = null;
    // Only if focus is lost (inside the closed dialog or on the body): a click on an overview
    // item that moved focus on purpose keeps it.
    if (back?.isConnected && (document.activeElement === document.body || d.contains(document.activeElement)))
      back.focus({ preventScroll: true });
  });
  return d;
}

/** Opens a dialog built by `dialog`, remembering where focus was. */
export function openDialog(d: HTMLDialogElement): void {
  d.dispatchEvent(new Event('present:opening'));
  d.showModal();
}
