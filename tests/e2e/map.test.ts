import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { currentUrl, launch, openPage, VIEWPORTS } from '../support/browser';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SHOTS = '/tmp/shots';
// The keyboard walk's first states (src/islands/map/mapModel.ts, keyboardOrder).
const WALK = ['CAN', 'USA', 'MEX', 'BLZ', 'GTM'];

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

/** The island hydrates when visible; it marks itself interactive once it has. */
async function hydrated(page: Page): Promise<void> {
  const root = page.locator('.mm').first();
  await root.scrollIntoViewIfNeeded();
  await expect.poll(() => root.getAttribute('data-interactive')).toBe('true');
}

const cell = (page: Page, state: string, column: number) =>
  page.locator('.mm-table tbody tr', { has: page.locator('th', { hasText: new RegExp(`^${state}$`) }) }).locator('td').nth(column);
const nicaraguaOas = (page: Page) => cell(page, 'Nicaragua', 1).innerText();
const focusedIso = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-iso'));

describe('the map page, with JavaScript', () => {
  it('gives each of the 35 states one element, at least 24 × 24 px at a 1280 px layout', async () => {
    const { page, context, consoleErrors } = await openPage(browser, '/map/', { viewport: VIEWPORTS.laptop });
    await hydrated(page);
    const boxes = await page.locator('[data-iso]').evaluateAll((els) => els.map((el) => ({ iso: el.getAttribute('data-iso'), ...el.getBoundingClientRect().toJSON() })));
    expect(boxes).toHaveLength(35);
    expect(new Set(boxes.map((b) => b.iso)).size).toBe(35);
    for (const b of boxes) {
      expect(b.width, `${b.iso} width`).toBeGreaterThanOrEqual(24);
      expect(b.height, `${b.iso} height`).toBeGreaterThanOrEqual(24);
    }
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('is one Tab stop; arrow keys walk the states north to south, Enter opens the history, a live region speaks', async () => {
    const { page, context } = await openPage(browser, '/map/');
    await hydrated(page);
    await expect(page.locator('[data-iso][tabindex="0"]').count()).resolves.toBe(1);
    await page.locator('.mm-date input[type="range"]').focus();
    await page.keyboard.press('Tab');
    expect(await focusedIso(page)).toBe(WALK[0]);
    for (const iso of WALK.slice(1)) {
      await page.keyboard.press('ArrowRight');
      expect(await focusedIso(page)).toBe(iso);
    }
    await page.keyboard.press('ArrowUp');
    expect(await focusedIso(page)).toBe(WALK.at(-2));
    await expect(page.locator('.mm [aria-live="polite"]').innerText()).resolves.toMatch(/^Belize, in both CELAC and the OAS on 13 April 2022/);
    await page.keyboard.press('End');
    expect(await focusedIso(page)).toBe('ARG');
    await page.keyboard.press('Home');
    expect(await focusedIso(page)).toBe('CAN');
    await page.keyboard.press('Enter');
    await expect(page.locator('.mm-details h2').innerText()).resolves.toBe('Canada');
    await expect(page.locator('.mm-details').innerText()).resolves.toMatch(/Never a member: CELAC/);
    await expect(page.locator('[data-iso="CAN"]').getAttribute('aria-expanded')).resolves.toBe('true');
    // Still one Tab stop, now on the last state reached; Tab leaves the map.
    await expect(page.locator('[data-iso][tabindex="0"]').getAttribute('data-iso')).resolves.toBe('CAN');
    await page.keyboard.press('Tab');
    expect(await focusedIso(page)).toBeNull();
    await context.close();
  });

  it('shows a state’s name and standing on hover, and its dated history with sources on a click', async () => {
    const { page, context } = await openPage(browser, '/map/');
    await hydrated(page);
    await page.locator('[data-iso="NIC"]').hover();
    await expect(page.locator('.mm-tip').innerText()).resolves.toMatch(/Nicaragua[\s\S]*OAS\s*Leaving \(notice given\)/);
    await page.keyboard.press('Escape');
    await expect(page.locator('.mm-tip').count()).resolves.toBe(0);
    // One disc per layout; the wide one is shown at 1280 px.
    await page.locator('[data-iso="LCA"] circle:visible').click();
    await expect(page.locator('.mm-details h2').innerText()).resolves.toBe('Saint Lucia');
    await page.locator('[data-iso="NIC"]').click();
    const details = page.locator('.mm-details');
    await expect(details.locator('h2').innerText()).resolves.toBe('Nicaragua');
    await expect(details.innerText()).resolves.toMatch(/19 November 2021: Leaving \(notice given\) \(in force on the date shown\)\. Nicaragua “denounced” the OAS Charter/);
    await expect(details.locator('a').count()).resolves.toBeGreaterThanOrEqual(4);
    for (const href of await details.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^https?:\/\//);
    await context.close();
  });

  it('has a table of the 35 states, sortable by name and by status with aria-sort', async () => {
    const { page, context } = await openPage(browser, '/map/');
    await hydrated(page);
    await expect(page.locator('.mm-table tbody tr').count()).resolves.toBe(35);
    const name = page.locator('.mm-table thead th').nth(0);
    const oas = page.locator('.mm-table thead th').nth(2);
    await expect(name.getAttribute('aria-sort')).resolves.toBe('ascending');
    await name.locator('button').click();
    await expect(name.getAttribute('aria-sort')).resolves.toBe('descending');
    await expect(page.locator('.mm-table tbody th').first().innerText()).resolves.toBe('Venezuela');
    await oas.locator('button').click();
    await oas.locator('button').click();
    await expect(oas.getAttribute('aria-sort')).resolves.toBe('descending');
    await expect(name.getAttribute('aria-sort')).resolves.toBeNull();
    const first = await page.locator('.mm-table tbody th').evaluateAll((ths) => ths.slice(0, 3).map((th) => th.textContent));
    expect(first).toEqual(['Venezuela', 'Nicaragua', 'Cuba']);
    await context.close();
  });

  it('changing the date changes Nicaragua’s status, in the table, on the map and in the address', async () => {
    const { page, context } = await openPage(browser, '/map/');
    await hydrated(page);
    expect(await nicaraguaOas(page)).toBe('Leaving (notice given)');
    const fillOf = () => page.locator('[data-iso="NIC"] path').getAttribute('fill');
    const before = await fillOf();
    const slider = page.locator('.mm-date input[type="range"]');
    await expect(slider.getAttribute('aria-valuetext')).resolves.toBe('13 April 2022, the article’s date');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(slider.getAttribute('aria-valuetext')).resolves.toBe('19 November 2023');
    expect(await nicaraguaOas(page)).toBe('Withdrawn');
    expect(await fillOf()).not.toBe(before);
    expect((await currentUrl(page)).searchParams.get('date')).toBe('2023-11-19');
    await page.keyboard.press('Home');
    expect(await nicaraguaOas(page)).toBe('Founding member');
    await expect(page.locator('.mm-legend').innerText()).resolves.toMatch(/In the OAS, not taking part in CELAC\s*21/);
    await context.close();
  });

  it('opens on the date in the address, and follows the timeline’s selected date', async () => {
    const { page, context } = await openPage(browser, '/map/?date=2024-01-01');
    await hydrated(page);
    expect(await nicaraguaOas(page)).toBe('Withdrawn');
    await expect(page.locator('.mm-date__shown').innerText()).resolves.toBe('Showing 1 January 2024');
    await page.evaluate(() => window.dispatchEvent(new CustomEvent('explainer:selected-date', { detail: '2021-09-18' })));
    expect(await nicaraguaOas(page)).toBe('Founding member');
    expect(await cell(page, 'Brazil', 0).innerText()).toBe('Not taking part');
    await context.close();
  });

  it('plays through the remaining dates and stops at the last', async () => {
    const { page, context } = await openPage(browser, '/map/?date=2023-11-19', { reducedMotion: 'no-preference' });
    await hydrated(page);
    const play = page.locator('.mm-play');
    await expect(play.innerText()).resolves.toBe('Play');
    await play.click();
    await expect(play.innerText()).resolves.toBe('Pause');
    await expect.poll(() => page.locator('.mm-date input').getAttribute('aria-valuetext'), { timeout: 5000 }).toMatch(/^As of \d{1,2} \w+ \d{4}, when the statuses were last checked$/);
    await expect.poll(() => play.innerText(), { timeout: 3000 }).toBe('Play');
    await context.close();
  });

  it('passes axe (WCAG 2.2 AA), closed and with a state open and pointed at', async () => {
    const { page, context } = await openPage(browser, '/map/');
    await hydrated(page);
    const first = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(first.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.locator('[data-iso="BRB"]').click();
    await page.locator('[data-iso="CUB"]').focus();
    await expect(page.locator('.mm-tip').isVisible()).resolves.toBe(true);
    const open = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(open.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });

  it('passes axe in a chapter that embeds the map, dark theme included', async () => {
    const { page, context } = await openPage(browser, '/chapters/nobodys-lackey/', { colorScheme: 'dark' });
    await hydrated(page);
    await expect(page.locator('[data-iso]').count()).resolves.toBe(35);
    const r = await new AxeBuilder({ page }).include('.map-figure').withTags(WCAG_TAGS).analyze();
    expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });

  it('is screenshotted at 390, 1280 and 1920 px for a look', async () => {
    mkdirSync(SHOTS, { recursive: true });
    for (const [name, viewport] of [['390', VIEWPORTS.phone], ['1280', VIEWPORTS.laptop], ['1920', VIEWPORTS.projector]] as const) {
      const { page, context } = await openPage(browser, '/map/', { viewport });
      await hydrated(page);
      await page.locator('[data-iso="NIC"]').click();
      await page.locator('.map-figure').screenshot({ path: `${SHOTS}/map-${name}.png` });
      await context.close();
    }
  });
});

describe('the map page, without JavaScript', () => {
  it('is a static map of the article’s date with the full table', async () => {
    const { page, context } = await openPage(browser, '/map/', { javaScriptEnabled: false });
    await expect(page.locator('.mm-map').count()).resolves.toBe(2);
    await expect(page.locator('.mm-map').first().getAttribute('role')).resolves.toBe('img');
    await expect(page.locator('[data-iso]').count()).resolves.toBe(35);
    await expect(page.locator('[data-iso][tabindex]').count()).resolves.toBe(0);
    await expect(page.locator('.mm-date__shown').innerText()).resolves.toBe('Showing 13 April 2022, the article’s date');
    await expect(page.locator('.mm-table tbody tr').count()).resolves.toBe(35);
    expect(await nicaraguaOas(page)).toBe('Leaving (notice given)');
    // Controls that need a script are not shown as dead buttons.
    expect(await page.locator('.mm-play').isVisible()).toBe(false);
    await expect(page.locator('.mm-table button').count()).resolves.toBe(0);
    await page.locator('.map-figure').screenshot({ path: `${SHOTS}/map-1280-nojs.png` });
    await context.close();
  });
});
