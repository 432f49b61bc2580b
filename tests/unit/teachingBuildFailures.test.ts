import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { createAstroSandbox, type AstroSandbox } from '../support/astroSandbox';

/**
 * The teachers' page needs one lesson per chapter in every language: a missing or stray
 * lesson, or an activity naming an event or map day the data lacks, stops `astro sync` (the
 * build's content step) with a message naming the file. Each case edits the lessons of a
 * throwaway copy of the project (tests/support/astroSandbox.ts) and restores them.
 */
let sandbox: AstroSandbox;
beforeAll(() => (sandbox = createAstroSandbox('teaching')));
afterAll(() => sandbox?.dispose());

type Lesson = Record<string, unknown> & { chapter: string; activity: { steps: Record<string, unknown>[] } };

/** Runs sync with `file`'s lessons changed by `edit`, then puts the file back. */
function syncWithLessons(file: string, edit: (lessons: Lesson[]) => Lesson[]) {
  const path = join(sandbox.dir, file);
  const original = readFileSync(path, 'utf8');
  writeFileSync(path, stringify(edit(parse(original) as Lesson[])));
  try {
    return sandbox.run('sync', {});
  } finally {
    writeFileSync(path, original);
  }
}

describe('the build rejects incomplete teachers’ lessons', () => {
  it('a chapter without a lesson names the English file and the chapter', () => {
    const { code, output } = syncWithLessons('content/teaching.yaml', (l) => l.filter((x) => x.chapter !== 'nobodys-lackey'));
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/teaching\.yaml: no lesson for chapter "nobodys-lackey" \(in content\/chapters\)/);
  }, 120_000);

  it('a Spanish chapter without a lesson names the Spanish file', () => {
    const { code, output } = syncWithLessons('content/es/teaching.yaml', (l) => l.filter((x) => x.chapter !== 'since-the-op-ed'));
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/es\/teaching\.yaml: no lesson for chapter "since-the-op-ed" \(in content\/chapters\)/);
  }, 120_000);

  it('a lesson for a chapter that does not exist names the file and the chapter', () => {
    const { code, output } = syncWithLessons('content/es/teaching.yaml', (l) => [...l, { ...l[0]!, chapter: 'no-such-chapter' }]);
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/es\/teaching\.yaml: the lesson for chapter "no-such-chapter" names no chapter in content\/chapters/);
  }, 120_000);

  it('an unknown event or map day in an activity names the file, the lesson and the id', () => {
    const { code, output } = syncWithLessons('content/teaching.yaml', (l) =>
      l.map((x, i) =>
        i === 0
          ? {
              ...x,
              activity: {
                ...x.activity,
                steps: [{ ...x.activity.steps[0]!, events: ['no-such-event'], mapDates: ['1999-09-09'] }, ...x.activity.steps.slice(1)],
              },
            }
          : x,
      ),
    );
    expect(code).not.toBe(0);
    expect(output).toMatch(/content\/teaching\.yaml: the lesson for chapter "a-region-pulled-two-ways" opens event "no-such-event"/);
    expect(output).toMatch(/opens the map at 1999-09-09/);
  }, 120_000);
});
