import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

// The project's originality rule: no run of 8+ words shared with the source article outside
// a short attributed quotation. The checker and the article live in ../shared (beside every
// clone, CI included).
const checker = '../shared/tools/paraphrase-check.mjs';

describe('originality', () => {
  it.runIf(existsSync(checker))('content/ and src/ share no unquoted run of words with the article', () => {
    const r = spawnSync(process.execPath, [checker, 'content', 'src'], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).not.toMatch(/words shared with the article/);
    expect(r.status).toBe(0);
  });
});
