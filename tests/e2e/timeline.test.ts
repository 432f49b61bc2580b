import { ORIGINAL } from '../../src/site';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { currentUrl, launch, openPage, VIEWPORTS } from '../support/browser';
import { chapterPaths } from '../support/sitePages';
import { settle } from '../support/presentWalk';
import { ANCHOR_YEARS, OP_ED_YEARS, SINCE_YEARS } from '../../src/lib/anchorYears';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { pagePath } from '../../src/lib/urls';

const YEARS = ANCHOR_YEARS.map(String);

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

/** The island hydrates when visible; it has measured its box once it is interactive. */
async function hydrated(page: Page, root = page.locator('.tl').first()): Promise<void> {
  await root.scrollIntoViewIfNeeded();
  // Generous: on a busy machine the island's script can take seconds to arrive and run.
  await expect.poll(() => root.getAttribute('data-measured'), { timeout: 15000 }).not.toBeNull();
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
      window.addEventListener(
        'explainer:selected-date',
        (e) => ((window as unknown as { heard: string }).heard = (e as CustomEvent<string>).detail),
      );
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
      expect(await axeViolations(page, { label: `${viewport.width} px` })).toEqual([]);
      await context.close();
    }
  });

  it.each([VIEWPORTS.narrow, VIEWPORTS.phone, VIEWPORTS.laptop])(
    'touch targets are at least 24 × 24 px and never overlap at $width px',
    async (viewport) => {
      const { page, context } = await openPage(browser, '/timeline/', { viewport });
      await hydrated(page);
      const boxes = await page.locator('.tl-hit').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
      expect(boxes.length).toBeGreaterThan(20);
      for (const b of boxes) {
        expect(b.width).toBeGreaterThanOrEqual(24);
        expect(b.height).toBeGreaterThanOrEqual(24);
      }
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1))
          expect(a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5).toBe(false);
      const orientation = await page.locator('[role="listbox"]').getAttribute('aria-orientation');
      const boxWidth = await page.locator('.tl').evaluate((el) => el.clientWidth);
      // The whole timeline gets the chart from 1200 px (DENSE_MIN_WIDTH); a slice from 720 px.
      expect(orientation).toBe(boxWidth >= 1200 ? 'horizontal' : 'vertical');
      await context.close();
    },
  );

  it('with reduced motion, markers change without transitions', async () => {
    const { page, context } = await openPage(browser, '/timeline/', { reducedMotion: 'reduce' });
    await hydrated(page);
    const duration = await page
      .locator('.tl-dot')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
    expect(duration).toBeLessThan(0.001);
    await context.close();
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
    await expect(root.locator('.tl-panel a', { hasText: 'See it on the full timeline' }).getAttribute('href')).resolves.toMatch(
      /^\/timeline\/#[a-z0-9-]+$/,
    );
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

/** Every event's title, as content/timeline/events.yaml has it. */
const TITLES = new Map(
  (parse(readFileSync('content/timeline/events.yaml', 'utf8')) as { id: string; title: string; anchor: number }[]).map((e) => [e.id, e]),
);

type Rect = { left: number; right: number; top: number; bottom: number; id: string };
const meets = (a: Rect, b: Rect): boolean =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/** The drawn boxes of the chart's titles and markers, in CSS px. */
async function chartBoxes(page: Page): Promise<{ titles: Rect[]; markers: Rect[]; smallest: number }> {
  return page
    .locator('.tl-chart')
    .first()
    .evaluate((svg) => {
      const rect = (el: Element, id: string) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, id };
      };
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
      const options = [...svg.querySelectorAll('[role="option"]')];
      const labels = [...svg.querySelectorAll('.tl-label')];
      return {
        titles: labels.map((t) => rect(t, t.closest('[role="option"]')?.getAttribute('data-event') ?? '')),
        markers: options.map((o) => rect(o.querySelector('.tl-ring')!, o.getAttribute('data-event') ?? '')),
        smallest: Math.min(...labels.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale)),
      };
    });
}

