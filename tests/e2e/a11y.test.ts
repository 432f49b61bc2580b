import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launch, openPage } from '../support/browser';
import { pagesToVisit } from '../support/sitePages';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const paths = [...pagesToVisit(), '/404.html'];
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
    const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const summary = result.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(' | ')}`,
    );
    expect(summary).toEqual([]);
    await context.close();
  });
});
