import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtHtml, chapterPaths, eventPaths, sitemapPaths } from '../support/sitePages';

const html = builtHtml;
const site = (): string => new URL(/<loc>([^<]+)<\/loc>/.exec(readFileSync('dist/sitemap-0.xml', 'utf8'))?.[1] ?? '').origin;

/** The page's <meta property|name=… content=…> values, decoded as a browser would. */
function metaTags(page: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const [tag] of page.matchAll(/<meta\s[^>]*>/g)) {
    // theme-color comes once per colour scheme, told apart by its media query.
    const media = /\smedia="([^"]+)"/.exec(tag)?.[1];
    const name = /(?:property|name)="([^"]+)"/.exec(tag)?.[1];
    const key = name && media ? `${name} ${media}` : name;
    const content = /content="([^"]*)"/.exec(tag)?.[1];
    if (key && content !== undefined) {
      expect(tags.has(key), `${key} appears twice`).toBe(false);
      tags.set(
        key,
        content
          .replace(/&amp;/g, '&')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'"),
      );
    }
  }
  return tags;
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex'), `${file} is not a PNG`).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const REQUIRED = [
  'og:title',
  'og:description',
  'og:url',
  'og:type',
  'og:image',
  'og:image:width',
  'og:image:height',
  'og:image:alt',
  'twitter:card',
  'twitter:title',
  'twitter:description',
  'twitter:image',
];

describe('share tags and cards (no JavaScript needed: read from the built HTML)', () => {
  it('every chapter page has the complete set of share tags, with absolute URLs and its own card', () => {
    const chapters = chapterPaths();
    expect(chapters.length).toBeGreaterThan(0);
    const images = new Set<string>();
    for (const path of chapters) {
      const tags = metaTags(html(path));
      for (const key of REQUIRED) expect(tags.get(key), `${path} ${key}`).toBeTruthy();
      expect(tags.get('og:type')).toBe('article');
      expect(tags.get('twitter:card')).toBe('summary_large_image');
      expect(tags.get('og:url')).toBe(`${site()}${path}`);
      expect(tags.get('og:image')).toMatch(new RegExp(`^${site()}/og/.+\\.png$`));
      expect(tags.get('twitter:image')).toBe(tags.get('og:image'));
      expect([tags.get('og:image:width'), tags.get('og:image:height')]).toEqual(['1200', '630']);
      expect(tags.get('og:title')).toBe(/<h1[^>]*>([^<]+)<\/h1>/.exec(html(path))?.[1]?.replace(/&amp;/g, '&'));
      images.add(tags.get('og:image') ?? '');
    }
    expect(images.size, 'each chapter has a card of its own').toBe(chapters.length);
  });

  it('every page’s og:image exists in the build as a 1200×630 PNG of at most 60 KB', () => {
    for (const path of sitemapPaths()) {
      const image = metaTags(html(path)).get('og:image') ?? '';
      const file = join('dist', new URL(image).pathname);
      expect(existsSync(file), `${path} → ${image}`).toBe(true);
      expect(pngSize(file), file).toEqual({ width: 1200, height: 630 });
      expect(readFileSync(file).length, file).toBeLessThanOrEqual(60 * 1024);
    }
  });

  it('every timeline event has a page of its own whose share tags and card name that event', () => {
    const ids = [...html('/timeline/').matchAll(/<li id="([a-z0-9-]+)" class="tl-list__event/g)].map((m) => m[1] ?? '');
    expect(ids.length).toBeGreaterThan(20);
    expect([...eventPaths()].sort()).toEqual(ids.map((id) => `/timeline/${id}/`).sort());
    for (const path of eventPaths()) {
      const page = html(path);
      const tags = metaTags(page);
      for (const key of REQUIRED) expect(tags.get(key), `${path} ${key}`).toBeTruthy();
      const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(page)?.[1]?.replace(/&amp;/g, '&');
      expect(tags.get('og:title'), path).toContain(title);
      expect(tags.get('og:image')).toBe(`${site()}/og${path.replace(/\/$/, '')}.png`);
      expect(tags.get('og:description')?.length, path).toBeLessThanOrEqual(160);
      // The page links back to the event on the full timeline, and the timeline's list to the page.
      expect(page).toContain(`href="/timeline/#${path.split('/')[2]}"`);
      expect(html('/timeline/')).toContain(`href="${path}"`);
    }
  });

  it('the timeline and map pages get their own cards, not the home page’s', () => {
    for (const [path, card] of [
      ['/timeline/', '/og/timeline.png'],
      ['/map/', '/og/map.png'],
    ] as const) {
      expect(metaTags(html(path)).get('og:image')).toBe(`${site()}${card}`);
    }
  });
});