describe('titles on the chart', () => {
  it.each([VIEWPORTS.laptop, VIEWPORTS.projector])(
    'names most events on the $width px chart, main events first, no title over another or over a marker',
    async (viewport) => {
      const { page, context } = await openPage(browser, '/timeline/', { viewport });
      await hydrated(page);
      await expect(page.locator('[role="listbox"]').getAttribute('aria-orientation')).resolves.toBe('horizontal');
      const { titles, markers, smallest } = await chartBoxes(page);
      expect(titles.length).toBeGreaterThanOrEqual(viewport.width >= 1920 ? 26 : 20);
      expect(smallest).toBeGreaterThanOrEqual(12);
      const clashes: string[] = [];
      for (const [i, a] of titles.entries()) {
        for (const b of titles.slice(i + 1)) if (meets(a, b)) clashes.push(`${a.id} × ${b.id}`);
        for (const m of markers) if (m.id !== a.id && meets(a, m)) clashes.push(`${a.id} over marker ${m.id}`);
      }
      expect(clashes).toEqual([]);
      // Every title drawn is the event's whole title, and every main event has one.
      const drawn = await page
        .locator('.tl-label')
        .evaluateAll((els) => els.map((el) => [el.closest('[role="option"]')?.getAttribute('data-event'), el.textContent]));
      for (const [id, text] of drawn) expect(text, id ?? '').toBe(TITLES.get(id ?? '')?.title);
      const main = await page
        .locator('.tl-option--main')
        .evaluateAll((els) => els.filter((el) => !el.querySelector('.tl-label')).map((el) => el.getAttribute('data-event')));
      expect(main).toEqual([]);
      await context.close();
    },
  );

  it('names an event without a title by a tooltip on hover and on keyboard focus; Escape dismisses it', async () => {
    const { page, context } = await openPage(browser, '/timeline/');
    await hydrated(page);
    const bare = page.locator('.tl-option--bare').first();
    const id = (await bare.getAttribute('data-event')) ?? '';
    const title = TITLES.get(id)?.title ?? '';
    await expect(page.locator('.tl-tip').count()).resolves.toBe(0);
    await bare.locator('.tl-hit').hover();
    await expect.poll(() => page.locator('.tl-tip').textContent()).toContain(title);
    // The tip stays while the pointer moves onto it (WCAG 1.4.13, hoverable).
    const tip = (await page.locator('.tl-tip__box').boundingBox())!;
    await page.mouse.move(tip.x + tip.width / 2, tip.y + tip.height / 2);
    // A hold, not a wait for something: the tip must still be there after its hide delay.
    await page.waitForTimeout(400);
    await expect(page.locator('.tl-tip').count()).resolves.toBe(1);
    await page.mouse.move(2, 2);
    await expect.poll(() => page.locator('.tl-tip').count()).toBe(0);

    // Keyboard: walk to the same event; its tip shows while it has the focus.
    await selected(page).focus();
    const ids = await page.locator('[role="option"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-event')));
    for (let k = 0; k < ids.indexOf(id); k++) await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-event'))).toBe(id);
    await expect.poll(() => page.locator('.tl-tip').textContent()).toContain(title);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.tl-tip').count()).toBe(0);
    await context.close();
  });
});

