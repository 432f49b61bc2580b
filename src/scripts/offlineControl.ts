/**
 * <offline-control>: saves the whole site (both languages) for use without a network, shows
 * how far the download has got, and offers a new deployment instead of swapping it in silently.
 *
 * The caching itself is Workbox's (the worker integrations/offlineWorker.ts generates; the page
 * talks to it through workbox-window): this module only registers the worker when the reader asks,
 * counts the precache as it fills, and relays "a newer version is waiting" and the reader's
 * "reload now". workbox-window is imported only then, so a page that never saves pays nothing
 * for it. The words come from the element (OfflineControl.astro), in the page's language.
 */
import type { Workbox } from 'workbox-window';
import type { Dictionary } from '../i18n/types';
import { fill } from '../lib/fill';
import type { OfflineSummary } from '../lib/offline';

type Words = Dictionary['offline'];

/** Where the control keeps the size of what it saved, to say so on a later visit without a network. */
const SAVED_SUMMARY_KEY = 'offline-summary';

class OfflineControlElement extends HTMLElement {
  #words!: Words;
  #status!: HTMLElement;
  #progress!: HTMLProgressElement;
  #saveButton!: HTMLButtonElement;
  #removeButton!: HTMLButtonElement;
  #notice!: HTMLElement;
  #noticeText!: HTMLElement;
  #summary: OfflineSummary | undefined;
  #workbox: Workbox | undefined;
  /** Set when the reader pressed "reload with the new version" in this tab. */
  #reloadWhenControlled = false;

