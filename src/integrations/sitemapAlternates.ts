import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/**
 * The sitemap's language alternates, read from each built page's own
 * `<link rel="alternate" hreflang>` tags (BaseLayout.astro writes them from views/sitePages.ts),
 * so the sitemap and the pages can never disagree. For @astrojs/sitemap's `serialize`.
 */
export function alternatesFromPage(distDir: string, url: string): { url: string; lang: string }[] {
  const file = join(distDir, new URL(url).pathname, 'index.html');
  if (!existsSync(file)) return [];
  const links: { url: string; lang: string }[] = [];
  visit(fromHtml(readFileSync(file, 'utf8')), 'element', (node: Element) => {
    const { rel, hrefLang, href } = node.properties;
    const rels: unknown[] = Array.isArray(rel) ? rel : [rel];
    if (node.tagName === 'link' && rels.includes('alternate') && typeof hrefLang === 'string' && typeof href === 'string') {
      links.push({ url: href, lang: hrefLang });
    }
  });
  return links;
}
