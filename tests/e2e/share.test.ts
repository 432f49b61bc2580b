import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { baseURL, launch, openPage, VIEWPORTS } from '../support/browser';
import { builtHtml, chapterPaths, eventPaths, sitemapPaths } from '../support/sitePages';

/** Issue 5, sharing and handout: share tags and cards, the share control, deep links, print. */
let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const html = builtHtml;
const site = (): string => new URL(/<loc>([^<]+)<\/loc>/.exec(readFileSync('dist/sitemap-0.xml', 'utf8'))?.[1] ?? '').origin;

/** The page's <meta property|name=… content=…> values, decoded as a browser would. */
function metaTags(page: string): Map<string, string> {
  const tags = new Map<string, string>();
  for (const [tag] of page.matchAll(/<meta\s[^>]*>/g)) {
    const key = /(?:property|name)="([^"]+)"/.exec(tag)?.[1];
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

const chapter = (): string => chapterPaths()[0] ?? '/';
const control = (page: Page) => page.locator('.chapter-header share-control');

describe('the share control on a chapter', () => {
  it('copy link copies the chapter’s URL and says so', async () => {
    const { page, context, consoleErrors } = await openPage(browser, chapter());
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const copy = control(page).locator('.share__row copy-link');
    await copy.locator('button').click();
    await expect.poll(() => copy.locator('[role="status"]').textContent()).toBe('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(chapter(), page.url()).href);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('“Cite this chapter” gives the chapter title, its URL and today’s date, and copies what it shows', async () => {
    const { page, context } = await openPage(browser, chapter());
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const title = (await page.locator('article h1').textContent()) ?? '';
    // The citation names the address the reader is on (here the test server), as Copy link does.
    const url = `${new URL(baseURL()).origin}${chapter()}`;
    await control(page).locator('summary').click();
    const plain = control(page).locator('[data-cite="plain"]');
    const bibtex = control(page).locator('[data-cite="bibtex"]');
    expect(await plain.isVisible()).toBe(true);
    const text = (await plain.textContent()) ?? '';
    expect(text).toContain(title);
    expect(text).toContain(url);
    expect(text).toContain('Barkin');
    expect(text).not.toContain('[date]');
    const today = await page.evaluate(() => new Date().getFullYear());
    expect(text).toMatch(new RegExp(`accessed \\d{1,2} \\w+ ${today}\\.$`));
    const bib = (await bibtex.textContent()) ?? '';
    expect(bib).toMatch(/^@misc\{[a-z0-9:-]+,/);
    expect(bib).toContain(`url          = {${url}}`);
    await control(page).locator('copy-link[data-copy-from="cite-plain"] button').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    await control(page).locator('copy-link[data-copy-from="cite-bibtex"] button').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(bib);
    await expect.poll(() => control(page).locator('copy-link[data-copy-from="cite-bibtex"] [role="status"]').textContent()).toBe('Copied');
    await context.close();
  });

  it('without JavaScript the citation is still there and reads “accessed [date]”', async () => {
    const { page, context } = await openPage(browser, chapter(), { javaScriptEnabled: false });
    await control(page).locator('summary').click();
    expect(await control(page).locator('[data-cite="plain"]').textContent()).toMatch(/accessed \[date\]\.$/);
    expect(await control(page).locator('.share__native').isVisible()).toBe(false);
    await context.close();
  });

  it('“Share…” appears only where the browser has a share sheet, and shares the chapter’s URL', async () => {
    const plain = await openPage(browser, chapter());
    const hasShare = await plain.page.evaluate(() => typeof navigator.share === 'function');
    expect(await control(plain.page).locator('.share__native').isVisible()).toBe(hasShare);
    await plain.context.close();

    const context = await browser.newContext({ viewport: VIEWPORTS.phone });
    await context.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { __shared: shared });
      Object.defineProperty(navigator, 'share', { value: (data: ShareData) => (shared.push(data), Promise.resolve()) });
    });
    const page = await context.newPage();
    await page.goto(new URL(chapter(), plain.page.url()).href);
    await control(page).locator('.share__native').click();
    const shared = await page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared);
    expect(shared).toEqual([{ title: await page.locator('article h1').textContent(), url: `${new URL(baseURL()).origin}${chapter()}` }]);
    await context.close();
  });
});

/** True once the element's top edge is inside the viewport. */
const inView = (page: Page, selector: string): Promise<boolean> =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight && r.height > 0;
    });

