import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/**
 * The originality checker lives in ../shared, beside the project (every clone, CI included).
 * Resolved from this file rather than the working directory, so it does not depend on where vitest starts.
 */
export const PARAPHRASE_CHECKER = fileURLToPath(new URL('../../../shared/tools/paraphrase-check.mjs', import.meta.url));

const missing = !existsSync(PARAPHRASE_CHECKER);

/**
 * Skip only on a local machine without ../shared. In CI (process.env.CI set) a missing checker
 * is a failure, never a skip: the test runs and `requireChecker()` fails it with the reason.
 */
export const skipWithoutChecker = missing && !process.env.CI;

/** Appended to a test's name so a local skip says why in the report. */
export const checkerNote = skipWithoutChecker
  ? ` (SKIPPED locally: ${PARAPHRASE_CHECKER} not found; clone ../shared beside the project)`
  : '';

export function requireChecker(): void {
  expect(
    existsSync(PARAPHRASE_CHECKER),
    `${PARAPHRASE_CHECKER} is missing: ../shared is required in CI (clone it beside the project)`,
  ).toBe(true);
}
