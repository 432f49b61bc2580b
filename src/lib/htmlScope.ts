/**
 * Fits the rendered HTML of one page (a chapter) inside another (the handout) that holds
 * several of them: ids are namespaced so two chapters' "questions" or footnote ids cannot
 * collide, the references to them follow, and headings move down a level under the new
 * page's own titles.
 *
 * Parsed and re-serialised with ultrahtml, Astro's own small HTML parser (already in the
 * dependency tree, one dependency, a DOM-like tree to walk), not rewritten with regular
 * expressions: attributes are found wherever and however they are written.
 */
import { ELEMENT_NODE, parse, render, walkSync, type Node } from 'ultrahtml';

/** Attributes whose value is one id reference, or a space-separated list of them. */
const ID_ATTRIBUTES = [
  'id', 'for', 'headers', 'list', 'form', 'popovertarget', 'commandfor',
  'aria-activedescendant', 'aria-controls', 'aria-describedby', 'aria-details',
  'aria-errormessage', 'aria-flowto', 'aria-labelledby', 'aria-owns',
];
/** Attributes that link to a fragment: only in-page ones ("#x") are rewritten. */
const LINK_ATTRIBUTES = ['href', 'xlink:href'];

function scopeElement(node: Node, prefix: string, shift: number): void {
  const attrs = node.attributes as Record<string, string>;
  for (const name of ID_ATTRIBUTES) {
    const value = attrs[name];
    if (value) attrs[name] = value.split(/\s+/).filter(Boolean).map((id) => prefix + id).join(' ');
  }
  for (const name of LINK_ATTRIBUTES) {
    const value = attrs[name];
    if (value?.startsWith('#') && value.length > 1) attrs[name] = `#${prefix}${value.slice(1)}`;
  }
  // SVG paint and clip references inside any attribute: fill="url(#grad)".
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'string' && value.includes('url(#')) attrs[name] = value.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${prefix}${id})`);
  }
  const level = /^h([1-6])$/.exec(node.name)?.[1];
  if (level && shift) node.name = `h${Math.min(6, Number(level) + shift)}`;
}

/** Prefixes every id and reference to one with `prefix`, and moves h1–h6 down `shift` levels (h6 stays h6). */
export async function scopeHtml(html: string, prefix: string, shift = 0): Promise<string> {
  const tree = parse(html);
  walkSync(tree, (node) => {
    if (node.type === ELEMENT_NODE) scopeElement(node, prefix, shift);
  });
  return render(tree);
}
