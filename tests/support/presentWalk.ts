import type { Page } from 'playwright-core';

/** The counter's "3 / 12" as numbers. */
export async function slideCounter(page: Page): Promise<{ current: number; total: number }> {
  const [current, total] = ((await page.locator('.present-counter').textContent()) ?? '0 / 0').split('/').map((n) => Number(n.trim()));
  return { current: current ?? 0, total: total ?? 0 };
}

/**
 * Waits until a figure on the slide has hydrated (client:visible islands start when shown),
 * laid itself out for the slide (the timeline measures its width and the slide's type, then
 * draws again; the map marks itself interactive) and painted.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const shown = (sel: string) => [...document.querySelectorAll(sel)].filter((el) => el.checkVisibility());
      const present = document.documentElement.hasAttribute('data-present');
      return (
        shown('astro-island[ssr]').length === 0 &&
        shown('.tl').every((tl) => tl.hasAttribute('data-measured') && (!present || tl.hasAttribute('data-slide'))) &&
        shown('.mm').every((mm) => mm.getAttribute('data-interactive') === 'true')
      );
    },
    undefined,
    { timeout: 20_000 },
  );
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));
}

/**
 * Steps through a deck in present mode from where it stands to its end with Page Down (a
 * clicker's key): every slide, and every scroll step of a slide taller than the screen.
 * Calls `visit` at each step with a name such as "s03" or "s03.2" (second screen of slide 3).
 */
export async function walkSlides(page: Page, visit: (step: string, slide: number) => Promise<void>): Promise<void> {
  await page.waitForSelector('html[data-present]');
  let last = 0;
  let screen = 1;
  for (let guard = 0; guard < 2000; guard++) {
    await settle(page);
    const { current, total } = await slideCounter(page);
    screen = current === last ? screen + 1 : 1;
    last = current;
    await visit(`s${String(current).padStart(2, '0')}${screen > 1 ? `.${screen}` : ''}`, current);
    const more = await page.evaluate(() => document.documentElement.hasAttribute('data-present-more'));
    if (current >= total && !more) return;
    await page.keyboard.press('PageDown');
  }
  throw new Error('walkSlides: the deck never reached its end');
}
