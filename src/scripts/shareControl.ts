import type { CitationWords, CitedChapter } from '../lib/citation';

/**
 * <share-control>: reveals the "Share…" button where the browser has a share sheet, and
 * writes today's date and the served address into the citations (the server leaves "[date]")
 * when the reader opens "Cite this chapter". The citation code (lib/citation.ts) arrives only
 * then, fetched as the reader reaches for the disclosure: most readers never open it, and it
 * would otherwise be on every chapter's first screen. The chapter and the citation's words
 * (the page's language only) come from the element's data-citation and data-words. Copying is
 * <copy-link>'s job; the disclosure is a plain <details>.
 */
const citationCode = () => import('../lib/citation');

class ShareControlElement extends HTMLElement {
  connectedCallback(): void {
    const built = JSON.parse(this.dataset['citation'] ?? 'null') as CitedChapter | null;
    const words = JSON.parse(this.dataset['words'] ?? 'null') as CitationWords | null;
    if (!built || !words) return;
    // Cite the address the reader is actually on (a school's copy, a preview deploy), as
    // "Copy link" does; the build's canonical URL stays for readers without scripts.
    const chapter: CitedChapter = { ...built, url: location.origin + location.pathname };

    const cite = this.querySelector('details');
    if (cite) {
      const write = (): void => {
        void citationCode().then(({ accessDate, bibtexCitation, plainCitation }) => {
          const today = accessDate(new Date(), chapter.locale);
          const plain = this.querySelector('[data-cite="plain"]');
          const bibtex = this.querySelector('[data-cite="bibtex"]');
          if (plain) plain.textContent = plainCitation(chapter, today, words);
          if (bibtex) bibtex.textContent = bibtexCitation(chapter, today, words);
        });
      };
      const summary = cite.querySelector('summary');
      for (const reach of ['pointerenter', 'focus'] as const) summary?.addEventListener(reach, () => void citationCode(), { once: true });
      cite.addEventListener('toggle', () => cite.open && write());
      if (cite.open) write();
    }

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
