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

const TIMELINE = { '.tl': 'timeline (branch i10-timeline)' };
const MAP = { '.mm': 'membership map (branch i10-map)' };

/**
 * `pending`: islands whose projector layout is being reworked on another branch (issue 10):
 * their text is measured and reported, and a shortfall there does not fail yet. Remove an
 * entry when its branch is merged; the test fails if an island listed here already passes at
 * that size, so none lingers.
 */
const SIZES = [
  { name: '1920×1080', viewport: { width: 1920, height: 1080 }, floor: 24, pending: { ...TIMELINE, ...MAP } as Record<string, string> },
  { name: '1280×720', viewport: { width: 1280, height: 720 }, floor: 16, pending: { ...MAP } as Record<string, string> },
];

const pages = (): string[] => [...chapterPaths(), '/timeline/', '/map/'];

describe.each(SIZES)('present mode at $name', ({ viewport, floor, pending: PENDING_ISLANDS }) => {
  it(`on every slide of every page, nothing sits under the controls and no text is under ${floor} px`, async () => {
    const overlaps: string[] = [];
    const small: string[] = [];
    const pending = new Map<string, string[]>(Object.keys(PENDING_ISLANDS).map((k) => [k, []]));
    let steps = 0;
    for (const path of pages()) {
      const { page, context } = await openPage(browser, `${path}?present`, { viewport });
      await walkSlides(page, async (step) => {
        steps += 1;
        const audit = await page.evaluate(auditSlide);
        expect(audit.controls.bar, `${path} ${step}: the control bar is shown`).toBe(true);
        overlaps.push(...audit.overlaps.map((o) => `${path} ${step}: ${o}`));
        for (const t of audit.texts.filter((x: SlideText) => x.size < floor - 0.05)) {
          const line = `${path} ${step}: ${t.size.toFixed(1)} px "${t.text}" (${t.where})`;
          const island = t.island !== null && t.island in PENDING_ISLANDS ? t.island : undefined;
          if (island) pending.get(island)?.push(line);
          else small.push(line);
        }
      });
      await context.close();
    }
    expect(steps).toBeGreaterThan(pages().length * 5);
    expect(overlaps).toEqual([]);
    expect(small).toEqual([]);
    for (const [island, lines] of pending) {
      if (lines.length) console.warn(`present mode at ${floor} px floor, pending in the ${PENDING_ISLANDS[island]}: ${lines.length} texts, e.g.\n  ${lines.slice(0, 5).join('\n  ')}`);
      expect(lines.length, `${PENDING_ISLANDS[island]} now passes: remove it from PENDING_ISLANDS`).toBeGreaterThan(0);
    }
  }, 900_000);
});
