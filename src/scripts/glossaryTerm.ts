/**
 * <glossary-term>: the first tap on a touch screen opens the definition instead of leaving
 * the page (a second tap follows the link); Escape hides an open definition; a tap
 * elsewhere closes it. Hover and focus need no script (see Term.astro's CSS).
 */
class GlossaryTerm extends HTMLElement {
  #lastPointer = 'mouse';

  connectedCallback(): void {
    const link = this.querySelector('a');
    if (!link) return;
    link.addEventListener('pointerdown', (e) => (this.#lastPointer = e.pointerType));
    link.addEventListener('click', (e) => {
      if (this.#lastPointer !== 'touch' || this.hasAttribute('data-open')) return;
      e.preventDefault();
      closeAll(this);
      this.setAttribute('data-open', '');
    });
    this.addEventListener('mouseenter', () => this.removeAttribute('data-dismissed'));
    link.addEventListener('focus', () => this.removeAttribute('data-dismissed'));
  }
}

function closeAll(except?: Element): void {
  for (const t of document.querySelectorAll('glossary-term[data-open]')) {
    if (t !== except) t.removeAttribute('data-open');
  }
}

document.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape') return;
  for (const t of document.querySelectorAll('glossary-term')) {
    if (t.matches(':hover, :focus-within, [data-open]')) {
      t.removeAttribute('data-open');
      t.setAttribute('data-dismissed', '');
    }
  }
});
document.addEventListener('click', (e) => {
  if (!(e.target instanceof Element) || !e.target.closest('glossary-term')) closeAll();
});

if (!customElements.get('glossary-term')) customElements.define('glossary-term', GlossaryTerm);
