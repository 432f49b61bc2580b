import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The WCAG rule sets every axe check runs: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeOptions {
  /** Only check inside this selector (for example one figure on a larger page). */
  include?: string;
  /** Prefixed to every line, to say which state or page a violation came from. */
  label?: string;
}

/**
 * Runs axe with WCAG_TAGS and returns one line per violation ("rule: target | target"),
 * so `expect(await axeViolations(page)).toEqual([])` shows what failed and where.
 */
export async function axeViolations(page: Page, { include, label }: AxeOptions = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (include) builder = builder.include(include);
  const result = await builder.analyze();
  return result.violations.map(
    (v) =>
      `${label ? `${label}: ` : ''}${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(' | ')}`,
  );
}
