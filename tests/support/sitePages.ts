import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every page path listed in the built sitemap, e.g. "/chapters/x/". */
export function sitemapPaths(): string[] {
  const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname);
}

/** Paths of the chapter pages, in sitemap order. */
export function chapterPaths(): string[] {
  return sitemapPaths().filter((p) => p.startsWith('/chapters/'));
}

const EVENT_PAGE = /^\/timeline\/[^/]+\/$/;

/** Paths of the per-event pages (/timeline/<id>/), in sitemap order. */
export function eventPaths(): string[] {
  return sitemapPaths().filter((p) => EVENT_PAGE.test(p));
}

/**
 * The pages slow browser checks visit: every page, except that of the event pages (one
 * template, dozens of pages) only the first and last. Checks that read the built HTML, and
 * the HTML validator, still cover every page.
 */
export function pagesToVisit(): string[] {
  const events = eventPaths();
  const sample = new Set([events[0], events.at(-1)]);
  return sitemapPaths().filter((p) => !EVENT_PAGE.test(p) || sample.has(p));
}

/** Every .html file in dist/, for checks that read the built HTML rather than a browser. */
export function builtHtmlFiles(dir = 'dist'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? builtHtmlFiles(p) : p.endsWith('.html') ? [p] : [];
  });
}

/** The built file a page path is served from: "/about/" → dist/about/index.html. */
export const builtFileOf = (path: string): string => join('dist', path, path.endsWith('/') ? 'index.html' : '');

/** The built HTML of a page path. */
export const builtHtml = (path: string): string => readFileSync(builtFileOf(path), 'utf8');
