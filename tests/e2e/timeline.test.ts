import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { currentUrl, launch, openPage, VIEWPORTS } from '../support/browser';
import { chapterPaths } from '../support/sitePages';
import { ANCHOR_YEARS, OP_ED_YEARS, SINCE_YEARS } from '../../src/schemas/anchorYears';

const YEARS = ANCHOR_YEARS.map(String);
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SHOTS = '/tmp/shots';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

/** The island hydrates when visible; it has measured its box once it is interactive. */
async function hydrated(page: Page, root = page.locator('.tl').first()): Promise<void> {
  await root.scrollIntoViewIfNeeded();
  await expect.poll(() => root.getAttribute('data-measured')).not.toBeNull();
}

const selected = (page: Page) => page.locator('[role="option"][aria-selected="true"]');
const selectedId = (page: Page) => selected(page).getAttribute('data-event');

describe('the timeline page, with JavaScript', () => {
  it('shows every anchor year on the axis, the years after the op-ed included', async () => {
    const { page, context, consoleErrors } = await openPage(browser, '/timeline/');
    await hydrated(page);
    for (const year of YEARS) await expect(page.locator('.tl-year--anchor', { hasText: year }).first().isVisible()).resolves.toBe(true);
    await expect(page.locator('.tl-after-label').first().isVisible()).resolves.toBe(true);
    expect(consoleErrors.filter((e) => !e.includes('favicon'))).toEqual([]);
    await context.close();
  });

  it('is a listbox with one Tab stop; arrow keys, Home, End and Page Down move the selection and the focus', async () => {
    const { page, context } = await openPage(browser, '/timeline/');
    await hydrated(page);
    const listbox = page.locator('[role="listbox"]');
    await expect(listbox.getAttribute('aria-label')).resolves.toBe(`Events, ${YEARS[0]} to ${YEARS.at(-1)}`);
    await expect(listbox.locator('[role="option"][tabindex="0"]').count()).resolves.toBe(1);
    const ids = await listbox.locator('[role="option"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-event')));

    await selected(page).focus();
    await page.keyboard.press('ArrowRight');
    expect(await selectedId(page)).toBe(ids[1]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-event'))).toBe(ids[1]);
    await page.keyboard.press('ArrowDown');
    expect(await selectedId(page)).toBe(ids[2]);
    await page.keyboard.press('ArrowLeft');
    expect(await selectedId(page)).toBe(ids[1]);
    await page.keyboard.press('End');
    expect(await selectedId(page)).toBe(ids.at(-1));
    await page.keyboard.press('Home');
    expect(await selectedId(page)).toBe(ids[0]);
    await page.keyboard.press('PageDown');
    expect(await selectedId(page)).toBe('oil-labour-award');
    await expect(page.locator('.tl-panel h2').innerText()).resolves.toBe('Labour board rules for the oil workers');
    await page.keyboard.press('Enter');
    expect(await selectedId(page)).toBe('oil-labour-award');

    // Still one Tab stop, and the page's address names the open event.
    await expect(listbox.locator('[role="option"][tabindex="0"]').count()).resolves.toBe(1);
    expect((await currentUrl(page)).hash).toBe('#oil-labour-award');
    await expect(page.locator('[aria-live="polite"]').innerText()).resolves.toContain('Labour board rules for the oil workers');

    // Tab leaves the listbox for the panel; Shift+Tab comes back to the selected event.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[role="listbox"]') === null)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-event'))).toBe('oil-labour-award');
    await context.close();
  });

  it('clicking an event opens it and shares its date with other islands (?date= and a window event)', async () => {
    const { page, context } = await openPage(browser, '/timeline/');
    await hydrated(page);
    await page.evaluate(() => {
      window.addEventListener('explainer:selected-date', (e) => ((window as unknown as { heard: string }).heard = (e as CustomEvent<string>).detail));
    });
    await page.locator('[data-event="mexico-grants-asylum"] .tl-hit').click();
    expect(await selectedId(page)).toBe('mexico-grants-asylum');
    expect(await page.evaluate(() => (window as unknown as { heard: string }).heard)).toBe('2019-11-11');
    const url = await currentUrl(page);
    expect(url.searchParams.get('date')).toBe('2019-11-11');
    expect(url.hash).toBe('#mexico-grants-asylum');
    await context.close();
  });

  it.each([
    ['#mexico-grants-asylum', 'mexico-grants-asylum', 'Mexico grants Morales asylum'],
    ['#y2019', 'oas-audit-morales-resigns', 'OAS audit; Morales resigns'],
  ])('the deep link /timeline/%s opens that event', async (hash, id, title) => {
    const { page, context } = await openPage(browser, `/timeline/${hash}`);
    await hydrated(page);
    await expect.poll(() => selectedId(page)).toBe(id);
    await expect(page.locator('.tl-panel h2').innerText()).resolves.toBe(title);
    await context.close();
  });

  it('has no axe violations (WCAG 2.2 AA) with an event and its fact check open, at 1280 and 390 px', async () => {
    for (const viewport of [VIEWPORTS.laptop, VIEWPORTS.phone]) {
      const { page, context } = await openPage(browser, '/timeline/#celac-summit-mexico-city', { viewport });
      await hydrated(page);
      await expect.poll(() => selectedId(page)).toBe('celac-summit-mexico-city');
      await expect(page.locator('.tl-factcheck').isVisible()).resolves.toBe(true);
      const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
      await context.close();
    }
  });

  it.each([VIEWPORTS.narrow, VIEWPORTS.phone, VIEWPORTS.laptop])('touch targets are at least 24 × 24 px and never overlap at $width px', async (viewport) => {
    const { page, context } = await openPage(browser, '/timeline/', { viewport });
    await hydrated(page);
    const boxes = await page.locator('.tl-hit').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes.length).toBeGreaterThan(20);
    for (const b of boxes) {
      expect(b.width).toBeGreaterThanOrEqual(24);
      expect(b.height).toBeGreaterThanOrEqual(24);
    }
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5).toBe(false);
    const orientation = await page.locator('[role="listbox"]').getAttribute('aria-orientation');
    const boxWidth = await page.locator('.tl').evaluate((el) => el.clientWidth);
    expect(orientation).toBe(boxWidth >= 720 ? 'horizontal' : 'vertical');
    await context.close();
  });

  it('with reduced motion, markers change without transitions', async () => {
    const { page, context } = await openPage(browser, '/timeline/', { reducedMotion: 'reduce' });
    await hydrated(page);
    const duration = await page.locator('.tl-dot').first().evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
    expect(duration).toBeLessThan(0.001);
    await context.close();
  });

  it('screenshots at 390 and 1280 px (written to /tmp/shots for review)', async () => {
    mkdirSync(SHOTS, { recursive: true });
    for (const [name, viewport] of [['390', VIEWPORTS.phone], ['1280', VIEWPORTS.laptop]] as const) {
      const { page, context } = await openPage(browser, '/timeline/#y2021', { viewport });
      await hydrated(page);
      await page.locator('.tl-panel').waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${SHOTS}/timeline-${name}.png`, fullPage: true });
      await context.close();
    }
  });
});

describe('the timeline page, without JavaScript', () => {
  it('is a complete ordered list: every year, every event with its date, summary and sources, the years after the op-ed apart', async () => {
    const { page, context } = await openPage(browser, '/timeline/', { javaScriptEnabled: false });
    for (const year of OP_ED_YEARS.map(String)) await expect(page.locator(`#y${year} h2`).innerText()).resolves.toBe(year);
    await expect(page.locator('#after-the-op-ed h2').innerText()).resolves.toBe('After the op-ed');
    await expect(page.locator('#y2022-after h3').innerText()).resolves.toBe('2022, after the op-ed');
    for (const year of SINCE_YEARS.map(String)) await expect(page.locator(`#y${year} h3`).innerText()).resolves.toBe(year);
    const yaml = readFileSync('content/timeline/events.yaml', 'utf8');
    const count = [...yaml.matchAll(/^- id: /gm)].length;
    const items = page.locator('ol.tl-list li[id] > ol > li');
    await expect(items.count()).resolves.toBe(count);
    await expect(page.locator('#mexico-grants-asylum time').getAttribute('datetime')).resolves.toBe('2019-11-11');
    await expect(page.locator('#mexico-grants-asylum').isVisible()).resolves.toBe(true);
    await expect(page.locator('#mexico-grants-asylum a[href^="http"]').count()).resolves.toBeGreaterThan(0);
    // The island, inert without its script, is neither shown nor focusable.
    await expect(page.locator('.tl').isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('a deep link scrolls to the event in the list', async () => {
    const { page, context } = await openPage(browser, '/timeline/#mexico-grants-asylum', { javaScriptEnabled: false });
    await expect(page.locator('#mexico-grants-asylum').isVisible()).resolves.toBe(true);
    expect(await page.locator('#mexico-grants-asylum').evaluate((el) => el.matches(':target'))).toBe(true);
    await context.close();
  });
});

describe('a chapter’s slice of the timeline', () => {
  const withTimeline = (): string[] =>
    chapterPaths().filter((p) => readFileSync(`dist${p}index.html`, 'utf8').includes('class="timeline-figure'));

  it('keeps every id on the page unique and leaves the chapter’s address alone', async () => {
    const path = withTimeline()[0];
    expect(path, 'no chapter embeds <TimelineFigure>').toBeDefined();
    const { page, context } = await openPage(browser, path ?? '/');
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const root = page.locator('.tl').first();
    await hydrated(page, root);
    await root.locator('[role="option"][tabindex="0"]').focus();
    await page.keyboard.press('ArrowRight');
    expect((await currentUrl(page)).hash).toBe('');
    await expect(root.locator('.tl-panel a', { hasText: 'See it on the full timeline' }).getAttribute('href')).resolves.toMatch(/^\/timeline\/#[a-z0-9-]+$/);
    await context.close();
  });

  it('shows its years as a list without JavaScript', async () => {
    const path = withTimeline()[0] ?? '/';
    const { page, context } = await openPage(browser, path, { javaScriptEnabled: false });
    const list = page.locator('.timeline-figure ol.tl-list').first();
    await expect(list.isVisible()).resolves.toBe(true);
    await expect(list.locator('li[id^="tl-"]').first().isVisible()).resolves.toBe(true);
    await context.close();
  });
});
