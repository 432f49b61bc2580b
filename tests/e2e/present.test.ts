import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { baseURL, currentUrl, launch, openPage, VIEWPORTS } from '../support/browser';
import jsQR from 'jsqr';
import { chapterPaths } from '../support/sitePages';
import { decodePng } from '../support/png';
import { settle, slideCounter } from '../support/presentWalk';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const path = (): string => chapterPaths()[1] ?? chapterPaths()[0] ?? '/';
const slideParam = async (page: Page): Promise<string | null> => (await currentUrl(page)).searchParams.get('slide');
const counter = (page: Page): Promise<string | null> => page.locator('.present-counter').textContent();
/** Polls that wait on a frame or an island loading a whole page: generous, as test machines are shared. */
const SLOW = { timeout: 15_000 };
/** How far the current slide runs on below the screen (the slides scroll inside <main>). */
const overflowOf = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const s = document.querySelector('[data-present-scroller]');
    return s ? s.scrollHeight - s.clientHeight : Number.NaN;
  });
async function present(query = '?present', options = {}): Promise<Awaited<ReturnType<typeof openPage>>> {
  const opened = await openPage(browser, path() + query, { viewport: VIEWPORTS.projector, ...options });
  await opened.page.waitForSelector('html[data-present]');
  return opened;
}