describe('the timeline on a phone', () => {
  it.each([VIEWPORTS.phone, VIEWPORTS.narrow])(
    'at $width px every title is whole, wrapped inside the drawing, never cut with “…”',
    async (viewport) => {
      const { page, context } = await openPage(browser, '/timeline/', { viewport });
      await hydrated(page);
      const rows = await page.locator('.tl-chart--vertical [role="option"]').evaluateAll((els) =>
        els.map((el) => {
          const svg = el.closest('svg')!.getBoundingClientRect();
          const titles = [...el.querySelectorAll('.tl-row__title')];
          return {
            id: el.getAttribute('data-event') ?? '',
            title: titles.map((t) => t.textContent).join(''),
            overflow: Math.max(...titles.map((t) => t.getBoundingClientRect().right)) - Math.min(svg.right, window.innerWidth),
          };
        }),
      );
      expect(rows.length).toBe(TITLES.size);
      for (const r of rows) {
        expect(r.title, r.id).toBe(TITLES.get(r.id)?.title);
        expect(r.overflow, r.id).toBeLessThanOrEqual(0);
      }
      await context.close();
    },
  );

  it('after a tap the panel steps to the previous and next event, and “Back to the timeline” returns to the chosen event', async () => {
    const { page, context } = await openPage(browser, '/timeline/', { viewport: VIEWPORTS.phone, hasTouch: true });
    await hydrated(page);
    await page.locator('[data-event="mexico-grants-asylum"] .tl-hit').tap();
    expect(await selectedId(page)).toBe('mexico-grants-asylum');
    // The panel comes into view with its way back on top.
    await expect
      .poll(
        () =>
          page
            .locator('.tl-back')
            .evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= innerHeight),
        { timeout: 5000 },
      )
      .toBe(true);
    const next = page.locator('.tl-steps .tl-step').last();
    await expect(next.innerText()).resolves.toContain(TITLES.get('morales-arrives-in-mexico')?.title);
    await next.click();
    expect(await selectedId(page)).toBe('morales-arrives-in-mexico');
    await expect(page.locator('.tl-panel h2').innerText()).resolves.toBe(TITLES.get('morales-arrives-in-mexico')?.title);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Next event');
    await page.locator('.tl-steps .tl-step').first().click();
    expect(await selectedId(page)).toBe('mexico-grants-asylum');
    await page.locator('.tl-back').click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event')), { timeout: 5000 })
      .toBe('mexico-grants-asylum');
    await expect
      .poll(
        () =>
          page.locator('[data-event="mexico-grants-asylum"] .tl-hit').evaluate((el) => {
            const r = el.getBoundingClientRect();
            return r.top >= 0 && r.bottom <= innerHeight;
          }),
        { timeout: 5000 },
      )
      .toBe(true);
    await context.close();
  });

  it('the first event’s “Previous” stays in place, unavailable, and keeps the focus', async () => {
    const { page, context } = await openPage(browser, '/timeline/', { viewport: VIEWPORTS.phone });
    await hydrated(page);
    const prev = page.locator('.tl-steps .tl-step').first();
    await expect(prev.getAttribute('aria-disabled')).resolves.toBe('true');
    await prev.focus();
    await page.keyboard.press('Enter');
    expect(await selectedId(page)).toBe('treaty-of-guadalupe-hidalgo');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('tl-step'))).toBe(true);
    await context.close();
  });

  it.each([VIEWPORTS.narrow, { width: 360, height: 780 }, VIEWPORTS.phone, { width: 430, height: 932 }, VIEWPORTS.laptop])(
    'hydrating the island moves nothing below the chart (CLS 0) at $width px',
    async (viewport) => {
      /** The figure's height and where its panel starts, from the figure's top. */
      const geometry = (page: Page) =>
        page
          .locator('.timeline-figure')
          .first()
          .evaluate((f) => {
            const top = f.getBoundingClientRect().top;
            return {
              height: Math.round(f.getBoundingClientRect().height),
              panel: Math.round((f.querySelector('.tl-panel')?.getBoundingClientRect().top ?? 0) - top),
            };
          });
      for (const path of ['/timeline/', '/chapters/nobodys-lackey/']) {
        // The server's drawing: the island's script never arrives (nor Astro's retry of it,
        // Timeline.<hash>.js?astro-retry=…, which a glob ending in .js let through).
        const server = await openPage(browser, path, { viewport });
        await server.page.route(/\/_astro\/Timeline\.[\w-]+\.js(\?|$)/, (r) => r.abort());
        await server.page.reload({ waitUntil: 'load' });
        await server.page.locator('.timeline-figure').first().scrollIntoViewIfNeeded();
        expect(await server.page.locator('.tl').first().getAttribute('data-measured'), 'the island stayed unhydrated').toBeNull();
        const before = await geometry(server.page);
        await server.context.close();
        const { page, context } = await openPage(browser, path, { viewport });
        await hydrated(page);
        expect(await geometry(page), `${path} at ${viewport.width} px`).toEqual(before);
        await context.close();
      }
    },
  );
  it('the server draws each timeline once: the phone rows, with empty rooms for the chart and the narrowest phones', () => {
    for (const path of ['/timeline/', '/chapters/nobodys-lackey/', '/es/linea-de-tiempo/']) {
      const html = readFileSync(`dist${path}index.html`, 'utf8');
      const islands = html.split('<astro-island').slice(1);
      expect(islands.length, path).toBeGreaterThan(0);
      for (const island of islands.filter((i) => i.includes('class="tl"'))) {
        const tl = island.slice(0, island.indexOf('</astro-island>'));
        expect(tl.match(/<svg class="tl-chart\b/g)?.length, path).toBe(1);
        expect(tl.match(/<svg class="tl-room"[^>]*aria-hidden="true"><\/svg>/g)?.length, path).toBe(2);
      }
    }
  });
});

