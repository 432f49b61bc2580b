import { readFileSync } from 'node:fs';

/** Every page path listed in the built sitemap, e.g. "/chapters/x/". */
export function sitemapPaths(): string[] {
  const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname);
}

/** Paths of the chapter pages, in sitemap order. */
export function chapterPaths(): string[] {
  return sitemapPaths().filter((p) => p.startsWith('/chapters/'));
}
