/**
 * The only present-mode code a presentable page carries: it loads the real module when the
 * URL asks for ?present (the slides) or ?presenter (the presenter view), or the reader presses
 * the Present button. Without JavaScript, either simply shows the page.
 */
import { presentModeOf } from '../../lib/urls';
import presentCss from '../../styles/present.css?url';
import presenterCss from '../../styles/presenter.css?url';

/**
 * The mode's styles arrive with the mode. Imported as URLs, not as CSS, because Astro adds
 * the CSS a page's scripts import to every page, and a reader who never presents should not
 * download it; resolves once the sheet applies (or fails to load), so slides are measured
 * with their styles.
 */
function stylesheet(href: string): Promise<void> {
  if (document.querySelector(`link[rel="stylesheet"][href="${href}"]`)) return Promise.resolve();
  return new Promise((resolve) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
    document.head.append(link);
  });
}

// The page's words arrive with the mode too (presentWords.ts), fetched beside its code.
const words = (): Promise<unknown> => import('./presentWords').then((m) => m.loadPresentWords());
const enter = (): Promise<void> =>
  Promise.all([stylesheet(presentCss), import('./presentMode'), words()]).then(([, m]) => m.enterPresentMode());

class PresentButton extends HTMLElement {
  connectedCallback(): void {
    this.querySelector('button')?.addEventListener('click', () => void enter());
  }
}
if (!customElements.get('present-button')) customElements.define('present-button', PresentButton);

const mode = presentModeOf(location.search);
if (mode === 'presenter')
  void Promise.all([stylesheet(presentCss), stylesheet(presenterCss), import('./presenterView'), words()]).then(([, , m]) =>
    m.openPresenterView(),
  );
else if (mode === 'present') void enter();