describe('before the island draws', () => {
  /** The page as its readers get it when the island's script never arrives (a blocked or failed download). */
  async function withoutIslandScript(path: string, viewport: { width: number; height: number }) {
    const opened = await openPage(browser, path, { viewport });
    // Timeline.<hash>.js and Astro's retry of it (…js?astro-retry=…).
    await opened.page.route(/\/_astro\/Timeline\.[\w-]+\.js(\?|$)/, (r) => r.abort());
    await opened.page.reload({ waitUntil: 'load' });
    await opened.page.locator('.timeline-figure').first().scrollIntoViewIfNeeded();
    return opened;
  }

  it.each(['/timeline/', '/chapters/since-the-op-ed/', '/es/linea-de-tiempo/'])(
    'on a laptop, %s says the chart is coming over its empty room, and links to the list of events',
    async (path) => {
      const { page, context } = await withoutIslandScript(path, VIEWPORTS.laptop);
      const figure = page.locator('.timeline-figure').first();
      // Each room carries its note; the one shown is the room the box's width shows.
      const note = figure.locator('.tl-waiting:visible');
      const strings = (path.startsWith('/es/') ? es : en).timeline.island;
      // Held back for a moment (a script that comes at once never flashes it), then shown.
      await expect.poll(() => note.isVisible(), { timeout: 5000 }).toBe(true);
      expect(await note.innerText()).toBe(`${strings.waiting} ${strings.waitingList}`);
      expect(await figure.locator('[data-drawing="horizontal"] .tl-room').isVisible()).toBe(true);
      const list = figure.locator('.timeline-figure__list');
      expect(await list.isVisible()).toBe(false);
      await note.getByRole('link').click();
      await expect.poll(() => list.isVisible()).toBe(true);
      const events = await figure.locator('.tl-list__event').count();
      expect(events).toBeGreaterThan(3);
      expect(
        await figure
          .locator('.tl-list__event')
          .nth(events - 1)
          .locator('.tl-list__title')
          .isVisible(),
      ).toBe(true);
      await context.close();
    },
  );

  it('on a phone the server’s rows are the chart, so no note shows (the narrowest phones’ room has one); once hydrated, no page has one', async () => {
    const phone = await withoutIslandScript('/timeline/', VIEWPORTS.phone);
    // Not shown at all at this width (its room is display: none), whatever the moment: no waiting needed to know.
    const roomsShown = (page: Page) =>
      page
        .locator('.tl-waiting')
        .evaluateAll((notes) => notes.map((note) => getComputedStyle(note.closest('.tl-room-frame') ?? note).display));
    expect(new Set(await roomsShown(phone.page))).toEqual(new Set(['none']));
    expect(await phone.page.locator('.tl-chart').first().isVisible()).toBe(true);
    await phone.context.close();
    // The narrowest phones get an empty room too (the rows for 280 px), and its note.
    const narrow = await withoutIslandScript('/timeline/', VIEWPORTS.narrow);
    await expect.poll(() => narrow.page.locator('[data-drawing="band-280"] .tl-waiting').isVisible(), { timeout: 5000 }).toBe(true);
    await narrow.context.close();
    for (const path of ['/timeline/', '/chapters/since-the-op-ed/']) {
      const { page, context } = await openPage(browser, path);
      await hydrated(page);
      expect(await page.locator('.tl-waiting').count(), path).toBe(0);
      await context.close();
    }
  });
});

