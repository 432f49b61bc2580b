import type { Page } from 'playwright-core';

/**
 * Scrolls a page from top to bottom in steps, pausing at each, so that every island that
 * hydrates on visibility (client:visible) sees itself scrolled into view. Each step jumps
 * (behavior 'instant'): the site's smooth scrolling (base.css) would otherwise turn every
 * scrollTo into an animation that the next step cancels, and the page never gets past its
 * first screen. That is how, until December 2026, the audit weighed chapters whose islands had
 * never loaded. Returns how far it got, for callers that check it.
 */
export async function scrollThrough(page: Page, step = 500, pauseMs = 40): Promise<{ reached: number; height: number }> {
  return page.evaluate(
    async ({ step, pauseMs }) => {
      for (let y = 0; y <= document.documentElement.scrollHeight; y += step) {
        window.scrollTo({ top: y, behavior: 'instant' });
        await new Promise((r) => setTimeout(r, pauseMs));
      }
      window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
      await new Promise((r) => setTimeout(r, pauseMs));
      return { reached: Math.ceil(window.scrollY + window.innerHeight), height: document.documentElement.scrollHeight };
    },
    { step, pauseMs },
  );
}
