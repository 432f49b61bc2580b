/**
 * <offline-control>: "Save for offline" in the footer. This entry is all a reader who never
 * saves downloads: it shows the control where service workers exist and states the download's
 * size. Saving, progress, the update notice and their words (in the page's language only)
 * arrive when the reader presses the button, or on a later visit once the site is saved
 * (offline/offlineSession.ts, with workbox-window).
 */
const session = (control: HTMLElement) => import('./offline/offlineSession').then((m) => m.offlineSession(control));

class OfflineControlElement extends HTMLElement {
  connectedCallback(): void {
    // A browser without service workers cannot keep the site offline: the control stays hidden.
    if (!('serviceWorker' in navigator) || !('caches' in window)) return;
    this.dataset['available'] = '';
    this.querySelector('button')?.addEventListener('click', () => void session(this).then((s) => s.save()));
    void navigator.serviceWorker.getRegistration().then((registration) => {
      if (registration?.active) void session(this).then((s) => s.resume());
      else void this.#showSize();
    });
  }

  /** "Keeps every page …: 9.4 MB." — the size the build wrote beside the worker. */
  async #showSize(): Promise<void> {
    try {
      const response = await fetch(this.dataset['summary'] ?? '', { cache: 'no-store' });
      const { bytes } = (await response.json()) as { bytes: number };
      const size = new Intl.NumberFormat(this.dataset['intl'], { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(
        bytes / 1e6,
      );
      const status = this.querySelector('.offline__status');
      // lib/fill.ts's one placeholder, filled in place: importing it would cost a request.
      if (status && response.ok) status.textContent = (this.dataset['before'] ?? '').replace('{size}', size);
    } catch {
      /* no summary (an old host): the sentence without the size stays */
    }
  }
}

if (!customElements.get('offline-control')) customElements.define('offline-control', OfflineControlElement);
