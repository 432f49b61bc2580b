import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { builtHtmlFiles } from '../support/sitePages';
import { visibleText } from '../support/builtText';
import { checkerNote, PARAPHRASE_CHECKER as checker, requireChecker, skipWithoutChecker } from '../support/sharedChecker';

// The originality rule checked on what readers get: the built pages' text, where a <Term>
// or a link inside a phrase no longer hides a copied run from the source check.
// Without ../shared the test fails in CI and is skipped, saying so, locally.

describe('originality of the built site', () => {
  it.skipIf(skipWithoutChecker)(`no built page shares an unquoted run of 8+ words with the article${checkerNote}`, () => {
    requireChecker();
    const dir = mkdtempSync(join(tmpdir(), 'built-text-'));
    try {
      for (const file of builtHtmlFiles()) {
        const out = join(dir, relative('dist', file).replace(/\.html$/, '.txt'));
        mkdirSync(dirname(out), { recursive: true });
        writeFileSync(out, visibleText(readFileSync(file, 'utf8')));
      }
      const r = spawnSync(process.execPath, [checker, dir], { encoding: 'utf8' });
      expect(r.stdout + r.stderr).not.toMatch(/words shared with the article/);
      expect(r.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
