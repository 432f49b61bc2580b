/** <copy-link>: copies the page URL (plus data-hash) and announces the result. */
class CopyLinkElement extends HTMLElement {
  #timer: number | undefined;

  connectedCallback(): void {
    const button = this.querySelector('button');
    const status = this.querySelector<HTMLElement>('.copy-link__status');
    if (!button || !status) return;
    button.addEventListener('click', async () => {
      const hash = this.dataset['hash'];
      const url = new URL(location.pathname, location.origin);
      if (hash) url.hash = hash;
      let message = 'Link copied';
      try {
        await navigator.clipboard.writeText(url.href);
      } catch {
        message = `Copy this link: ${url.href}`; // clipboard refused (insecure origin, policy)
      }
      status.textContent = message;
      window.clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => (status.textContent = ''), 4000);
    });
  }
}

if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLinkElement);
