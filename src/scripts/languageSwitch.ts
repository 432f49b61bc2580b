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
const STORE = 'explainer:language';

const parse = (json: string | undefined): string[] => {
  try {
    const value: unknown = JSON.parse(json ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
};

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

/** `href` (a twin's page) with `here`'s search and hash; a section's hash becomes the twin's same section. */
export function targetHref(href: string, own: readonly string[], twin: readonly string[], here: Pick<Location, 'search' | 'hash'>): string {
  const url = new URL(href);
  url.search = here.search;
  if (here.hash) {
    const i = own.length ? sectionOf(here.hash, own) : -1;
    url.hash = i !== -1 && twin[i] ? `#${twin[i]}` : own.length ? '' : here.hash;
  }
  return url.href;
}

function remember(locale: string | undefined): void {
  try {
    if (locale) localStorage.setItem(STORE, locale);
  } catch {
    /* storage may be off: the switch still works, it just isn't remembered */
  }
}

function stored(): string | null {
  try {
    return localStorage.getItem(STORE);
  } catch {
    return null;
  }
}

class LanguageSwitch extends HTMLElement {
  /** This page's section ids, and each language's twin's (by position), read once from the build's data-sections. */
  #own: string[] = [];
  #twins = new Map<string, { href: string; sections: string[] }>();

  /** The page in `locale`, at the same place as `here` (its search and its section). */
  hrefFor(locale: string, here: Pick<Location, 'search' | 'hash'>): string | undefined {
    const twin = this.#twins.get(locale);
    return twin && targetHref(twin.href, this.#own, twin.sections, here);
  }

  /**
   * This page's section `id` in `locale`'s translation (by position), or `id` itself when it
   * is not a section (questions, an event): present mode's own link uses it.
   */
  twinSection(locale: string, id: string): string {
    const i = this.#own.indexOf(id);
    return (i !== -1 && this.#twins.get(locale)?.sections[i]) || id;
  }

  /**
   * A plain click on a link to `locale`'s `href` goes there, remembering the choice; a middle
   * click or one with a modifier is left to the browser (a new tab, a download).
   */
  takeClick(event: MouseEvent, locale: string, href: string): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    remember(locale);
    location.assign(href);
  }

  connectedCallback(): void {
    this.#own = parse(this.dataset['sections']);
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-locale]')) {
      this.#twins.set(link.dataset['locale'] ?? '', { href: link.href, sections: parse(link.dataset['sections']) });
    }
    const follow = (link: HTMLAnchorElement) => (event: MouseEvent) => {
      const locale = link.dataset['locale'] ?? '';
      this.takeClick(event, locale, this.hrefFor(locale, location) ?? link.href);
    };
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-locale]')) link.addEventListener('click', follow(link));
    // The offer, when the reader last chose another language that this page exists in.
    const choice = stored();
    if (!choice || choice === this.dataset['locale']) return;
    const offer = document.querySelector<HTMLElement>(`[data-lang-offer="${CSS.escape(choice)}"]`);
    const link = offer?.querySelector<HTMLAnchorElement>('a[data-locale]');
    if (!offer || !link) return;
    offer.hidden = false;
    link.addEventListener('click', follow(link));
    offer.querySelector('[data-dismiss]')?.addEventListener('click', () => {
      remember(this.dataset['locale']);
      offer.hidden = true;
    });
  }
}

/** The element's interface, for present mode's link (imported as a type only: no code is shared). */
export type LanguageSwitchElement = LanguageSwitch;

if (!customElements.get('language-switch')) customElements.define('language-switch', LanguageSwitch);