describe('present mode', () => {
  // Until the Spanish pages are built, an English chapter whose Present button says the page is
  // Spanish stands in for one: the mode must fetch the Spanish words, and only them.
  it('speaks the page’s language, fetching its words and no other language’s', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS.projector });
    await context.route(`${baseURL()}${path()}?present`, async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace(/(<present-button[^>]*data-locale=")en"/, '$1es"');
      await route.fulfill({ response, body: html });
    });
    const scripts: Promise<string>[] = [];
    const page = await context.newPage();
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) scripts.push(r.text().catch(() => ''));
    });
    await page.goto(`${baseURL()}${path()}?present`, { waitUntil: 'load' });
    await page.waitForSelector('html[data-present]');
    expect(await page.locator('.present-bar').getAttribute('aria-label')).toBe('Presentación');
    await expect.poll(() => page.locator('.present-status').textContent()).toMatch(/^Diapositiva 1 de \d+: Portada$/);
    expect(await page.locator('.present-bar button').last().textContent()).toBe('Salir');
    expect(await page.locator('.present-title-qr svg').getAttribute('aria-label')).toMatch(/^Código QR que lleva a http/);
    const code = await Promise.all(scripts);
    expect(code.some((js) => js.includes('Diapositiva anterior'))).toBe(true);
    expect(code.filter((js) => js.includes('Previous slide') || js.includes('Presenter notes'))).toEqual([]);
    await context.close();
  });

  it('?present turns the chapter into slides with big, high-contrast type and no navigation', async () => {
    const { page, context, consoleErrors } = await present();
    expect(await counter(page)).toMatch(/^1 \/ \d+$/);
    expect(await page.getAttribute('html', 'data-theme')).toBe('contrast');
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.toc').isVisible()).toBe(false);
    const h1 = await page.locator('article h1').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(h1).toBeGreaterThanOrEqual(48);
    // The title slide carries the QR code of the chapter's canonical URL.
    await expect(page.locator('.present-title-qr svg').isVisible()).resolves.toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const sizes = await page.evaluate(() => {
      const visible = [...document.querySelectorAll<HTMLElement>('article h2, article .prose p')].filter((e) => e.offsetParent !== null);
      return visible.map((e) => ({ tag: e.tagName, size: parseFloat(getComputedStyle(e).fontSize) }));
    });
    expect(sizes.length).toBeGreaterThan(0);
    for (const { tag, size } of sizes) expect(size, tag).toBeGreaterThanOrEqual(tag === 'H2' ? 48 : 32);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('every slide fits the projector screen', async () => {
    const { page, context } = await present();
    const total = Number((await counter(page))?.split('/')[1]);
    for (let i = 1; i <= total; i++) {
      const overflow = await overflowOf(page);
      // A single block taller than a slide may scroll; everything else must fit.
      const blocks = await page.locator('article .prose > :not([data-off]):not(.footnotes)').count();
      if (blocks > 2) expect(overflow, `slide ${i}`).toBeLessThanOrEqual(0);
      await page.keyboard.press('PageDown');
    }
    await context.close();
  });

  it('scrolls through a slide taller than the screen before moving on, in every chapter', async () => {
    let tall = 0;
    for (const chapter of chapterPaths()) {
      const { page, context } = await openPage(browser, `${chapter}?present`, { viewport: VIEWPORTS.projector });
      await page.waitForSelector('html[data-present]');
      await page.evaluate(() => document.fonts.ready);
      const total = Number((await counter(page))?.split('/')[1]);
      for (let i = 1; i <= total; i++) {
        // A figure on the slide hydrates when shown and may change its height: measure after.
        await settle(page);
        const overflow = await overflowOf(page);
        if (overflow > 2) {
          tall += 1;
          // Each press scrolls most of a screen; the slide changes only once its end is shown.
          const screen = await page.evaluate(() => document.querySelector('[data-present-scroller]')?.clientHeight ?? 0);
          const presses = Math.ceil(overflow / (screen * 0.8));
          for (let p = 0; p < presses; p++) {
            await page.keyboard.press('PageDown');
            expect(await slideParam(page), `${chapter} slide ${i}, press ${p + 1}`).toBe(String(i));
          }
          expect(
            await page.evaluate(() => {
              const s = document.querySelector('[data-present-scroller]');
              return s !== null && s.scrollTop + s.clientHeight >= s.scrollHeight - 2;
            }),
          ).toBe(true);
        }
        await page.keyboard.press('PageDown');
        if (i < total) expect(await slideParam(page)).toBe(String(i + 1));
      }
      await context.close();
    }
    expect(tall, 'at least one chapter has a slide taller than the screen (else this test checks nothing)').toBeGreaterThan(0);
  }, 120_000);

  it('advances and goes back with arrows, Space, PageDown/PageUp (clickers), Home and End', async () => {
    const { page, context } = await present();
    await page.keyboard.press('ArrowRight');
    expect(await slideParam(page)).toBe('2');
    await page.keyboard.press(' ');
    expect(await slideParam(page)).toBe('3');
    await page.keyboard.press('PageUp');
    expect(await slideParam(page)).toBe('2');
    await page.keyboard.press('PageDown');
    expect(await slideParam(page)).toBe('3');
    await page.keyboard.press('ArrowLeft');
    expect(await slideParam(page)).toBe('2');
    await page.keyboard.press('End');
    const last = await slideParam(page);
    expect(Number(last)).toBeGreaterThan(3);
    expect(await page.locator('article .questions').isVisible()).toBe(true);
    await page.keyboard.press('Home');
    expect(await slideParam(page)).toBe('1');
    await context.close();
  });

  it('survives a reload at a given slide, and a shared link opens that slide', async () => {
    const { page, context } = await present('?present&slide=3');
    expect(await counter(page)).toMatch(/^3 \//);
    const label = await page.locator('.present-status').textContent();
    await page.reload();
    await page.waitForSelector('html[data-present]');
    expect(await counter(page)).toMatch(/^3 \//);
    expect(await page.locator('.present-status').textContent()).toBe(label);
    await context.close();
  });

  it('shows the QR code on Q, notes on N, the overview on O, and Escape closes each before leaving', async () => {
    const { page, context } = await present();
    await page.keyboard.press('q');
    expect(await page.locator('#present-qr-dialog svg').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('#present-qr-dialog').isVisible()).toBe(false);
    expect(await page.getAttribute('html', 'data-present')).not.toBeNull();
    await page.keyboard.press('n');
    expect(await page.locator('#present-notes').innerText()).toMatch(/Questions for discussion/);
    await page.keyboard.press('Escape');
    await page.keyboard.press('o');
    const items = await page.locator('#present-overview li').count();
    expect(items).toBe(Number((await counter(page))?.split('/')[1]));
    await page.locator('#present-overview li button').nth(2).click();
    expect(await slideParam(page)).toBe('3');
    await page.keyboard.press('Escape');
    expect(await page.getAttribute('html', 'data-present')).toBeNull();
    expect((await currentUrl(page)).search).toBe('');
    expect(await page.locator('.site-header').isVisible()).toBe(true);
    await context.close();
  });

  it('the Present button enters the mode from a normal reading', async () => {
    const { page, context } = await openPage(browser, path(), { viewport: VIEWPORTS.laptop });
    await page.locator('present-button button').click();
    await page.waitForSelector('html[data-present]');
    expect((await currentUrl(page)).searchParams.get('slide')).toBe('1');
    await context.close();
  });

  it('has no axe violations on the title slide, a content slide and with notes open', async () => {
    const { page, context } = await present();
    const check = async (where: string): Promise<void> => {
      expect(await axeViolations(page, { label: where })).toEqual([]);
    };
    await check('title');
    await page.keyboard.press('ArrowRight');
    await check('slide 2');
    await page.keyboard.press('n');
    await check('notes');
    await context.close();
  });

  it('without JavaScript, ?present simply shows the chapter', async () => {
    const { page, context } = await openPage(browser, `${path()}?present&slide=3`, { javaScriptEnabled: false });
    expect(await page.getAttribute('html', 'data-present')).toBeNull();
    expect(await page.locator('.site-header').isVisible()).toBe(true);
    expect(await page.locator('article .prose h2').count()).toBeGreaterThanOrEqual(3);
    await context.close();
  });
});

/** What has focus, in words a failure message can show. */
const focused = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return 'body';
    return `${a.tagName.toLowerCase()}${a.className ? '.' + String(a.className).split(' ').join('.') : ''} "${(a.textContent ?? '').trim().slice(0, 40)}"`;
  });

