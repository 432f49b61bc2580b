import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The W3C Nu HTML Checker over every built page: zero errors. */
const vnu = 'node_modules/vnu-jar/build/dist/vnu.jar';
function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
  });
}

describe('valid HTML', () => {
  it('the Nu HTML Checker reports no errors on any built page', () => {
    const files = htmlFiles('dist');
    expect(files.length).toBeGreaterThan(5);
    const r = spawnSync('java', ['-jar', vnu, '--errors-only', '--format', 'gnu', ...files], { encoding: 'utf8', timeout: 120_000 });
    expect(r.error).toBeUndefined();
    expect(r.stderr.trim().split('\n').filter(Boolean)).toEqual([]);
    expect(r.status).toBe(0);
  }, 150_000);
});
