/**
 * The language switch's behaviour (LanguageSwitch.astro). Without it the links still lead to
 * the other language's page, at its top.
 * - Same place: the search (present mode's ?present&slide=N, the map's ?date=) and the hash go
 *   along; a chapter's #section becomes the same section of the translation (by position, from
 *   the ids the build wrote on each link), and a box or paragraph id inside a section maps to its
 *   section. Event ids, #y2019 and #history-NIC are the same in every language.
 * - Remembered: the choice is stored; a page in another language then shows a one-line offer
 *   to switch (lang-offer), never a redirect.
 */
import { rememberLanguage, sectionsOf, storedLanguage } from './languageChoice';

/** The section (heading id) the hash is in: the hash itself, or the last heading before its target. */
function sectionOf(hash: string, sections: readonly string[]): number {
  const id = decodeURIComponent(hash.slice(1));
  const direct = sections.indexOf(id);
  if (direct !== -1 || !id) return direct;
  const target = document.getElementById(id);
  if (!target) return -1;
  let found = -1;
  sections.forEach((sectionId, i) => {
    const heading = document.getElementById(sectionId);
    if (heading && heading.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING) found = i;
  });
  return found;
}

export function targetHref(link: HTMLAnchorElement, own: readonly string[], here: Location): string {
  const url = new URL(link.href);
  url.search = here.search;
  const twin = sectionsOf(link);
  if (here.hash) {
    const i = own.length ? sectionOf(here.hash, own) : -1;
    url.hash = i !== -1 && twin[i] ? `#${twin[i]}` : own.length ? '' : here.hash;
  }
  return url.href;
}

class LanguageSwitch extends HTMLElement {
  connectedCallback(): void {
    const own = sectionsOf(this);
    const follow = (link: HTMLAnchorElement) => (event: MouseEvent) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      rememberLanguage(link.dataset['locale']);
      location.assign(targetHref(link, own, location));
    };
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-locale]')) link.addEventListener('click', follow(link));
    // The offer, when the reader last chose another language that this page exists in.
    const choice = storedLanguage();
    if (!choice || choice === this.dataset['locale']) return;
    const offer = document.querySelector<HTMLElement>(`[data-lang-offer="${CSS.escape(choice)}"]`);
    const link = offer?.querySelector<HTMLAnchorElement>('a[data-locale]');
    if (!offer || !link) return;
    offer.hidden = false;
    link.addEventListener('click', follow(link));
    offer.querySelector('[data-dismiss]')?.addEventListener('click', () => {
      rememberLanguage(this.dataset['locale']);
      offer.hidden = true;
    });
  }
}

if (!customElements.get('language-switch')) customElements.define('language-switch', LanguageSwitch);
