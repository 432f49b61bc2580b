import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { launch, openPage } from '../support/browser';
import { chapterPaths } from '../support/sitePages';
import { readFileSync } from 'node:fs';

/** A page printed as a teacher would (A4, scripts on and run), as the text of each sheet. */
async function printedSheets(browser: Browser, path: string): Promise<string[]> {
  const { page, context } = await openPage(browser, path);
  await page.evaluate(() => document.fonts.ready);
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  try {
    const file = join(dir, 'page.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4' }));
    const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
    const count = Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1] ?? 0);
    return Array.from({ length: count }, (_, i) =>
      spawnSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' })
        .stdout.replace(/\s+/g, ' ')
        .trim(),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await context.close();
  }
}

let browser: Browser;
let sheets: string[] = [];
beforeAll(async () => {
  browser = await launch();
  sheets = await printedSheets(browser, '/handout/');
}, 180_000);
afterAll(async () => browser?.close());

describe('the printed handout', () => {
  it('has no blank last sheet and no sheet holding only a heading', () => {
    expect(sheets.length).toBeGreaterThan(20);
    // Every sheet carries its page number ("12 / 99"); strip it before judging what is left.
    const body = sheets.map((t) => t.replace(/\b\d+ \/ \d+$/, '').trim());
    expect(body.at(-1)?.length, 'the last sheet is blank').toBeGreaterThan(200);
    const thin = body.map((t, i) => ({ sheet: i + 1, t })).filter(({ t, sheet }) => sheet > 1 && t.length < 200);
    expect(thin, 'sheets with almost nothing on them (a heading left alone?)').toEqual([]);
  });

  it('keeps the timeline and the map with their headings', () => {
    const timeline = sheets.find((t) => /^Timeline, \d{4}–\d{4} Online/.test(t)) ?? '';
    expect(timeline, 'the timeline heading shares its sheet with the first events').toMatch(/Treaty of Guadalupe Hidalgo/);
    const map = sheets.find((t) => /^Who belongs where Online/.test(t)) ?? '';
    expect(map, 'the map heading shares its sheet with the map').toMatch(/Showing 13 April 2022/);
  });
});

describe('a printed chapter', () => {
  // The chapters that carry a timeline figure (its caption is the figure's first line).
  const withTimeline = chapterPaths().filter((path) =>
    readFileSync(join('dist', path, 'index.html'), 'utf8').includes('timeline-figure__caption'),
  );

  it('numbers its sheets from the second, as the handout does (every view prints with print.css)', async () => {
    for (const path of ['/chapters/the-integration-offer/', '/es/capitulos/la-otra-oferta/']) {
      const printed = await printedSheets(browser, path);
      expect(printed.length, path).toBeGreaterThan(2);
      expect(printed[0], `${path} sheet 1`).not.toMatch(/\b1 \/ \d+$/);
      printed.slice(1).forEach((text, i) => expect(text, `${path} sheet ${i + 2}`).toMatch(new RegExp(`\\b${i + 2} / ${printed.length}$`)));
    }
  }, 120_000);

  it('never leaves a figure caption alone at the foot of a sheet', async () => {
    expect(withTimeline.length).toBeGreaterThan(2);
    const stranded: string[] = [];
    for (const path of withTimeline) {
      const printed = await printedSheets(browser, path);
      printed.forEach((text, i) => {
        const captions = [...text.matchAll(/Timeline, \d{4}(?: (?:and|to) \d{4})?/g)];
        const last = captions.at(-1);
        if (!last) return;
        // What follows the caption on its sheet, less the page's running footer and number.
        const after = text
          .slice((last.index ?? 0) + last[0].length)
          .replace(/\b\d+ \/ \d+$/, '')
          .trim();
        if (after.length < 40) stranded.push(`${path} sheet ${i + 1}: "${last[0]}" then "${after}"`);
      });
    }
    expect(stranded).toEqual([]);
  }, 300_000);
});
