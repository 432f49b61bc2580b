import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { createAstroSandbox, fixturePath, type AstroSandbox } from '../support/astroSandbox';

/**
 * Malformed membership data must stop the build with a message naming the file, the state and
 * the field. Each fixture in tests/fixtures/membership replaces content/membership/states.yaml
 * (MEMBERSHIP_FILE) in a throwaway copy of the project; `astro sync` runs the schema and the
 * loader's checks (src/loaders/membershipLoader.ts), so no full build is needed.
 */
const fixture = (name: string): string => fixturePath('membership', `${name}.yaml`);
let sandbox: AstroSandbox;
beforeAll(() => (sandbox = createAstroSandbox('membership')));
afterAll(() => sandbox?.dispose());

const sync = (membershipFile: string) => sandbox.run('sync', { MEMBERSHIP_FILE: membershipFile, TRANSLATIONS_DIR: '' });

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
    expect(output).toMatch(
      /unknown-code\.yaml: state "ATG" field "isoNumeric" \('029'\) matches no shape in world-atlas countries-50m\.json/,
    );
  }, 120_000);
});
