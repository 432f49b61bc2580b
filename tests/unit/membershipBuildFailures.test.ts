import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

/**
 * Malformed membership data must stop the build with a message naming the file, the state and
 * the field. Each fixture in tests/fixtures/membership replaces content/membership/states.yaml
 * (MEMBERSHIP_FILE) in a throwaway copy of the project; `astro sync` runs the schema and the
 * loader's checks (lib/membershipLoader.ts), so no full build is needed.
 */
const root = resolve('.');
const fixture = (name: string): string => join(root, 'tests/fixtures/membership', `${name}.yaml`);
let sandbox: string;

beforeAll(() => {
  sandbox = mkdtempSync(join(tmpdir(), 'explainer-membership-'));
  for (const f of ['astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(root, f), join(sandbox, f));
  for (const d of ['src', 'content', 'public']) cpSync(join(root, d), join(sandbox, d), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(sandbox, 'node_modules'), 'dir');
});
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

function sync(membershipFile: string): { code: number | null; output: string } {
  const r = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
    cwd: sandbox,
    env: { ...process.env, MEMBERSHIP_FILE: membershipFile, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, output: `${r.stdout}\n${r.stderr}` };
}

describe('the build rejects malformed membership data', () => {
  it('an unknown status names the file, the state and the status field', () => {
    const { code, output } = sync(fixture('unknown-status'));
    expect(code).not.toBe(0);
    expect(output).toMatch(/unknown-status\.yaml/);
    expect(output).toMatch(/CUB/);
    expect(output).toMatch(/celac\.0\.status\**: use one of: founding-member, member, suspended/);
  }, 120_000);

  it('an undated change names the file, the state and the date field', () => {
    const { code, output } = sync(fixture('undated-change'));
    expect(code).not.toBe(0);
    expect(output).toMatch(/undated-change\.yaml/);
    expect(output).toMatch(/HND/);
    expect(output).toMatch(/oas\.1\.date\**: every change needs a date/);
  }, 120_000);

  it('a numeric code without a map shape names the file, the state and the isoNumeric field', () => {
    const { code, output } = sync(fixture('unknown-code'));
    expect(code).not.toBe(0);
    expect(output).toMatch(/unknown-code\.yaml: state "ATG" field "isoNumeric" \('029'\) matches no shape in world-atlas countries-50m\.json/);
  }, 120_000);
});
