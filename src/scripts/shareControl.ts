import { accessDate, bibtexCitation, plainCitation, type CitedChapter } from '../lib/citation';

/**
 * <share-control>: reveals the "Share…" button where the browser has a share sheet, and
 * writes today's date into the citations (the server leaves "[date]"). Copying is
 * <copy-link>'s job; the citation disclosure is a plain <details>.
 */
class ShareControlElement extends HTMLElement {
  connectedCallback(): void {
    const chapter = JSON.parse(this.dataset['citation'] ?? 'null') as CitedChapter | null;
    if (!chapter) return;

    const today = accessDate(new Date());
    const plain = this.querySelector('[data-cite="plain"]');
    const bibtex = this.querySelector('[data-cite="bibtex"]');
    if (plain) plain.textContent = plainCitation(chapter, today);
    if (bibtex) bibtex.textContent = bibtexCitation(chapter, today);

    const share = this.querySelector<HTMLButtonElement>('.share__native');
    // navigator.share is missing on most desktop browsers; the copy button covers them.
    if (!share || typeof navigator.share !== 'function') return;
    share.hidden = false;
    share.addEventListener('click', () => {
      navigator.share({ title: chapter.title, url: chapter.url }).catch(() => {
        // AbortError when the reader closes the sheet: nothing to report.
      });
    });
  }
}

if (!customElements.get('share-control')) customElements.define('share-control', ShareControlElement);
