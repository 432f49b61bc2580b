import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { checkerNote, PARAPHRASE_CHECKER as checker, requireChecker, skipWithoutChecker } from '../support/sharedChecker';

// The project's originality rule: no run of 8+ words shared with the source article outside
// a short attributed quotation. The checker and the article live in ../shared (beside every
// clone, CI included). Without it the test fails in CI and is skipped, saying so, locally.

describe('originality', () => {
  it.skipIf(skipWithoutChecker)(`content/ and src/ share no unquoted run of words with the article${checkerNote}`, () => {
    requireChecker();
    const r = spawnSync(process.execPath, [checker, 'content', 'src'], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).not.toMatch(/words shared with the article/);
    expect(r.status).toBe(0);
  });
});