describe('each event’s words, sent once', () => {
  type Yaml = { id: string; summary: string; note?: string; factCheck?: string; sources: { url: string }[] };
  const flat = (t: string | undefined | null): string => (t ?? '').replace(/\s+/g, ' ').trim();
  const EVENTS = new Map((parse(readFileSync('content/timeline/events.yaml', 'utf8')) as Yaml[]).map((e) => [e.id, e]));
  /** The open event's words as the panel shows them. */
  const panelWords = (page: Page) =>
    page
      .locator('.tl-panel')
      .first()
      .evaluate((p) => ({
        summary: p.querySelector('.tl-panel__summary')?.textContent ?? null,
        note: p.querySelector('.tl-panel__note')?.textContent ?? null,
        factCheck: p.querySelector('.tl-factcheck .tl-panel__text')?.textContent ?? null,
        sources: [...p.querySelectorAll('.tl-sources a')].map((a) => a.getAttribute('href')),
      }));

  it('the island’s props carry the words of the event open at first, and of no other', () => {
    for (const path of ['/timeline/', '/chapters/nobodys-lackey/']) {
      const html = readFileSync(`dist${path}index.html`, 'utf8');
      const props = [...html.matchAll(/<astro-island[^>]*component-url="[^"]*Timeline[^"]*"[^>]*props="([^"]*)"/g)].map((m) =>
        (m[1] ?? '')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&'),
      );
      expect(props.length, path).toBeGreaterThan(0);
      for (const p of props) {
        // A summary's opening words, as its props would carry them (JSON inside an attribute).
        const inProps = [...EVENTS.values()].filter((e) => p.includes(JSON.stringify(flat(e.summary)).slice(0, 60)));
        expect(inProps.length, `${path}: events whose summary is in an island's props`).toBe(1);
      }
    }
  });

  it('every event the reader opens on /timeline/ shows its summary, note, fact check and sources', async () => {
    const { page, context, consoleErrors } = await openPage(browser, '/timeline/');
    await hydrated(page);
    await page.locator('[role="option"]').first().focus();
    await page.keyboard.press('Home');
    const ids = await page.locator('[role="option"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-event') ?? ''));
    expect(ids.length).toBeGreaterThan(20);
    for (const [i, id] of ids.entries()) {
      if (i > 0) await page.keyboard.press('ArrowRight');
      await expect.poll(() => selectedId(page)).toBe(id);
      const want = EVENTS.get(id);
      const got = await panelWords(page);
      expect(flat(got.summary), id).toBe(flat(want?.summary));
      expect(got.summary, id).not.toBe('');
      expect(flat(got.note), id).toBe(flat(want?.note));
      expect(flat(got.factCheck), id).toBe(flat(want?.factCheck));
      expect(got.sources, id).toEqual(want?.sources.map((s) => s.url));
    }
    expect(consoleErrors.filter((e) => !e.includes('favicon'))).toEqual([]);
    await context.close();
  });

  it('in a Spanish chapter, each event opened shows the Spanish words its list prints', async () => {
    const { page, context } = await openPage(browser, '/es/capitulos/lacayo-de-nadie/');
    const figure = page.locator('.timeline-figure').first();
    await hydrated(page, figure.locator('.tl'));
    const ids = await figure.locator('[role="option"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-event') ?? ''));
    expect(ids.length).toBeGreaterThan(1);
    for (const id of ids) {
      await figure.locator(`[role="option"][data-event="${id}"]`).click();
      const listed = await figure.locator(`.tl-list li[data-event="${id}"]`).evaluate((li) => ({
        summary: li.querySelector('[data-summary]')?.textContent ?? null,
        sources: [...li.querySelectorAll('a[data-source]')].map((a) => a.getAttribute('href')),
      }));
      const got = await figure.locator('.tl-panel').evaluate((p) => ({
        summary: p.querySelector('.tl-panel__summary')?.textContent ?? null,
        sources: [...p.querySelectorAll('.tl-sources a')].map((a) => a.getAttribute('href')),
      }));
      expect(got.summary, id).toBe(listed.summary);
      expect(flat(got.summary), id).not.toBe(flat(EVENTS.get(id)?.summary));
      expect(got.sources, id).toEqual(listed.sources);
    }
    await context.close();
  });
});

