/**
 * What "Save for offline" does once asked (scripts/offlineControl.ts loads this on the button,
 * or on a visit after saving): registers the worker, counts the precache as it fills, says when
 * the site is ready, offers a newer deployment instead of swapping it in silently, and removes
 * the copy on request.
 *
 * The caching itself is Workbox's (the worker integrations/offlineWorker.ts generates; the page
 * talks to it through workbox-window): no caching logic here. The words are the page's
 * language's section only, fetched as their own small chunk (as present mode's are).
 */
import { Workbox } from 'workbox-window';
import type { Dictionary } from '../../i18n/types';
import { fill } from '../../lib/fill';
import type { OfflineSummary } from '../../lib/offline';

type Words = Dictionary['offline'];

const SECTIONS = import.meta.glob<Words>('../../i18n/*/offline.ts', { import: 'offline' });

/** Where the size of what was saved is kept, to say so on a later visit without a network. */
const SAVED_SUMMARY_KEY = 'offline-summary';

class OfflineSession {
  readonly #control: HTMLElement;
  readonly #words: Words;
  readonly #status: HTMLElement;
  readonly #progress: HTMLProgressElement;
  readonly #saveButton: HTMLButtonElement;
  readonly #removeButton: HTMLButtonElement;
  readonly #notice: HTMLElement;
  readonly #noticeText: HTMLElement;
  readonly #noticeAction: HTMLButtonElement;
  #summary: OfflineSummary | undefined;
  #workbox: Workbox | undefined;
  /** "update": the waiting worker takes over, then the page reloads; "reload": just reload. */
  #noticeDoes: 'update' | 'reload' = 'update';
  /** Set when the reader pressed "reload with the new version" in this tab. */
  #reloadWhenControlled = false;

  constructor(control: HTMLElement, words: Words) {
    this.#control = control;
    this.#words = words;
    const part = <T extends Element>(selector: string): T => {
      const el = control.querySelector<T>(selector);
      if (!el) throw new Error(`offline-control: missing ${selector}`);
      return el;
    };
    this.#status = part('.offline__status');
    this.#progress = part('.offline__progress');
    this.#saveButton = part('.offline__button');
    this.#removeButton = button(words.remove, 'offline__button offline__button--quiet');
    this.#removeButton.hidden = true;
    this.#removeButton.addEventListener('click', () => void this.#remove());
    this.#saveButton.after(this.#removeButton);

    // The notice is fixed to the window and outside the footer, so it shows in present mode too.
    this.#notice = document.createElement('div');
    this.#notice.className = 'offline__notice ui';
    this.#notice.setAttribute('role', 'alert');
    this.#notice.hidden = true;
    this.#noticeText = document.createElement('p');
    this.#noticeAction = button(words.updateReload, 'offline__button');
    this.#noticeAction.addEventListener('click', () => this.#acceptUpdate());
    const later = button(words.updateLater, 'offline__button offline__button--quiet');
    later.addEventListener('click', () => (this.#notice.hidden = true));
    const actions = document.createElement('p');
    actions.className = 'offline__actions';
    actions.append(this.#noticeAction, later);
    this.#notice.append(this.#noticeText, actions);
    document.body.append(this.#notice);
  }

  /** A visit after saving: say so, and let the browser look for a newer deployment. */
  async resume(): Promise<void> {
    this.#summary = readSavedSummary();
    this.#showReady();
    await this.#connect().catch(() => undefined); // offline: the update check waits for a network
  }

  /** Registers the worker, which downloads every file in its list before it counts as installed. */
  async save(): Promise<void> {
    this.#saveButton.disabled = true;
    this.#summary ??= await fetchSummary(this.#control.dataset['summary'] ?? '');
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
    const workbox = new Workbox(this.#control.dataset['worker'] ?? '', { scope: '/' });
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
    const total = this.#summary?.files;
    if (!total) return;
    const prefix = `${this.#control.dataset['cacheId'] ?? ''}-precache`;
    const name = (await caches.keys()).find((key) => key.startsWith(prefix));
    const done = Math.min(name ? (await (await caches.open(name)).keys()).length : 0, total);
    this.#progress.value = done;
    this.#status.textContent = fill(this.#words.saving, { done: this.#count(done), total: this.#count(total) });
  }

  #showReady(): void {
    this.#status.textContent = fill(this.#words.ready, { size: this.#summary ? this.#size(this.#summary.bytes) : '…' });
    this.#saveButton.hidden = true;
    this.#removeButton.hidden = false;
  }

  #offer(text: string, does: 'update' | 'reload'): void {
    this.#noticeText.textContent = text;
    this.#noticeAction.textContent = does === 'update' ? this.#words.updateReload : this.#words.reload;
    this.#noticeDoes = does;
    this.#notice.hidden = false;
  }

  #acceptUpdate(): void {
    if (this.#noticeDoes === 'reload' || !this.#workbox) {
      location.reload();
      return;
    }
    this.#reloadWhenControlled = true;
    this.#workbox.messageSkipWaiting();
  }

  /** Unregisters the worker and deletes its caches: a shared computer after the lesson. */
  async #remove(): Promise<void> {
    for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
    const prefix = this.#control.dataset['cacheId'] ?? '';
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
    return new Intl.NumberFormat(this.#control.dataset['intl'], { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(
      bytes / 1e6,
    );
  }

  #count(n: number): string {
    return new Intl.NumberFormat(this.#control.dataset['intl']).format(n);
  }
}

function button(label: string, className: string): HTMLButtonElement {
  const el = document.createElement('button');
  el.type = 'button';
  el.className = className;
  el.textContent = label;
  return el;
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

const sessions = new WeakMap<HTMLElement, Promise<OfflineSession>>();

/** The one session of a control (the button and a later visit's resume share it). */
export function offlineSession(control: HTMLElement): Promise<OfflineSession> {
  let session = sessions.get(control);
  if (!session) {
    const locale = control.dataset['locale'] ?? 'en';
    const load = SECTIONS[`../../i18n/${locale}/offline.ts`] ?? SECTIONS['../../i18n/en/offline.ts'];
    if (!load) throw new Error('offline-control: no words for this page');
    session = load().then((words) => new OfflineSession(control, words));
    sessions.set(control, session);
  }
  return session;
}
