import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from '../support/browser';
import { builtHtml, chapterPaths } from '../support/sitePages';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const html = builtHtml;

const PAPERS = { A4: (210 - 32) * (96 / 25.4), Letter: (8.5 * 25.4 - 32) * (96 / 25.4) } as const;

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