describe('“Read in chapter N”', () => {
  it('every link opens the section of the chapter that discusses the event, and that section exists', () => {
    const html = readFileSync('dist/timeline/index.html', 'utf8');
    const sources = new Map(chapterPaths().map((p) => [p, readFileSync(`content/chapters/${p.split('/')[2]}.mdx`, 'utf8')]));
    let checked = 0;
    // Each event of the list, with its "Read in chapter N" links.
    for (const [, id, item] of html.matchAll(/<li id="([a-z0-9-]+)" class="tl-list__event[^"]*"[^>]*>([\s\S]*?)<\/li>/g)) {
      for (const [, path, hash] of (item ?? '').matchAll(/href="(\/chapters\/[a-z0-9-]+\/)(#[^"]*)?"/g)) {
        const source = sources.get(path ?? '') ?? '';
        // A chapter whose text links the event (below its first heading) opens at that section.
        const linked = new RegExp(`^##[\\s\\S]*<EventLink id="${id}"`, 'm').test(source);
        expect(Boolean(hash), `${id} in ${path}`).toBe(linked);
        if (hash) expect(readFileSync(`dist${path}index.html`, 'utf8'), `${path}${hash}`).toContain(`id="${hash.slice(1)}"`);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(30);
    // The example of the issue: the 2019 vote is discussed in the "was there fraud?" box.
    expect(html).toContain('href="/chapters/nobodys-lackey/#bolivia-2019-question-1-was-there-fraud"');
  });

  it('following one lands on that section', async () => {
    const { page, context } = await openPage(browser, '/timeline/#bolivia-election');
    await hydrated(page);
    await expect.poll(() => selectedId(page), { timeout: 10000 }).toBe('bolivia-election');
    await page.locator('.tl-panel a', { hasText: 'Read in chapter 2' }).click();
    await page.waitForURL((u) => u.pathname === '/chapters/nobodys-lackey/');
    expect((await currentUrl(page)).hash).toBe('#bolivia-2019-question-1-was-there-fraud');
    await expect
      .poll(
        () =>
          page.locator('#bolivia-2019-question-1-was-there-fraud').evaluate((el) => {
            const r = el.getBoundingClientRect();
            return r.top >= 0 && r.top < innerHeight;
          }),
        { timeout: 10000 },
      )
      .toBe(true);
    await context.close();
  });
});

describe('printing with JavaScript on', () => {
  /** The page printed to PDF by Chromium, as text (poppler's pdftotext). */
  async function printedText(path: string): Promise<string> {
    const { page, context } = await openPage(browser, path);
    await hydrated(page);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await context.close();
    const dir = mkdtempSync(join(tmpdir(), 'tl-print-'));
    writeFileSync(join(dir, 'page.pdf'), pdf);
    execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'page.pdf'), join(dir, 'page.txt')]);
    // One line of text: words broken across lines join again; ligatures (ﬁ) read as letters.
    return readFileSync(join(dir, 'page.txt'), 'utf8').normalize('NFKC').replace(/\s+/g, ' ');
  }
  const flat = (t: string): string => t.normalize('NFKC').replace(/\s+/g, ' ');

  it('/timeline/ prints every event’s title', async () => {
    const text = await printedText('/timeline/');
    const missing = [...TITLES.values()].filter((e) => !text.includes(flat(e.title))).map((e) => e.title);
    expect(missing).toEqual([]);
  });

  it('a chapter prints every event title of its timeline figures', async () => {
    const text = await printedText('/chapters/nobodys-lackey/');
    const shown = [...TITLES.values()].filter((e) => e.anchor === 2019 || e.anchor === 1848);
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.filter((e) => !text.includes(flat(e.title))).map((e) => e.title)).toEqual([]);
  });
});

