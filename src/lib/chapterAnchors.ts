/**
 * The #anchors a chapter's source offers (its `##`/`###` headings and its boxes' titles) and
 * the in-text links that point at an anchor, read from MDX source. Headings get their ids from
 * github-slugger, as Astro's Markdown gives them (one slugger per page, so a repeated heading
 * gets "-1"); boxes from lib/calloutId.ts. github-slugger keeps accents: "¿Qué es la CELAC?"
 * → "qué-es-la-celac". tests/unit/chapterAnchors.test.ts checks every link of every language.
 */
import GithubSlugger from 'github-slugger';
import { calloutId } from './calloutId';

const FENCE = /^\s*(```|~~~)/;
const HEADING = /^#{2,3}\s+(.*?)\s*#*\s*$/;
const BOX_TITLE = /<(?:FactCheck|Background|SinceThen)\b[^>]*?\btitle=(?:"([^"]*)"|'([^']*)')/g;

/** A heading's text as the renderer sees it: markup, links and emphasis removed. */
export function headingText(source: string): string {
  return source
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/(\*\*|__|\*|_|`)/g, '')
    .trim();
}

/** Every id a reader can land on in this chapter: headings and boxes. */
export function chapterAnchors(body: string): Set<string> {
  const slugger = new GithubSlugger();
  const out = new Set<string>();
  let fenced = false;
  for (const line of body.split('\n')) {
    if (FENCE.test(line)) fenced = !fenced;
    if (fenced) continue;
    const heading = HEADING.exec(line);
    if (heading) out.add(slugger.slug(headingText(heading[1] ?? '')));
    for (const m of line.matchAll(BOX_TITLE)) out.add(calloutId(m[1] ?? m[2] ?? ''));
  }
  return out;
}

/** A Markdown link with a #fragment: its path ('' for the same page) and its anchor. */
export interface AnchorLink {
  path: string;
  anchor: string;
}

/** Every `[text](path#anchor)` link of a source whose path is on this site (or empty). */
export function anchorLinks(body: string): AnchorLink[] {
  return [...body.matchAll(/\]\(((?:\/[^)#\s]*)?)#([^)\s]+)\)/g)].map((m) => ({
    path: m[1] ?? '',
    anchor: decodeURIComponent(m[2] ?? ''),
  }));
}
