/**
 * The words a reader meets on a built page, for checks that must see what the build made of
 * the MDX (a <Term> inside a phrase splits it in the source, not on the page). Parsed with
 * parse5 (through hast-util-from-html) as a browser parses it: text nodes in document order,
 * entities decoded, scripts, styles and SVG left out, block elements ending a line so runs
 * never join across paragraphs.
 */
import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';

const SKIP = new Set(['script', 'style', 'svg', 'template', 'noscript']);
const BLOCK = new Set([
  'p',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'td',
  'th',
  'dt',
  'dd',
  'div',
  'section',
  'article',
  'aside',
  'figcaption',
  'blockquote',
  'summary',
  'tr',
  'br',
  'header',
  'footer',
  'nav',
]);

function collect(node: Nodes, out: string[]): void {
  if (node.type === 'text') {
    out.push(node.value);
    return;
  }
  // Glossary tooltips are their own small popup, not part of the sentence they sit in.
  if (node.type === 'element' && (SKIP.has(node.tagName) || node.properties['role'] === 'tooltip')) return;
  if ('children' in node) for (const child of node.children) collect(child, out);
  if (node.type === 'element' && BLOCK.has(node.tagName)) out.push('\n');
}

/** The visible text of an HTML document, one block per line. */
export function visibleText(html: string): string {
  const out: string[] = [];
  collect(fromHtml(html), out);
  return out
    .join('')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n');
}