describe('present mode: focus', () => {
  it('the overview opens on the current slide and arrow keys, Home and End move through its grid', async () => {
    const { page, context } = await present('?present&slide=3');
    await page.keyboard.press('o');
    expect(await focused(page)).toMatch(/^button.* "3\. /);
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toMatch(/ "4\. /);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await focused(page)).toMatch(/ "2\. /);
    // Down and up move by a row of the grid as it is laid out.
    const columns = await page.evaluate(() => {
      const items = [...document.querySelectorAll<HTMLElement>('#present-overview li')];
      return items.filter((i) => i.offsetTop === items[0]?.offsetTop).length;
    });
    expect(columns).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toMatch(new RegExp(` "${2 + columns}\\. `));
    await page.keyboard.press('ArrowUp');
    expect(await focused(page)).toMatch(/ "2\. /);
    await page.keyboard.press('End');
    const total = (await slideCounter(page)).total;
    expect(await focused(page)).toMatch(new RegExp(` "${total}\\. `));
    await page.keyboard.press('Home');
    expect(await focused(page)).toMatch(/ "1\. /);
    // The arrows moved focus in the grid, not the slides.
    expect(await slideParam(page)).toBe('3');
    // Escape closes it; focus is back on the slide, where the O was pressed.
    await page.keyboard.press('Escape');
    expect(await page.locator('#present-overview').isVisible()).toBe(false);
    expect(await focused(page)).toMatch(/^article\.chapter/);
    await context.close();
  });

  it('after Escape closes the overview, the notes or the QR code, focus is back on the control that opened it', async () => {
    const { page, context } = await present();
    for (const [button, dialog] of [
      ['Slides', '#present-overview'],
      ['Notes', '#present-notes'],
      ['QR', '#present-qr-dialog'],
    ] as const) {
      const opener = page.locator('.present-bar button', { hasText: new RegExp(`^${button}$`) });
      await opener.click();
      expect(await page.locator(dialog).isVisible(), dialog).toBe(true);
      await page.keyboard.press('Escape');
      expect(await page.locator(dialog).isVisible(), dialog).toBe(false);
      expect(await opener.evaluate((b) => b === document.activeElement), `${dialog}: focus on ${await focused(page)}`).toBe(true);
    }
    // Opened with its key and closed with its own Close button: focus is back where the key was pressed.
    const before = await focused(page);
    await page.keyboard.press('n');
    await page.locator('#present-notes button', { hasText: 'Close' }).click();
    expect(await focused(page)).toBe(before);
    expect(await page.getAttribute('html', 'data-present')).not.toBeNull();
    await context.close();
  });

  it('leaving present mode puts focus back on the Present button that started it', async () => {
    const { page, context } = await openPage(browser, path(), { viewport: VIEWPORTS.projector });
    await page.locator('present-button button').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('html[data-present]');
    expect(await focused(page)).toMatch(/^article\.chapter/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    expect(await page.getAttribute('html', 'data-present')).toBeNull();
    expect(await page.locator('present-button button').evaluate((b) => b === document.activeElement), await focused(page)).toBe(true);
    await context.close();
  });

  it('names the map slide by its figure caption, not "illustration"', async () => {
    const chapter = chapterPaths().find((p) => p.includes('nobodys-lackey')) ?? path();
    const { page, context } = await openPage(browser, `${chapter}?present`, { viewport: VIEWPORTS.projector });
    await page.waitForSelector('html[data-present]');
    const caption = (await page.locator('.map-figure figcaption').first().textContent())?.trim().replace(/\s+/g, ' ');
    expect(caption).toMatch(/^Who belongs where/);
    await page.keyboard.press('o');
    const labels = await page.locator('#present-overview li button').allTextContents();
    expect(labels.join('\n')).not.toContain('illustration');
    const index = labels.findIndex((l) => l.includes(`Figure: ${caption}`));
    expect(index, labels.join('\n')).toBeGreaterThan(0);
    await page.locator('#present-overview li button').nth(index).click();
    expect(await page.locator('.present-status').textContent()).toBe(`Slide ${index + 1} of ${labels.length}: Figure: ${caption}`);
    await context.close();
  });
});

describe('present mode on a phone', () => {
  // A shared ?present link, or a teacher previewing the slides, on a phone either way up. The
  // title slide's QR code once took all but a few letters' width from the title beside it.
  const SIDEWAYS = { width: VIEWPORTS.phone.height, height: VIEWPORTS.phone.width };
  it.each([
    ['a chapter', VIEWPORTS.phone],
    ['a chapter', SIDEWAYS],
    ['/es/linea-de-tiempo/', VIEWPORTS.phone],
    ['/es/linea-de-tiempo/', SIDEWAYS],
  ] as const)(
    'on %s at %o, the title slide’s words get the screen’s width, and the cue and the controls are whole',
    async (where, viewport) => {
      const target = where === 'a chapter' ? path() : where;
      const { page, context } = await openPage(browser, `${target}?present`, { viewport });
      await page.waitForSelector('html[data-present]');
      await settle(page);
      const title = await page.locator('h1').first().boundingBox();
      expect(title?.width, 'title width').toBeGreaterThan(viewport.width * 0.6);
      await expect(page.locator('.present-title-qr').isVisible()).resolves.toBe(false);
      // The bar's QR button still shows the code.
      await page.keyboard.press('q');
      await expect.poll(() => page.locator('.present-dialog .present-qr svg').isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      for (const selector of ['.present-more', '.present-bar button, .present-bar a']) {
        for (const box of await page
          .locator(selector)
          .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))) {
          expect(box.left, selector).toBeGreaterThanOrEqual(0);
          expect(box.right, selector).toBeLessThanOrEqual(viewport.width);
          expect(box.bottom, selector).toBeLessThanOrEqual(viewport.height);
        }
      }
      await context.close();
    },
  );
});

describe('present mode: the QR code', () => {
  for (const where of ['a chapter', '/timeline/'] as const) {
    it(`on ${where}, decodes to the address the page is served from`, async () => {
      const target = where === 'a chapter' ? path() : where;
      const { page, context } = await openPage(browser, `${target}?present`, { viewport: VIEWPORTS.projector });
      await page.waitForSelector('html[data-present]');
      const shot = await page.locator('.present-title-qr svg').screenshot();
      const { width, height, data } = decodePng(shot);
      const code = jsQR(data, width, height);
      expect(code?.data).toBe(new URL(target, baseURL()).href);
      expect(await page.locator('.present-title-qr figcaption').textContent()).toBe(code?.data);
      await context.close();
    });
  }
});

describe('present mode on the timeline and map pages', { timeout: 120_000 }, () => {
  it('/timeline/?present steps through the events, one a slide, each opened in the chart', async () => {
    const { page, context, consoleErrors } = await openPage(browser, '/timeline/?present', { viewport: VIEWPORTS.projector });
    await page.waitForSelector('html[data-present]');
    const events = await page
      .locator('.tl-list__event')
      .evaluateAll((items) => items.map((li) => ({ id: li.id, title: li.querySelector('.tl-list__title')?.textContent?.trim() ?? '' })));
    expect(events.length).toBeGreaterThan(20);
    expect(await slideCounter(page)).toEqual({ current: 1, total: events.length + 1 });
    expect(await page.locator('.timeline-page h1').isVisible()).toBe(true);
    for (const [i, e] of events.slice(0, 3).entries()) {
      await page.keyboard.press('PageDown');
      // A tall slide scrolls first: keep pressing until the slide changes.
      for (let p = 0; p < 20 && (await slideCounter(page)).current !== i + 2; p++) await page.keyboard.press('PageDown');
      expect((await slideCounter(page)).current).toBe(i + 2);
      await settle(page);
      expect((await currentUrl(page)).hash).toBe(`#${e.id}`);
      await expect.poll(() => page.locator('.tl-panel__title').first().textContent(), SLOW).toBe(e.title);
      expect(await page.locator('.timeline-page h1').isVisible()).toBe(false);
      expect(await page.locator('.present-status').textContent()).toContain(e.title);
    }
    // A reload keeps the slide and its event.
    await page.reload();
    await page.waitForSelector('html[data-present]');
    await settle(page);
    expect((await slideCounter(page)).current).toBe(4);
    await expect.poll(() => page.locator('.tl-panel__title').first().textContent(), SLOW).toBe(events[2]?.title);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('/map/?present steps through the key dates, one a slide, then the explainer', async () => {
    const { page, context, consoleErrors } = await openPage(browser, '/map/?present', { viewport: VIEWPORTS.projector });
    await page.waitForSelector('html[data-present]');
    const steps = await page.locator('.mm-date__ticks > li').count();
    expect(steps).toBeGreaterThan(5);
    const { total } = await slideCounter(page);
    expect(total).toBeGreaterThan(steps + 1);
    const shown: string[] = [];
    for (let i = 0; i < steps; i++) {
      await page.keyboard.press('PageDown');
      for (let p = 0; p < 20 && (await slideCounter(page)).current !== i + 2; p++) await page.keyboard.press('PageDown');
      await settle(page);
      // The slider sits on step i, and the map says which date it shows.
      await expect.poll(() => page.locator('.mm-date input[type="range"]').inputValue(), SLOW).toBe(String(i));
      const date = (await page.locator('.mm-date__shown strong').textContent()) ?? '';
      expect(await page.locator('.present-status').textContent()).toMatch(/: Map: /);
      shown.push(date);
    }
    // Every step a different date, in order, the address carrying the last one.
    expect(new Set(shown).size).toBe(steps);
    expect((await currentUrl(page)).searchParams.get('date')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.keyboard.press('PageDown');
    for (let p = 0; p < 20 && (await slideCounter(page)).current !== steps + 2; p++) await page.keyboard.press('PageDown');
    expect(await page.locator('.map-figure').isVisible()).toBe(false);
    expect(await page.locator('#membership-explainer').isVisible()).toBe(true);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('has no axe violations on a timeline slide and a map slide', async () => {
    for (const target of ['/timeline/?present&slide=2', '/map/?present&slide=3']) {
      const { page, context } = await openPage(browser, target, { viewport: VIEWPORTS.projector });
      await page.waitForSelector('html[data-present]');
      await settle(page);
      expect(await axeViolations(page, { label: target })).toEqual([]);
      await context.close();
    }
  });
});

describe('the presenter view', { timeout: 120_000 }, () => {
  /** Opens the slides, presses S and returns both windows. */
  async function withPresenter() {
    const opened = await present();
    const popup = opened.context.waitForEvent('page');
    await opened.page.keyboard.press('s');
    const presenter = await popup;
    await presenter.waitForSelector('.presenter');
    await expect.poll(() => presenter.locator('.presenter-status').textContent(), SLOW).toMatch(/^Slide 1 of \d+/);
    return { ...opened, presenter };
  }
  const previewSlide = (presenter: Page, which: 0 | 1): Promise<string | null> =>
    presenter
      .locator('.presenter-frame__iframe')
      .nth(which)
      .evaluate((f: HTMLIFrameElement) => (f.contentWindow ? new URLSearchParams(f.contentWindow.location.search).get('slide') : null));

  it('opens from the slides (S) in a window of its own, same page, showing the current and next slide', async () => {
    const { page, context, presenter, consoleErrors } = await withPresenter();
    expect(new URL(presenter.url()).pathname).toBe(path());
    expect(new URL(presenter.url()).searchParams.has('presenter')).toBe(true);
    await expect.poll(() => previewSlide(presenter, 0), SLOW).toBe('1');
    await expect.poll(() => previewSlide(presenter, 1), SLOW).toBe('2');
    // The previews are the deck without its controls.
    const frame = presenter.frameLocator('.presenter-frame__iframe').first();
    await expect.poll(() => frame.locator('html[data-present-preview]').count(), SLOW).toBe(1);
    expect(await frame.locator('.present-bar').count()).toBe(0);
    // ...drawn at the projector's size, so they plan the same slides.
    expect(
      await presenter
        .locator('.presenter-frame__iframe')
        .first()
        .evaluate((f) => [f.clientWidth, f.clientHeight]),
    ).toEqual([1920, 1080]);
    // The button in the bar opens (or brings back) the same window.
    const again = context.waitForEvent('page', { timeout: 2000 }).catch(() => null);
    await page.locator('.present-bar button', { hasText: 'Presenter view' }).click();
    expect(await again).toBeNull();
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('stays in step with the projected slides both ways', async () => {
    const { page, context, presenter } = await withPresenter();
    // The slides move: the presenter view follows.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => presenter.locator('.presenter-status').textContent(), SLOW).toMatch(/^Slide 2 of/);
    await expect.poll(() => previewSlide(presenter, 0), SLOW).toBe('2');
    await expect.poll(() => previewSlide(presenter, 1), SLOW).toBe('3');
    // The presenter view moves (button, then a clicker's key): the slides follow.
    await presenter.locator('.presenter__nav button', { hasText: 'Next' }).click();
    await expect.poll(() => slideParam(page), SLOW).toBe('3');
    await presenter.keyboard.press('PageDown');
    await expect.poll(() => slideParam(page), SLOW).toBe('4');
    await expect.poll(() => presenter.locator('.presenter-status').textContent(), SLOW).toMatch(/^Slide 4 of/);
    await presenter.locator('.presenter__nav button', { hasText: 'Previous' }).click();
    await expect.poll(() => slideParam(page), SLOW).toBe('3');
    await expect.poll(() => previewSlide(presenter, 0), SLOW).toBe('3');
    // Leaving present mode says so.
    await page.keyboard.press('Escape');
    await expect.poll(() => presenter.locator('.presenter-status').textContent(), SLOW).toMatch(/left present mode/);
    await context.close();
  });

  it('shows the notes that belong to the current slide, and the time since it opened', async () => {
    const { page, context, presenter } = await withPresenter();
    await expect.poll(() => presenter.locator('.presenter-notes').textContent(), SLOW).toContain('No notes for this slide');
    // The discussion questions are the last slide's notes.
    await page.keyboard.press('End');
    await expect.poll(() => presenter.locator('.presenter-notes').textContent(), SLOW).toContain('Questions for discussion');
    // A slide with a fact check or a since-then note carries it, and only it.
    await page.keyboard.press('Home');
    const note = page.locator('article .prose [data-presenter-note]:visible .callout__title');
    for (let p = 0; p < 80 && (await note.count()) === 0; p++) await page.keyboard.press('PageDown');
    const title = await note.first().textContent();
    expect(title, 'a slide with a presenter note').toBeTruthy();
    await expect.poll(() => presenter.locator('.presenter-notes .callout').count(), SLOW).toBe(await note.count());
    await expect.poll(() => presenter.locator('.presenter-notes').textContent(), SLOW).toContain(title ?? '');
    // The clock runs, and resets.
    const clock = presenter.locator('[role="timer"]');
    await expect.poll(() => clock.textContent(), SLOW).toMatch(/^0:0[2-9]$/);
    await presenter.locator('button', { hasText: 'Reset' }).click();
    expect(await clock.textContent()).toMatch(/^0:0[01]$/);
    await expect.poll(() => clock.textContent(), SLOW).toMatch(/^0:0[1-9]$/);
    await context.close();
  });

  it('has no axe violations', async () => {
    const { context, presenter } = await withPresenter();
    expect(await axeViolations(presenter)).toEqual([]);
    await context.close();
  });
});