describe('deep links from a cold load', () => {
  it('a shared link to a chapter section opens at that heading, on a phone and a laptop', async () => {
    for (const path of chapterPaths()) {
      // The last section heading: far down the page, past any island that hydrates on the way.
      const ids = [...html(path).matchAll(/<h2 id="([^"]+)"/g)]
        .map((m) => m[1] ?? '')
        .filter((id) => !['footnote-label', 'questions'].includes(id));
      const id = ids.at(-1);
      for (const viewport of [VIEWPORTS.phone, VIEWPORTS.laptop]) {
        const { page, context, consoleErrors } = await openPage(browser, `${path}#${id}`, { viewport });
        const message = `${path}#${id} at ${viewport.width} px: heading not in view`;
        await expect.poll(() => inView(page, `[id="${id}"]`), { timeout: 10_000, message }).toBe(true);
        await page.waitForTimeout(500); // and it stays there once late layout has settled
        expect(await inView(page, `[id="${id}"]`), message).toBe(true);
        expect(await page.evaluate(() => window.scrollY), `${path}#${id}`).toBeGreaterThan(0);
        expect(consoleErrors).toEqual([]);
        await context.close();
      }
    }
  }, 180_000); // 7 chapters × 2 viewports, each a cold load

  it('a shared link to a timeline event opens that event', async () => {
    const ids = [...html('/timeline/').matchAll(/<li id="([a-z0-9-]+)" class="tl-list__event/g)].map((m) => m[1] ?? '');
    expect(ids.length).toBeGreaterThan(1);
    const id = ids.at(-1) ?? '';
    const { page, context } = await openPage(browser, `/timeline/#${id}`);
    const title = await page.locator(`[id="${id}"] .tl-list__title`).textContent();
    await expect.poll(() => page.locator('.tl-panel__title').first().textContent(), { timeout: 10_000 }).toBe(title);
    await expect.poll(() => inView(page, '.tl-panel'), { timeout: 10_000 }).toBe(true);
    await context.close();
  });
});

/** Width of the printable area in CSS px: the paper less the handout's 16 mm side margins. */
const PAPERS = { A4: (210 - 32) * (96 / 25.4), Letter: (8.5 * 25.4 - 32) * (96 / 25.4) } as const;

describe('an event page from a cold load', () => {
  it('shows the event with its sources, links to its chapters and neighbours, and needs no JavaScript', async () => {
    // The timeline's second event: it has a neighbour on each side.
    const second =
      /<li id="([a-z0-9-]+)" class="tl-list__event[\s\S]*?<li id="([a-z0-9-]+)" class="tl-list__event/.exec(html('/timeline/'))?.slice(1) ??
      [];
    const { page, context, consoleErrors } = await openPage(browser, `/timeline/${second[1]}/`, {
      viewport: VIEWPORTS.phone,
      javaScriptEnabled: false,
    });
    const h1 = await page.locator('h1').textContent();
    expect(h1?.length).toBeGreaterThan(3);
    expect(await page.title()).toContain(h1 ?? '');
    expect(await page.locator('.tl-sources a[href^="http"]').count()).toBeGreaterThan(0);
    await page.locator('nav[aria-label="Neighbouring events"] a[rel="prev"]').click();
    await page.waitForURL((url) => url.pathname === `/timeline/${second[0]}/`);
    expect(await page.locator('h1').textContent()).not.toBe(h1);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('the open event on the timeline offers its page as the link to share', async () => {
    const { page, context } = await openPage(browser, '/timeline/#y2019');
    const link = page.locator('.tl-panel a', { hasText: 'A page for this event' });
    await expect.poll(() => link.count(), { timeout: 5000 }).toBe(1);
    const href = await link.getAttribute('href');
    expect(eventPaths()).toContain(href);
    await context.close();
  });
});

describe('the handout', () => {
  it('holds every chapter once, each with its discussion questions, and every id is unique and every in-page link resolves', async () => {
    const { page, context, consoleErrors } = await openPage(browser, '/handout/');
    const slugs = await page.$$eval('.handout-chapter', (els) => els.map((el) => el.getAttribute('data-chapter')));
    expect([...slugs].sort()).toEqual(
      chapterPaths()
        .map((p) => p.split('/')[2])
        .sort(),
    );
    const kickers = await page.locator('.handout-chapter__kicker').allTextContents();
    expect(kickers, 'in reading order').toEqual(slugs.map((_, i) => `Chapter ${i + 1} of ${slugs.length}`));
    expect(await page.locator('.handout-chapter .questions').count()).toBe(slugs.length);
    const { duplicates, broken } = await page.evaluate(() => {
      const seen = new Set<string>();
      const duplicates: string[] = [];
      for (const el of document.querySelectorAll('[id]')) (seen.has(el.id) ? duplicates : (seen.add(el.id), [])).push(el.id);
      const broken = [...document.querySelectorAll<HTMLAnchorElement>('a[href*="#"]')]
        .filter((a) => a.pathname === location.pathname && a.hash && !document.getElementById(decodeURIComponent(a.hash.slice(1))))
        .map((a) => a.getAttribute('href'));
      return { duplicates, broken };
    });
    expect(duplicates).toEqual([]);
    expect(broken).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('is linked from the about page and the site footer', () => {
    expect(html('/about/')).toMatch(/<article[\s\S]*href="\/handout\/"[\s\S]*<\/article>/);
    expect(html('/')).toMatch(/<footer[\s\S]*href="\/handout\/"[\s\S]*<\/footer>/);
  });

  for (const [format, width] of Object.entries(PAPERS)) {
    it(`prints to ${format} with nothing wider than the page’s content box`, async () => {
      const { page, context, consoleErrors } = await openPage(browser, '/handout/', {
        viewport: { width: Math.floor(width), height: 900 },
      });
      await page.emulateMedia({ media: 'print' });
      const overflowing = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.handout-chapter, .handout__appendix, .handout__title')].flatMap((box) => {
          const right = box.getBoundingClientRect().right + 1;
          const wide = [...box.querySelectorAll('*')].filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && r.right > right && getComputedStyle(el).position !== 'absolute';
          });
          const label = box.getAttribute('data-chapter') ?? box.className;
          return [
            ...(box.scrollWidth > box.clientWidth ? [`${label}: scrollWidth ${box.scrollWidth} > ${box.clientWidth}`] : []),
            ...wide.slice(0, 3).map((el) => `${label}: <${el.tagName.toLowerCase()} class="${el.className}"> runs past the edge`),
          ];
        }),
      );
      expect(overflowing).toEqual([]);
      const pdf = await page.pdf({ format });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // A title page, at least a page per chapter and the two appendices.
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBeGreaterThanOrEqual(chapterPaths().length + 3);
      expect(consoleErrors).toEqual([]);
      await context.close();
    }, 120_000);
  }
});
