/**
 * The only present-mode code every chapter page carries: it loads the real module when the
 * URL asks for ?present or the reader presses the Present button. Without JavaScript,
 * ?present simply shows the chapter.
 */
const enter = (): Promise<void> => import('./presentMode').then((m) => m.enterPresentMode());

class PresentButton extends HTMLElement {
  connectedCallback(): void {
    this.querySelector('button')?.addEventListener('click', () => void enter());
  }
}
if (!customElements.get('present-button')) customElements.define('present-button', PresentButton);

if (new URLSearchParams(location.search).has('present')) void enter();
