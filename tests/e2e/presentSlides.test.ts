/**
 * Every slide of every presentable page, at a projector's two common sizes: nothing under the
 * controls, and no text too small to read from the back of a room (24 px at 1920×1080, 16 px
 * at 1280×720). Walks each deck with Page Down, so a slide taller than the screen is checked
 * at every screen of it. Apart from present.test.ts so the two run side by side.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from '../support/browser';
import { chapterPaths } from '../support/sitePages';
import { auditSlide, type SlideText } from '../support/slideAudit';
import { walkSlides } from '../support/presentWalk';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const SIZES = [
  { name: '1920×1080', viewport: { width: 1920, height: 1080 }, floor: 24 },
  { name: '1280×720', viewport: { width: 1280, height: 720 }, floor: 16 },
];

const pages = (): string[] => [...chapterPaths(), '/timeline/', '/map/'];

describe.each(SIZES)('present mode at $name', ({ viewport, floor }) => {
  it(`on every slide of every page, nothing sits under the controls and no text is under ${floor} px`, async () => {
    const overlaps: string[] = [];
    const small: string[] = [];
    let steps = 0;
    for (const path of pages()) {
      const { page, context } = await openPage(browser, `${path}?present`, { viewport });
      await walkSlides(page, async (step) => {
        steps += 1;
        const audit = await page.evaluate(auditSlide);
        expect(audit.controls.bar, `${path} ${step}: the control bar is shown`).toBe(true);
        overlaps.push(...audit.overlaps.map((o) => `${path} ${step}: ${o}`));
        for (const t of audit.texts.filter((x: SlideText) => x.size < floor - 0.05)) {
          small.push(`${path} ${step}: ${t.size.toFixed(1)} px "${t.text}" (${t.where})`);
        }
      });
      await context.close();
    }
    expect(steps).toBeGreaterThan(pages().length * 5);
    expect(overlaps).toEqual([]);
    expect(small).toEqual([]);
  }, 900_000);
});
