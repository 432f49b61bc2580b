/**
 * The words a reader meets on a built page, for checks that must see what the build made of
 * the MDX (a <Term> inside a phrase splits it in the source, not on the page). Parsed with
 * ultrahtml (Astro's own HTML parser): text nodes in document order, scripts, styles and SVG
 * left out, block elements ending a line so runs never join across paragraphs.
 */
import { ELEMENT_NODE, TEXT_NODE, parse, type Node } from 'ultrahtml';

const SKIP = new Set(['script', 'style', 'svg', 'template', 'noscript']);
const BLOCK = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'dt', 'dd', 'div', 'section', 'article', 'aside', 'figcaption', 'blockquote', 'summary', 'tr', 'br', 'header', 'footer', 'nav']);

function collect(node: Node, out: string[]): void {
  if (node.type === TEXT_NODE) {
    out.push(String(node.value ?? ''));
    return;
  }
  // Glossary tooltips are their own small popup, not part of the sentence they sit in.
  if (node.type === ELEMENT_NODE && (SKIP.has(node.name) || node.attributes?.['role'] === 'tooltip')) return;
  for (const child of node.children ?? []) collect(child, out);
  if (node.type === ELEMENT_NODE && BLOCK.has(node.name)) out.push('\n');
}

/** The visible text of an HTML document, one block per line, entities decoded. */
export function visibleText(html: string): string {
  const out: string[] = [];
  collect(parse(html), out);
  return out
    .join('')
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n');
}
