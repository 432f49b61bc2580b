import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { createAstroSandbox, fixturePath, type AstroSandbox } from '../support/astroSandbox';

/**
 * A malformed timeline event must stop the build with a message naming the file and the field.
 * Each fixture in tests/fixtures/timeline replaces content/timeline/events.yaml (EVENTS_FILE)
 * in a throwaway copy of the project. Schema errors surface in `astro sync`; an unknown
 * chapter is found when pages query the events, so that case runs `astro build` (a few seconds).
 */
const fixture = (name: string): string => fixturePath('timeline', `${name}.yaml`);
let sandbox: AstroSandbox;
beforeAll(() => (sandbox = createAstroSandbox('timeline')));
afterAll(() => sandbox?.dispose());

const astro = (command: 'sync' | 'build', eventsFile: string) => sandbox.run(command, { EVENTS_FILE: eventsFile, TRANSLATIONS_DIR: '' });

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
