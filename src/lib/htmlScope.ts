/**
 * Fits the rendered HTML of one page (a chapter) inside another (the handout) that holds
 * several of them: ids are namespaced so two chapters' "questions" or footnote ids cannot
 * collide, the references to them follow, and headings move down a level under the new
 * page's own titles. Works on Astro's output, whose attributes are always double-quoted.
 */

/** Attributes whose value is one id reference, or a space-separated list of them. */
const ID_ATTRIBUTES = [
  'id', 'for', 'headers', 'list', 'form', 'popovertarget', 'commandfor',
  'aria-activedescendant', 'aria-controls', 'aria-describedby', 'aria-details',
  'aria-errormessage', 'aria-flowto', 'aria-labelledby', 'aria-owns',
];
const ID_ATTRIBUTE = new RegExp(`(\\s(?:${ID_ATTRIBUTES.join('|')}))="([^"]*)"`, 'g');
/** In-page links only: "/glossary/#celac" points at another page and keeps its fragment. */
const FRAGMENT_LINK = /(\s(?:href|xlink:href))="#([^"]+)"/g;
/** SVG paint and clip references inside any attribute: fill="url(#grad)". */
const URL_REFERENCE = /(="[^"]*?)url\(#([^)"]+)\)/g;

export function prefixIds(html: string, prefix: string): string {
  return html
    .replace(ID_ATTRIBUTE, (_, attr: string, value: string) => {
      const ids = value.split(/\s+/).filter(Boolean);
      return `${attr}="${ids.map((id) => prefix + id).join(' ')}"`;
    })
    .replace(FRAGMENT_LINK, (_, attr: string, id: string) => `${attr}="#${prefix}${id}"`)
    .replace(URL_REFERENCE, (_, before: string, id: string) => `${before}url(#${prefix}${id})`);
}

/** Moves every h1–h6 down `by` levels (h6 stays h6: HTML has no h7). */
export function demoteHeadings(html: string, by: number): string {
  return html.replace(/<(\/?)h([1-6])(?=[\s>])/g, (_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + by)}`);
}