describe('the timeline as a slide (present mode)', () => {
  /** Steps the deck to the slide showing the n-th timeline figure of the chapter. */
  async function toFigureSlide(page: Page, n: number): Promise<void> {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let guard = 0; guard < 400; guard++) {
      // One key press at a time, each once the deck has settled: a press queued behind a slow
      // slide change skipped past the figure's slide on a busy machine, and the wait below
      // then waited for a figure that had gone.
      await settle(page);
      const on = await page.evaluate((n) => {
        const f = document.querySelectorAll('.timeline-figure')[n];
        return !!f && !f.hasAttribute('data-off') && f.getBoundingClientRect().height > 0;
      }, n);
      if (on) break;
      await page.keyboard.press('ArrowRight');
    }
    await page.locator('.timeline-figure').nth(n).locator('.tl[data-slide]').waitFor();
  }

  /** The smallest text on the figure as drawn (SVG text times the drawing's scale), and where the slide's room ends. */
  const measure = (page: Page, n: number) =>
    page.evaluate((n) => {
      const fig = document.querySelectorAll('.timeline-figure')[n] as HTMLElement;
      const walker = document.createTreeWalker(fig, NodeFilter.SHOW_TEXT);
      let smallest = Infinity;
      let where = '';
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const el = t.parentElement;
        if (!el || !t.textContent?.trim() || el.closest('.sr-only')) continue;
        const range = document.createRange();
        range.selectNodeContents(t);
        const r = range.getBoundingClientRect();
        if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
        const svg = el.closest('svg');
        const px = parseFloat(getComputedStyle(el).fontSize) * (svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1);
        if (px < smallest) [smallest, where] = [px, t.textContent.trim().slice(0, 30)];
      }
      const article = getComputedStyle(document.querySelector('article.chapter')!);
      return {
        smallest,
        where,
        bottom: fig.getBoundingClientRect().bottom,
        room: innerHeight - parseFloat(article.paddingBottom),
        height: fig.getBoundingClientRect().height,
        orientation: fig.querySelector('[role="listbox"]')?.getAttribute('aria-orientation'),
      };
    }, n);

  it.each([
    [VIEWPORTS.projector, 24],
    [{ width: 1280, height: 720 }, 16],
  ] as const)(
    'at %o every timeline slide of every chapter is one screen, the chart (never the phone’s rows) and the chosen event, no text under %i px',
    async (viewport, least) => {
      const chapters = chapterPaths().filter((p) => readFileSync(`dist${p}index.html`, 'utf8').includes('class="timeline-figure'));
      expect(chapters.length).toBeGreaterThan(3);
      for (const path of chapters) {
        const { page, context } = await openPage(browser, `${path}?present`, { viewport });
        const figures = await page.locator('.timeline-figure').count();
        for (let n = 0; n < figures; n++) {
          await toFigureSlide(page, n);
          // Whichever event is chosen: its panel must fit too.
          const options = page.locator('.timeline-figure').nth(n).locator('[role="option"]');
          for (let k = 0; k < (await options.count()); k++) {
            if (k > 0) await options.nth(k).locator('.tl-hit').click({ force: true });
            const m = await measure(page, n);
            const what = `${path} figure ${n + 1}, event ${k + 1}`;
            expect(m.orientation, what).toBe('horizontal');
            expect(m.smallest, `${what}: "${m.where}"`).toBeGreaterThanOrEqual(least);
            expect(m.bottom, what).toBeLessThanOrEqual(m.room + 1);
            expect(m.height, what).toBeLessThanOrEqual(viewport.height);
          }
        }
        await context.close();
      }
    },
    // Every event of every chapter timeline, one slide each: minutes on a busy two-core machine.
    300_000,
  );
});

describe('selecting an event from outside the island (the step API for present mode)', () => {
  it('setting location.hash selects that event, and on a slide scrolls nothing', async () => {
    // The real slide: present mode on /timeline/ (its styles load with the mode).
    const { page, context } = await openPage(browser, '/timeline/?present', { viewport: VIEWPORTS.projector });
    await page.waitForSelector('html[data-present]');
    // From the title slide to the first event's: the figure shows, hydrates and lays out as a slide.
    await page.keyboard.press('ArrowRight');
    await page.locator('.tl[data-slide][data-measured]').waitFor();
    const scrolled = () =>
      page.evaluate(() => ({ window: window.scrollY, slides: document.querySelector('[data-present-scroller]')?.scrollTop ?? -1 }));
    const before = await scrolled();
    expect(before.slides).toBeGreaterThanOrEqual(0);
    for (const [hash, id] of [
      ['#celac-founded', 'celac-founded'],
      ['#y2019', 'oas-audit-morales-resigns'],
      ['#brazil-returns-to-celac', 'brazil-returns-to-celac'],
    ] as const) {
      await page.evaluate((h) => (location.hash = h), hash);
      await expect.poll(() => selectedId(page)).toBe(id);
      await expect(page.locator('.tl-panel h2').innerText()).resolves.toBe(TITLES.get(id)?.title);
      expect(await scrolled()).toEqual(before);
    }
    // An unknown hash leaves the selection alone.
    // Wait for the hashchange the island listens to, and a frame after it, rather than a fixed time.
    await page.evaluate(
      () =>
        new Promise<void>((done) => {
          addEventListener('hashchange', () => requestAnimationFrame(() => requestAnimationFrame(() => done())), { once: true });
          location.hash = '#nothing-here';
        }),
    );
    expect(await selectedId(page)).toBe('brazil-returns-to-celac');
    await context.close();
  });
});

