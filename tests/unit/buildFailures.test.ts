import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { createAstroSandbox, fixturePath, type AstroSandbox } from '../support/astroSandbox';

/**
 * A malformed chapter must stop the build with a message naming the file and the field.
 * Each fixture runs `astro sync` (the content step of the build) in a throwaway copy of the
 * project (tests/support/astroSandbox.ts).
 */
let sandbox: AstroSandbox;
let scratch: string;
/**
 * The real events with their chapter links removed: a one-chapter fixture build would otherwise
 * stop first on events naming chapters the fixture lacks, before reaching the page under test.
 */
let eventsWithoutChapters: string;
beforeAll(() => {
  sandbox = createAstroSandbox('chapters');
  scratch = mkdtempSync(join(tmpdir(), 'explainer-events-'));
  const events = parse(readFileSync('content/timeline/events.yaml', 'utf8')) as Array<Record<string, unknown>>;
  eventsWithoutChapters = join(scratch, 'events.yaml');
  writeFileSync(eventsWithoutChapters, stringify(events.map(({ chapters: _chapters, ...event }) => event)));
});
afterAll(() => {
  sandbox?.dispose();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

// English-only fixtures: TRANSLATIONS_DIR='' builds English alone (translationFailures.test.ts covers the translations).
const syncWith = (fixture: string) => sandbox.run('sync', { CHAPTERS_DIR: fixturePath('chapters', fixture), TRANSLATIONS_DIR: '' });

describe('the build rejects malformed chapters', () => {
  it('a missing title names the file and the title field', () => {
    const { code, output } = syncWith('missing-title');
    expect(code).not.toBe(0);
    expect(output).toMatch(/broken\.mdx/);
    expect(output).toMatch(/\btitle\b.*Required/);
  }, 120_000);

  it('an unknown year names the file, the years field and the allowed years', () => {
    const { code, output } = syncWith('unknown-year');
    expect(code).not.toBe(0);
    expect(output).toMatch(/broken\.mdx/);
    expect(output).toMatch(/years\.1/);
    expect(output).toMatch(/1848, 1937, 2011, 2019, 2021, 2022/);
  }, 120_000);

  it('a production build without SITE_URL stops and says how to set it', () => {
    const { code, output } = sandbox.run('build', { BUILD_FOR_TESTS: '', SITE_URL: '', TRANSLATIONS_DIR: '' });
    expect(code).not.toBe(0);
    expect(output).toMatch(/SITE_URL is not set/);
    expect(output).toMatch(/SITE_URL=https:\/\/\S+ npm run build/);
  }, 120_000);

  it('an unknown <Term name> names the page and the missing glossary id', () => {
    const { code, output } = sandbox.run('build', {
      CHAPTERS_DIR: fixturePath('chapters', 'unknown-term'),
      EVENTS_FILE: eventsWithoutChapters,
      TRANSLATIONS_DIR: '',
    });
    expect(code).not.toBe(0);
    // The first page that renders the chapter is named (the chapter's own page or the handout).
    expect(output).toMatch(
      /\/(chapters\/broken|handout)\/: <Term name="no-such-term">: no entry with id "no-such-term" in content\/glossary\.yaml/,
    );
  }, 240_000);

  it('an unknown <EventLink id> names the page and the missing event id', () => {
    const { code, output } = sandbox.run('build', {
      CHAPTERS_DIR: fixturePath('chapters', 'unknown-event'),
      EVENTS_FILE: eventsWithoutChapters,
      TRANSLATIONS_DIR: '',
    });
    expect(code).not.toBe(0);
    expect(output).toMatch(
      /\/(chapters\/broken|handout)\/: <EventLink id="no-such-event"> names no event in content\/timeline\/events\.yaml/,
    );
  }, 240_000);

  it('a duplicate order names both files and the order field', () => {
    const { code, output } = syncWith('duplicate-order');
    expect(code).not.toBe(0);
    expect(output).toMatch(/second\.mdx: frontmatter field "order" is 1, which .*first\.mdx already uses/);
  }, 120_000);
});
