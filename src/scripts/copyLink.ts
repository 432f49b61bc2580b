/**
 * <copy-link>: copies the page URL (plus data-hash) and announces the result. With
 * data-copy-from="id" it copies that element's text instead (a citation, say), read at
 * click time so text a script filled in is what gets copied. What it announces is the page's
 * words, written on the element by CopyLink.astro: data-done, and data-failed ({url}).
 * It imports nothing, so Astro inlines it rather than making a page fetch one more file.
 */
class CopyLinkElement extends HTMLElement {
  #timer: number | undefined;

  connectedCallback(): void {
    const button = this.querySelector('button');
    const status = this.querySelector<HTMLElement>('.copy-link__status');
    if (!button || !status) return;
    button.addEventListener('click', () => void this.#copy(status));
  }

  /** Copies the link or the text and says so; a refused clipboard is reported, not thrown. */
  async #copy(status: HTMLElement): Promise<void> {
    const hash = this.dataset['hash'];
    const from = this.dataset['copyFrom'];
    const url = new URL(location.pathname, location.origin);
    if (hash) url.hash = hash;
    const text = from ? (document.getElementById(from)?.textContent ?? '') : url.href;
    let message = this.dataset['done'] ?? '';
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // Clipboard refused (insecure origin, policy): the reader can still select it.
      // lib/fill.ts's one placeholder, filled in place: importing it would cost a request.
      message = (this.dataset['failed'] ?? '{url}').replace('{url}', from ? text : url.href);
    }
    status.textContent = message;
    window.clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => (status.textContent = ''), 4000);
  }
}

if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLinkElement);
