import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { builtHtmlFiles } from '../support/sitePages';

/** The W3C Nu HTML Checker over every built page: zero errors. */
const vnu = 'node_modules/vnu-jar/build/dist/vnu.jar';
/**
 * The checker's CSS grammar predates container queries (Baseline since 2023), so it rejects
 * them wherever Astro inlines a small stylesheet. Only those messages are waived; any other
 * CSS error still fails.
 */
const CSS_CHECKER_GAPS =
  /error: CSS: (“container-type”: Property “container-type” doesn't exist|“container-name”: Property “container-name” doesn't exist|Unrecognized at-rule “@container”)/;
describe('valid HTML', () => {
  it('the Nu HTML Checker reports no errors on any built page', () => {
    const files = builtHtmlFiles();
    expect(files.length).toBeGreaterThan(5);
    const r = spawnSync('java', ['-jar', vnu, '--errors-only', '--format', 'gnu', ...files], { encoding: 'utf8', timeout: 120_000 });
    expect(r.error).toBeUndefined();
    const errors = r.stderr.trim().split('\n').filter(Boolean);
    expect(errors.filter((line) => !CSS_CHECKER_GAPS.test(line))).toEqual([]);
    // A run that printed nothing must also have exited cleanly (not crashed before checking).
    if (errors.length === 0) expect(r.status).toBe(0);
  }, 150_000);
});
