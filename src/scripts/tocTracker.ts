/**
 * <toc-tracker>: highlights the table-of-contents link of the section being read. (Collapsing
 * the contents on narrow screens happens before first paint, in lib/inlineScripts.ts.)
 */
class TocTracker extends HTMLElement {
  connectedCallback(): void {
    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    const targets = links
      .map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))))
      .filter((el): el is HTMLElement => el !== null);
    if (targets.length === 0) return;

    const update = (): void => {
      // The current section is the last heading above the upper third of the viewport.
      const line = window.innerHeight / 3;
      let current = targets[0];
      for (const t of targets) if (t.getBoundingClientRect().top <= line) current = t;
      for (const a of links) {
        if (a.hash.slice(1) === current?.id) a.setAttribute('aria-current', 'true');
        else a.removeAttribute('aria-current');
      }
    };
    let queued = false;
    addEventListener(
      'scroll',
      () => {
        if (queued) return;
        queued = true;
        requestAnimationFrame(() => {
          queued = false;
          update();
        });
      },
      { passive: true },
    );
    update();
  }
}

if (!customElements.get('toc-tracker')) customElements.define('toc-tracker', TocTracker);
