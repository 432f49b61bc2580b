import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { launch, openPage } from '../support/browser';
import { embedPagePaths, pagesToVisit } from '../support/sitePages';

// The embeds are not in the sitemap: they are added by name.
const paths = [...pagesToVisit(), ...embedPagePaths(), '/404.html'];
let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

describe.each(['light', 'dark', 'contrast'] as const)('axe (WCAG 2.2 AA) in the %s theme', (theme) => {
  it.each(paths)('%s has no violations', async (path) => {
    const { page, context } = await openPage(browser, path, {
      colorScheme: theme === 'dark' ? 'dark' : 'light',
    });
    await page.evaluate((t) => {
      localStorage.setItem('theme', t);
    }, theme);
    await page.reload();
    expect(await page.getAttribute('html', 'data-theme')).toBe(theme);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
