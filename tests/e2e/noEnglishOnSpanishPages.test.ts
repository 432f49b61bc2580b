import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, VIEWPORTS } from '../support/browser';
import { scrollThrough } from '../support/scrollThrough';
import { embedPagePaths, pagesToVisit } from '../support/sitePages';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';

/**
 * No English reaches a reader, a screen reader or a crawler on a Spanish page (issue 12): not in
 * the text, not in aria-labels, titles or alt text, with JavaScript on (islands hydrated, the
 * page scrolled to its end) and off. Two nets: every English dictionary string that differs from
 * its Spanish one, and the density of English function words in what is left. Quoted English is
 * allowed where it is marked as English (`lang="en"`: the op-ed's title) and in the sources
 * (footnotes and source lists keep English titles, as the issue asks).
 */
let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

type Tree = { readonly [key: string]: Tree | string };
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}
const spanish = leaves(es);
/** English strings a Spanish page must not show: the fixed parts of each template, two words or more. */
const englishPhrases = [...leaves(en as unknown as Tree)]
  .filter(([key, value]) => spanish.get(key) !== value)
  .flatMap(([, value]) => value.split(/\{\w+\}/))
  .map((part) => part.replace(/[\s·:,.()←→↓]+$|^[\s·:,.()←→↓]+/g, ''))
  .filter((part) => part.split(/\s+/).length >= 2 && part.length >= 10);

const ENGLISH_WORDS = new Set([
  'the',
  'and',
  'of',
  'with',
  'which',
  'that',
  'is',
  'are',
  'was',
  'this',
  'for',
  'from',
  'its',
  'their',
  'has',
  'have',
  'been',
  'not',
  'or',
]);

/** What the page says outside its sources and marked English: text, then attribute values. */
async function readable(page: Page): Promise<{ text: string; attributes: string[] }> {
  return page.evaluate(() => {
    const skip =
      'script, style, template, [lang]:not([lang^="es"]), .footnotes, section[data-footnotes], [data-sources], .tl-sources, .tl-list__sources, .mm-history__source, cite';
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || parent.closest(skip) || parent.closest('[hidden]')) continue;
      parts.push(n.textContent ?? '');
    }
    const attributes = [
      ...document.querySelectorAll('[aria-label], [title], img[alt], [placeholder], [aria-valuetext], [aria-roledescription]'),
    ]
      .filter((el) => !el.closest('[lang]:not([lang^="es"]), .footnotes, section[data-footnotes]'))
      .flatMap((el) =>
        ['aria-label', 'title', 'alt', 'placeholder', 'aria-valuetext', 'aria-roledescription'].map((a) => el.getAttribute(a) ?? ''),
      )
      .filter(Boolean);
    return { text: parts.join(' ').replace(/\s+/g, ' '), attributes };
  });
}

function englishIn(text: string): { phrases: string[]; density: number; sample: string[] } {
  const phrases = englishPhrases.filter((p) => text.includes(p));
  const words = text.toLowerCase().match(/[a-záéíóúñü]+/g) ?? [];
  const english = words.filter((w) => ENGLISH_WORDS.has(w));
  return { phrases, density: words.length ? english.length / words.length : 0, sample: [...new Set(english)].slice(0, 10) };
}

// The embeds are not in the sitemap: they are added by name.
const spanishPages = [...pagesToVisit(), ...embedPagePaths()].filter((p) => p.startsWith('/es/'));

describe('Spanish pages have no English', () => {
  it('there are Spanish pages to check', () => {
    expect(spanishPages.length).toBeGreaterThan(10);
  });

  for (const javaScriptEnabled of [true, false]) {
    it.each(spanishPages)(
      `%s, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`,
      async (path) => {
        const { page, context } = await openPage(browser, path, { javaScriptEnabled, viewport: VIEWPORTS.laptop });
        if (javaScriptEnabled) {
          // Islands hydrate as they scroll into view: visit the whole page first.
          await scrollThrough(page, 700, 20);
          await page.waitForLoadState('load');
          await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
        }
        const { text, attributes } = await readable(page);
        const inText = englishIn(text);
        expect(inText.phrases, `${path}: English interface text`).toEqual([]);
        expect(inText.density, `${path}: English words (${inText.sample.join(', ')})`).toBeLessThan(0.01);
        const inAttributes = englishIn(attributes.join(' | '));
        expect(inAttributes.phrases, `${path}: English in aria-label/title/alt`).toEqual([]);
        expect(inAttributes.density, `${path}: English words in attributes (${inAttributes.sample.join(', ')})`).toBeLessThan(0.02);
        await context.close();
      },
      60_000,
    );
  }
});
