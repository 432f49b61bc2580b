/**
 * The only present-mode code a presentable page carries: it loads the real module when the
 * URL asks for ?present (the slides) or ?presenter (the presenter view), or the reader presses
 * the Present button. Without JavaScript, either simply shows the page.
 */
import { presentModeOf } from '../../lib/urls';

const enter = (): Promise<void> => import('./presentMode').then((m) => m.enterPresentMode());

class PresentButton extends HTMLElement {
  connectedCallback(): void {
    this.querySelector('button')?.addEventListener('click', () => void enter());
  }
}
if (!customElements.get('present-button')) customElements.define('present-button', PresentButton);

const mode = presentModeOf(location.search);
if (mode === 'presenter') void import('./presenterView').then((m) => m.openPresenterView());
else if (mode === 'present') void enter();
