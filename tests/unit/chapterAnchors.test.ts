import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { anchorLinks, chapterAnchors } from '../../src/lib/chapterAnchors';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../src/lib/locales';
import { parsePath } from '../../src/lib/urls';

/**
 * Every in-text link to a heading or a box (#…) of a chapter or page, in every language,
 * lands on an id that page has: a heading's or box title's github-slugger slug (accents kept).
 */
const root = (l: Locale) => (l === DEFAULT_LOCALE ? 'content' : `content/${l}`);
const mdx = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx') && !f.startsWith('_')) : []);
const body = (text: string) => text.replace(/^---[\s\S]*?\n---\n/, '');

const files = LOCALES.flatMap((locale) => [
  ...mdx(`${root(locale)}/chapters`).map((f) => ({
    locale,
    kind: 'chapter' as const,
    slug: f.replace(/\.mdx$/, ''),
    file: `${root(locale)}/chapters/${f}`,
  })),
  ...mdx(`${root(locale)}/pages`).map((f) => ({
    locale,
    kind: 'page' as const,
    slug: f.replace(/\.mdx$/, ''),
    file: `${root(locale)}/pages/${f}`,
  })),
]).map((f) => ({ ...f, body: body(readFileSync(f.file, 'utf8')) }));

const anchorsOf = new Map(files.filter((f) => f.kind === 'chapter').map((f) => [`${f.locale}:${f.slug}`, chapterAnchors(f.body)]));
const glossaryIds = (l: Locale) => new Set((parse(readFileSync(`${root(l)}/glossary.yaml`, 'utf8')) as { id: string }[]).map((e) => e.id));
const eventIds = new Set((parse(readFileSync('content/timeline/events.yaml', 'utf8')) as { id: string }[]).map((e) => e.id));

describe('in-text anchors', () => {
  it('covers every language', () => {
    for (const l of LOCALES)
      expect(
        files.some((f) => f.locale === l && f.kind === 'chapter'),
        l,
      ).toBe(true);
  });

  it.each(files)('$file: every #anchor it links to exists, in its own language', ({ file, locale, kind, slug, body }) => {
    const bad: string[] = [];
    for (const { path, anchor } of anchorLinks(body)) {
      if (path === '') {
        if (kind === 'chapter' && !anchorsOf.get(`${locale}:${slug}`)?.has(anchor)) bad.push(`#${anchor}`);
        continue;
      }
      const route = parsePath(path);
      if (!route) {
        bad.push(`${path}#${anchor} (not an address of this site)`);
        continue;
      }
      if (route.locale !== locale) bad.push(`${path}#${anchor} (a ${route.locale} page from a ${locale} file)`);
      const ok =
        route.kind === 'chapter'
          ? anchorsOf.get(`${route.locale}:${route.slug}`)?.has(anchor)
          : route.kind === 'page' && route.page === 'glossary'
            ? glossaryIds(route.locale).has(anchor)
            : route.kind === 'page' && route.page === 'timeline'
              ? eventIds.has(anchor)
              : true;
      if (!ok) bad.push(`${path}#${anchor}`);
    }
    expect(bad, `${file}: links to anchors that do not exist`).toEqual([]);
  });

  it.each(files)('$file: links to other pages of this site stay in its language', ({ locale, body }) => {
    const paths = [...body.matchAll(/\]\((\/[^)#\s]*)/g)].map((m) => m[1] ?? '');
    for (const p of paths) expect(parsePath(p)?.locale, p).toBe(locale);
  });
});
