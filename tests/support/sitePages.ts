import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EMBEDDABLE_FIGURES, embedPath, parsePath } from '../../src/lib/urls';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../src/lib/locales';

/** Every page path listed in the built sitemap, e.g. "/chapters/x/". */
export function sitemapPaths(): string[] {
  const xml = readFileSync('dist/sitemap-0.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname);
}

/**
 * The embed pages (/embed/map/, /es/insertar/linea-de-tiempo/ …), which the sitemap leaves out
 * (they are the figures alone, for other sites' frames): checks that visit every page add
 * them by name, from the route table (so a missing one fails them rather than going unchecked).
 */
export function embedPagePaths(): string[] {
  return LOCALES.flatMap((l) => EMBEDDABLE_FIGURES.map((f) => embedPath(f, l)));
}

/** Paths of one language's chapter pages (English by default), in sitemap order. */
export function chapterPaths(locale: Locale = DEFAULT_LOCALE): string[] {
  return sitemapPaths().filter((p) => {
    const route = parsePath(p);
    return route?.kind === 'chapter' && route.locale === locale;
  });
}

const isEventPage = (path: string): boolean => parsePath(path)?.kind === 'event';

/** Paths of one language's per-event pages (/timeline/<id>/), in sitemap order. */
export function eventPaths(locale: Locale = DEFAULT_LOCALE): string[] {
  return sitemapPaths().filter((p) => isEventPage(p) && parsePath(p)?.locale === locale);
}

/**
 * The pages slow browser checks visit: every page in every language, except that of the event
 * pages (one template, dozens of pages) only each language's first and last. Checks that read the built HTML, and
 * the HTML validator, still cover every page.
 */
export function pagesToVisit(): string[] {
  const paths = sitemapPaths();
  const sample = new Set(
    paths.filter(isEventPage).filter((p, _i, all) => {
      const locale = parsePath(p)?.locale;
      const same = all.filter((q) => parsePath(q)?.locale === locale);
      return p === same[0] || p === same.at(-1);
    }),
  );
  return paths.filter((p) => !isEventPage(p) || sample.has(p));
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
