/**
 * The only present-mode code a presentable page carries: it loads the real module when the
 * URL asks for ?present (the slides) or ?presenter (the presenter view), or the reader presses
 * the Present button. Without JavaScript, either simply shows the page.
 */
const enter = (): Promise<void> => import('./presentMode').then((m) => m.enterPresentMode());

class PresentButton extends HTMLElement {
  connectedCallback(): void {
    this.querySelector('button')?.addEventListener('click', () => void enter());
  }
}
if (!customElements.get('present-button')) customElements.define('present-button', PresentButton);

const query = new URLSearchParams(location.search);
if (query.has('presenter')) void import('./presenterView').then((m) => m.openPresenterView());
else if (query.has('present')) void enter();
