import { iframeCode } from '../lib/embedCode';
import { withFigureState } from '../lib/figureState';
import type { EmbeddableFigure } from '../lib/urls';
import { onFigureStateChange } from './figureStateChanges';

/**
 * <figure-share>: "Share this figure" on /map/ and /timeline/. Keeps the link its copy button
 * copies and the embed code in step with the figure's state (the map's ?date=, the timeline's
 * #event), on the address the reader is actually on (a school's copy, a preview deploy), as
 * "Copy link" and the citations do. Copying is <copy-link>'s job; the embed disclosure is a
 * plain <details>. Without a script the page shows the plain embed address's code.
 * Attributes (FigureShare.astro): data-figure, data-page and data-embed (paths),
 * data-title (the iframe's title) and data-height.
 */
class FigureShareElement extends HTMLElement {
  connectedCallback(): void {
    const { figure, page, embed, title, height } = this.dataset;
    const link = this.querySelector('[data-share="link"]');
    const code = this.querySelector('[data-share="code"]');
    if (!figure || !page || !embed || !title || !height || !link || !code) return;
    const f = figure as EmbeddableFigure;
    const update = (): void => {
      const href = new URL(withFigureState(page, f, location), location.origin).href;
      const src = new URL(withFigureState(embed, f, location), location.origin).href;
      const html = iframeCode({ src, title, height: Number(height) });
      // Only what changed: rewriting the field would drop the reader's selection in it.
      if (link.textContent !== href) link.textContent = href;
      // A <textarea>'s text is its value until the reader edits it (it is read-only here).
      if (code.textContent !== html) code.textContent = html;
    };
    update();
    onFigureStateChange(update);
    // Before any copy or look: whatever changed the address, what is copied is what it names.
    this.addEventListener('pointerdown', update, { capture: true });
    this.addEventListener('focusin', update);
    this.querySelector('details')?.addEventListener('toggle', update);
  }
}

if (!customElements.get('figure-share')) customElements.define('figure-share', FigureShareElement);