/**
 * The Spanish timeline (/es/linea-de-tiempo/), once the Spanish pages are built: every word the
 * island, its panel and the no-JS list show or name is Spanish. English words are those of the
 * timeline dictionary's English section that its Spanish section never uses, and English month
 * names; source titles are left out (the English sources stay, titled as published).
 */
const SPANISH_TIMELINE = pagePath('timeline', 'es');
type Tree = { readonly [key: string]: Tree | string | readonly string[] };
const leaves = (t: Tree): string[] =>
  Object.values(t).flatMap((v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v : leaves(v as Tree)));
const wordSet = (texts: readonly string[]): Set<string> =>
  new Set(
    texts.flatMap(
      (x) =>
        x
          .replace(/\{\w+\}/g, ' ')
          .toLowerCase()
          .match(/\p{L}{3,}/gu) ?? [],
    ),
  );
const spanishWords = wordSet(leaves(es.timeline));
const ENGLISH_WORDS = [
  ...[...wordSet(leaves(en.timeline))].filter((w) => !spanishWords.has(w)),
  ...['january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
];

/** English words in what a reader or screen reader meets inside `selector` (sources left out). */
async function englishWordsIn(page: Page, selector: string): Promise<string[]> {
  const text = await page.locator(selector).evaluateAll((roots) =>
    roots
      .map((root) => {
        const copy = root.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.tl-sources, .tl-list__sources').forEach((el) => el.remove());
        const labels = [...copy.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label'));
        return [copy.textContent, ...labels].join(' ');
      })
      .join(' '),
  );
  // Names stay as they are in every edition: the op-ed's title, quoted titles of English works
  // (“Observing the Observers”) and English names (The Washington Post).
  const names = text
    .replaceAll(ORIGINAL.title, '')
    .replace(/“[^”]*”/g, '')
    .replace(/\bThe(?: [A-Z][\w.]*)+/g, '');
  const words = new Set(names.toLowerCase().match(/\p{L}+/gu) ?? []);
  return ENGLISH_WORDS.filter((w) => words.has(w));
}

describe.skipIf(!existsSync(`dist${SPANISH_TIMELINE}index.html`))('the Spanish timeline', () => {
  it('speaks Spanish on the chart, in the panel and to a screen reader, as the reader moves through it', async () => {
    const { page, context, consoleErrors } = await openPage(browser, SPANISH_TIMELINE);
    await hydrated(page);
    const listbox = page.locator('[role="listbox"]').first();
    await expect(listbox.getAttribute('aria-label')).resolves.toMatch(/^Hechos, de \d{4} a \d{4}$/);
    await expect(page.locator('.tl-after-label').first().textContent()).resolves.toBe(es.timeline.axis.afterOpEd);
    await selected(page).focus();
    for (const key of ['ArrowRight', 'PageDown', 'End']) {
      await page.keyboard.press(key);
      await expect.poll(() => page.locator('.tl [aria-live]').innerText()).not.toBe('');
      await expect(englishWordsIn(page, '.tl'), key).resolves.toEqual([]);
    }
    await expect(page.locator('.tl-panel a', { hasText: es.timeline.island.eventPage }).getAttribute('href')).resolves.toMatch(
      /^\/es\/linea-de-tiempo\/[\w-]+\/$/,
    );
    expect(consoleErrors.filter((e) => !e.includes('favicon'))).toEqual([]);
    await context.close();
  });

  it('lists every event in Spanish without JavaScript', async () => {
    const { page, context } = await openPage(browser, SPANISH_TIMELINE, { javaScriptEnabled: false });
    await expect(page.locator('#after-the-op-ed h2').innerText()).resolves.toBe(es.timeline.list.afterOpEd);
    await expect(englishWordsIn(page, '.tl-list')).resolves.toEqual([]);
    const first = await page.locator('.tl-list__title a').first().getAttribute('href');
    expect(first?.startsWith(SPANISH_TIMELINE)).toBe(true);
    await context.close();
  });
});
