import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

/**
 * A malformed chapter must stop the build with a message naming the file and the field.
 * Each fixture runs `astro sync` (the content step of the build) in a throwaway copy of the
 * project, so the real .astro/ cache is never touched.
 */
const root = resolve('.');
let sandbox: string;

beforeAll(() => {
  sandbox = mkdtempSync(join(tmpdir(), 'explainer-fixture-'));
  for (const f of ['astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(root, f), join(sandbox, f));
  cpSync(join(root, 'src'), join(sandbox, 'src'), { recursive: true });
  cpSync(join(root, 'content'), join(sandbox, 'content'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(sandbox, 'node_modules'), 'dir');
});
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

function syncWith(fixture: string): { code: number | null; output: string } {
  const r = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
    cwd: sandbox,
    env: { ...process.env, CHAPTERS_DIR: join(root, 'tests/fixtures/chapters', fixture), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, output: `${r.stdout}\n${r.stderr}` };
}

describe('the build rejects malformed chapters', () => {
  it('a missing title names the file and the title field', () => {
    const { code, output } = syncWith('missing-title');
    expect(code).not.toBe(0);
    expect(output).toMatch(/broken\.mdx/);
    expect(output).toMatch(/\*\*title\*\*|title:/);
  }, 120_000);

  it('an unknown year names the file, the years field and the allowed years', () => {
    const { code, output } = syncWith('unknown-year');
    expect(code).not.toBe(0);
    expect(output).toMatch(/broken\.mdx/);
    expect(output).toMatch(/years\.1/);
    expect(output).toMatch(/1848, 1937, 2011, 2019, 2021, 2022/);
  }, 120_000);

  it('a duplicate order names both files and the order field', () => {
    const { code, output } = syncWith('duplicate-order');
    expect(code).not.toBe(0);
    expect(output).toMatch(/second\.mdx: frontmatter field "order" is 1, which .*first\.mdx already uses/);
  }, 120_000);
});
