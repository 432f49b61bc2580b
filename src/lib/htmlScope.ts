/**
 * Fits the rendered HTML of one page (a chapter) inside another (the handout) that holds
 * several of them: ids are namespaced so two chapters' "questions" or footnote ids cannot
 * collide, the references to them follow, and headings move down a level under the new
 * page's own titles.
 *
 * Parsed with hast-util-from-html (parse5, the HTML standard's parsing algorithm, the one
 * browsers run) and written back with hast-util-to-html, not rewritten with regular
 * expressions: attributes are found wherever and however they are written. (ultrahtml, tried
 * first, drops the text before a comment, which React's server output is full of.)
 */
import type { Element, Properties } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SERIALISE } from './serialiseHtml';
import { visit } from 'unist-util-visit';

/**
 * Properties (hast's names for attributes) whose value is one id reference or a list of them:
 * id, for, headers, list, form, popovertarget, commandfor and the ARIA relations.
 */
const ID_PROPERTIES = [
  'id',
  'htmlFor',
  'headers',
  'list',
  'form',
  'popoverTarget',
  'commandFor',
  'ariaActiveDescendant',
  'ariaControls',
  'ariaDescribedBy',
  'ariaDetails',
  'ariaErrorMessage',
  'ariaFlowTo',
  'ariaLabelledBy',
  'ariaOwns',
];
/** Properties that link to a fragment: only in-page ones ("#x") are rewritten. */
const LINK_PROPERTIES = ['href', 'xLinkHref'];

const scopeIds = (value: Properties[string], prefix: string): Properties[string] => {
  if (Array.isArray(value)) return value.map((id) => prefix + String(id));
  if (typeof value === 'string')
    return value
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => prefix + id)
      .join(' ');
  return value;
};

function scopeElement(node: Element, prefix: string, shift: number): void {
  const props = node.properties;
  for (const name of ID_PROPERTIES) {
    if (props[name] !== undefined && props[name] !== null) props[name] = scopeIds(props[name], prefix);
  }
  for (const name of LINK_PROPERTIES) {
    const value = props[name];
    if (typeof value === 'string' && value.startsWith('#') && value.length > 1) props[name] = `#${prefix}${value.slice(1)}`;
  }
  // SVG paint and clip references inside any attribute: fill="url(#grad)".
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === 'string' && value.includes('url(#'))
      props[name] = value.replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${prefix}${id})`);
  }
  const level = /^h([1-6])$/.exec(node.tagName)?.[1];
  if (level && shift) node.tagName = `h${Math.min(6, Number(level) + shift)}`;
}

/** Prefixes every id and reference to one with `prefix`, and moves h1–h6 down `shift` levels (h6 stays h6). */
export function scopeHtml(html: string, prefix: string, shift = 0): string {
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node) => scopeElement(node, prefix, shift));
  return toHtml(tree, SERIALISE);
}
