import type { Page } from 'playwright-core';

/**
 * Scrolls a page from top to bottom in steps, so that every island that hydrates on
 * visibility (client:visible) sees itself scrolled into view, as it would for a reader who
 * reads to the end. Each step jumps (behavior 'instant'): the site's smooth scrolling
 * (base.css) would otherwise turn every scrollTo into an animation that the next step cancels,
 * and the page never gets past its first screen. That is how, until December 2026, the audit
 * weighed chapters whose islands had never loaded. Each step also waits for two rendered
 * frames: on a busy machine timers can fire back to back with no frame between them, and an
 * IntersectionObserver only sees positions that were rendered. Last, any island still waiting
 * is scrolled into view on its own. Returns how far the page reached.
 */
export async function scrollThrough(page: Page, step = 500, pauseMs = 40): Promise<{ reached: number; height: number }> {
  return page.evaluate(
    async ({ step, pauseMs }) => {
      const settle = (): Promise<void> =>
        new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, pauseMs))));
      for (let y = 0; y <= document.documentElement.scrollHeight; y += step) {
        window.scrollTo({ top: y, behavior: 'instant' });
        await settle();
      }
      for (const island of document.querySelectorAll('astro-island[ssr]')) {
        island.firstElementChild?.scrollIntoView({ block: 'center', behavior: 'instant' });
        await settle();
      }
      window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
      await settle();
      return { reached: Math.ceil(window.scrollY + window.innerHeight), height: document.documentElement.scrollHeight };
    },
    { step, pauseMs },
  );
}