  connectedCallback(): void {
    // A browser without service workers cannot keep the site offline: the control stays hidden.
    if (!('serviceWorker' in navigator) || !('caches' in window)) return;
    const part = <T extends Element>(selector: string): T => {
      const el = this.querySelector<T>(selector);
      if (!el) throw new Error(`offline-control: missing ${selector}`);
      return el;
    };
    this.#words = JSON.parse(this.dataset['words'] ?? '{}') as Words;
    this.#status = part('.offline__status');
    this.#progress = part('.offline__progress');
    this.#saveButton = part('[data-action="save"]');
    this.#removeButton = part('[data-action="remove"]');
    this.#notice = part('.offline__notice');
    this.#noticeText = part('.offline__notice-text');
    this.#saveButton.addEventListener('click', () => void this.#save());
    this.#removeButton.addEventListener('click', () => void this.#remove());
    part<HTMLButtonElement>('[data-action="update"]').addEventListener('click', () => this.#acceptUpdate());
    part<HTMLButtonElement>('[data-action="later"]').addEventListener('click', () => (this.#notice.hidden = true));
    // The notice is fixed to the window; outside the footer, it also shows in present mode,
    // where the footer is hidden.
    document.body.append(this.#notice);
    this.dataset['available'] = '';
    void this.#start();
  }

  async #start(): Promise<void> {
    const registration = await navigator.serviceWorker.getRegistration();
    if (registration?.active) {
      // Saved on an earlier visit: say so, and let the browser check for a newer deployment.
      this.#summary = readSavedSummary();
      this.#showReady();
      await this.#connect().catch(() => undefined); // offline: the update check waits for a network
    } else {
      this.#summary = await fetchSummary(this.dataset['summary'] ?? '');
      this.#status.textContent = this.#summary
        ? fill(this.#words.before, { size: this.#size(this.#summary.bytes) })
        : this.#words.sizeUnknown;
    }
  }

  /** Registers the worker, which downloads every file in its list before it counts as installed. */
  async #save(): Promise<void> {
    this.#saveButton.disabled = true;
    this.#summary ??= await fetchSummary(this.dataset['summary'] ?? '');
    this.#progress.hidden = false;
    this.#progress.removeAttribute('value');
    if (this.#summary) this.#progress.max = this.#summary.files;
    // Ask the browser not to evict the copy when space runs low (a teacher's laptop before class).
    void navigator.storage?.persist?.().catch(() => false);
    const counting = window.setInterval(() => void this.#countSaved(), 250);
    try {
      const workbox = await this.#connect();
      // Installed means every file was fetched and stored; a failed download makes the worker redundant.
      await new Promise<void>((resolve, reject) => {
        workbox.addEventListener('redundant', () => reject(new Error('install failed')));
        void workbox.active.then(() => resolve());
      });
      if (this.#summary) localStorage.setItem(SAVED_SUMMARY_KEY, JSON.stringify(this.#summary));
      this.#showReady();
    } catch {
      this.#workbox = undefined;
      this.#status.textContent = this.#words.failed;
      this.#saveButton.textContent = this.#words.retry;
      this.#saveButton.disabled = false;
    } finally {
      window.clearInterval(counting);
      this.#progress.hidden = true;
    }
  }

  async #connect(): Promise<Workbox> {
    if (this.#workbox) return this.#workbox;
    const { Workbox } = await import('workbox-window');
    const workbox = new Workbox(this.dataset['worker'] ?? '', { scope: '/' });
    // A new deployment finished installing beside the one serving this page: offer it.
    workbox.addEventListener('waiting', () => this.#offer(this.#words.updateAvailable, 'update'));
    workbox.addEventListener('controlling', (event) => {
      if (!event.isUpdate) return; // the first save taking control: nothing to reload
      if (this.#reloadWhenControlled) location.reload();
      else this.#offer(this.#words.updatedElsewhere, 'reload');
    });
    this.#workbox = workbox;
    await workbox.register();
    return workbox;
  }

  /** The precache fills one file at a time: how many are in, of how many. */
  async #countSaved(): Promise<void> {
    const prefix = `${this.dataset['cacheId'] ?? ''}-precache`;
    const name = (await caches.keys()).find((key) => key.startsWith(prefix));
    const done = name ? (await (await caches.open(name)).keys()).length : 0;
    const total = this.#summary?.files;
    if (!total) return;
    this.#progress.value = Math.min(done, total);
    this.#status.textContent = fill(this.#words.saving, { done: this.#count(Math.min(done, total)), total: this.#count(total) });
  }

  #showReady(): void {
    this.#status.textContent = fill(this.#words.ready, { size: this.#summary ? this.#size(this.#summary.bytes) : '…' });
    this.#saveButton.hidden = true;
    this.#removeButton.hidden = false;
  }

  /** Shows the notice; "update" asks the waiting worker to take over, "reload" just reloads. */
  #offer(text: string, action: 'update' | 'reload'): void {
    this.#noticeText.textContent = text;
    const button = this.#notice.querySelector<HTMLButtonElement>('[data-action="update"]');
    if (button) {
      button.textContent = action === 'update' ? this.#words.updateReload : this.#words.reload;
      button.dataset['then'] = action;
    }
    this.#notice.hidden = false;
  }

  #acceptUpdate(): void {
    const button = this.#notice.querySelector<HTMLButtonElement>('[data-action="update"]');
    if (button?.dataset['then'] === 'reload' || !this.#workbox) {
      location.reload();
      return;
    }
    this.#reloadWhenControlled = true;
    this.#workbox.messageSkipWaiting();
  }

  /** Unregisters the worker and deletes its caches: a shared computer after the lesson. */
  async #remove(): Promise<void> {
    for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
    const prefix = this.dataset['cacheId'] ?? '';
    for (const key of await caches.keys()) if (key.startsWith(prefix)) await caches.delete(key);
    localStorage.removeItem(SAVED_SUMMARY_KEY);
    this.#workbox = undefined;
    this.#status.textContent = this.#words.removed;
    this.#removeButton.hidden = true;
    this.#saveButton.hidden = false;
    this.#saveButton.disabled = false;
    this.#saveButton.textContent = this.#words.save;
  }

  #size(bytes: number): string {
    return new Intl.NumberFormat(this.dataset['intl'], { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1e6);
  }

  #count(n: number): string {
    return new Intl.NumberFormat(this.dataset['intl']).format(n);
  }
}

async function fetchSummary(path: string): Promise<OfflineSummary | undefined> {
  try {
    const response = await fetch(path, { cache: 'no-store' });
    return response.ok ? ((await response.json()) as OfflineSummary) : undefined;
  } catch {
    return undefined;
  }
}

function readSavedSummary(): OfflineSummary | undefined {
  try {
    return (JSON.parse(localStorage.getItem(SAVED_SUMMARY_KEY) ?? 'null') as OfflineSummary | null) ?? undefined;
  } catch {
    return undefined;
  }
}

if (!customElements.get('offline-control')) customElements.define('offline-control', OfflineControlElement);
