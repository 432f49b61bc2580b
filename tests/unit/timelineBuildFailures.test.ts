import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

/**
 * A malformed timeline event must stop the build with a message naming the file and the field.
 * Each fixture in tests/fixtures/timeline replaces content/timeline/events.yaml (EVENTS_FILE)
 * in a throwaway copy of the project. Schema errors surface in `astro sync`; an unknown
 * chapter is found when pages query the events, so that case runs `astro build` (a few seconds).
 */
const root = resolve('.');
const fixture = (name: string): string => join(root, 'tests/fixtures/timeline', `${name}.yaml`);
let sandbox: string;

beforeAll(() => {
  sandbox = mkdtempSync(join(tmpdir(), 'explainer-timeline-'));
  for (const f of ['astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(root, f), join(sandbox, f));
  for (const d of ['src', 'content', 'public']) cpSync(join(root, d), join(sandbox, d), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(sandbox, 'node_modules'), 'dir');
});
afterAll(() => rmSync(sandbox, { recursive: true, force: true }));

function astro(command: 'sync' | 'build', eventsFile: string): { code: number | null; output: string } {
  const r = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), command], {
    cwd: sandbox,
    env: { ...process.env, EVENTS_FILE: eventsFile, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, output: `${r.stdout}\n${r.stderr}` };
}

describe('the build rejects malformed timeline events', () => {
  it('an impossible date names the file, the event and the date field', () => {
    const { code, output } = astro('sync', fixture('bad-date'));
    expect(code).not.toBe(0);
    expect(output).toMatch(/bad-date\.yaml/);
    expect(output).toMatch(/impossible-day/);
    expect(output).toMatch(/date: write a year \(1848\), a month \(1937-11\) or a real calendar day/);
  }, 120_000);

  it('an event without sources names the file, the event and the sources field', () => {
    const { code, output } = astro('sync', fixture('missing-source'));
    expect(code).not.toBe(0);
    expect(output).toMatch(/missing-source\.yaml/);
    expect(output).toMatch(/unsourced-claim/);
    expect(output).toMatch(/sources: every event needs at least one source/);
  }, 120_000);

  it('an unknown chapter names the file, the event, the chapters field and the chapter', () => {
    const { code, output } = astro('build', fixture('unknown-chapter'));
    expect(code).not.toBe(0);
    expect(output).toMatch(/unknown-chapter\.yaml: event "orphan-event" field "chapters" names unknown chapter "no-such-chapter"/);
  }, 120_000);
});
