import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ACTIVITY_MINUTES, teachingEntrySchema, type TeachingEntry } from '../../src/schemas/teaching';
import { lessonCoverageProblems, lessonDataProblems, lessonParityProblems, type RawLesson } from '../../src/lib/teachingChecks';

const english = parse(readFileSync('content/teaching.yaml', 'utf8')) as RawLesson[];
const spanish = parse(readFileSync('content/es/teaching.yaml', 'utf8')) as RawLesson[];
const parsed = (list: unknown[]): TeachingEntry[] => list.map((e) => teachingEntrySchema.parse(e));
const total = (l: TeachingEntry) => l.activity.steps.reduce((sum, s) => sum + s.minutes, 0);

const valid = (): Record<string, unknown> => structuredClone(english[0] as Record<string, unknown>);
const steps = (e: Record<string, unknown>) => (e['activity'] as { steps: { minutes: number; events?: string[] }[] }).steps;

describe('the teachers’ lessons (content/teaching.yaml and its Spanish twin)', () => {
  it('every lesson in both languages passes the schema, with 2–4 goals and an activity of 10–15 minutes', () => {
    for (const lesson of [...parsed(english), ...parsed(spanish)]) {
      expect(lesson.goals.length).toBeGreaterThanOrEqual(2);
      expect(lesson.goals.length).toBeLessThanOrEqual(4);
      expect(total(lesson)).toBeGreaterThanOrEqual(ACTIVITY_MINUTES.min);
      expect(total(lesson)).toBeLessThanOrEqual(ACTIVITY_MINUTES.max);
    }
  });

  it('every activity opens the timeline or the map at least once', () => {
    for (const lesson of parsed(english)) expect(lesson.activity.steps.some((s) => s.events.length + s.mapDates.length > 0)).toBe(true);
  });

  it('rejects an activity whose steps add up to more than 15 minutes, naming the steps', () => {
    const e = valid();
    steps(e)[0]!.minutes = 12;
    const r = teachingEntrySchema.safeParse(e);
    expect(r.success).toBe(false);
    expect(r.error?.issues.some((i) => i.path.join('.') === 'activity.steps' && /10–15 minutes/.test(i.message))).toBe(true);
  });

  it('rejects an activity shorter than 10 minutes', () => {
    const e = valid();
    for (const s of steps(e)) s.minutes = 1;
    expect(teachingEntrySchema.safeParse(e).success).toBe(false);
  });

  it('rejects a lesson with a single goal, naming the goals field', () => {
    const e = { ...valid(), goals: ['explain one thing and nothing else'] };
    const r = teachingEntrySchema.safeParse(e);
    expect(r.error?.issues[0]?.path).toEqual(['goals']);
  });

  it('the Spanish lessons have the same activities (steps, minutes, events, days, embed) as the English ones', () => {
    expect(lessonParityProblems({ file: 'en', items: english }, { file: 'es', items: spanish })).toEqual([]);
  });
});

describe('the lesson checks (lib/teachingChecks.ts)', () => {
  const list = { file: 'content/teaching.yaml', chaptersDir: 'content/chapters' };

  it('names a chapter that has no lesson and the file to add it to', () => {
    const problems = lessonCoverageProblems({ ...list, items: [{ chapter: 'a' }], chapters: ['a', 'b'] });
    expect(problems).toEqual([expect.stringMatching(/^content\/teaching\.yaml: no lesson for chapter "b" \(in content\/chapters\)/)]);
  });

  it('names a lesson whose chapter does not exist', () => {
    const problems = lessonCoverageProblems({ ...list, items: [{ chapter: 'a' }, { chapter: 'gone' }], chapters: ['a'] });
    expect(problems).toEqual(['content/teaching.yaml: the lesson for chapter "gone" names no chapter in content/chapters']);
  });

  it('names an unknown event and an unknown map day, in the steps and in the embed', () => {
    const items: RawLesson[] = [
      {
        chapter: 'a',
        activity: { embed: { event: 'nope' }, steps: [{ events: ['known', 'missing'], mapDates: ['2022-04-13', '1999-01-01'] }] },
      },
    ];
    const problems = lessonDataProblems(
      { file: 'f.yaml', items },
      { eventIds: new Set(['known']), mapDays: new Set(['2022-04-13']), eventsFile: 'events.yaml', statesFile: 'states.yaml' },
    );
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/opens event "missing", which is not in events\.yaml/);
    expect(problems.join('\n')).toMatch(/opens event "nope"/);
    expect(problems.join('\n')).toMatch(/opens the map at 1999-01-01, which is neither a change in states\.yaml nor an event's date/);
  });

  it('names a translated lesson whose activity differs from the original', () => {
    const changed = structuredClone(spanish);
    (changed[0]!.activity!.steps![0] as { minutes: number }).minutes += 1;
    expect(
      lessonParityProblems({ file: 'content/teaching.yaml', items: english }, { file: 'content/es/teaching.yaml', items: changed }),
    ).toEqual([
      expect.stringMatching(/^content\/es\/teaching\.yaml: the lesson for chapter "a-region-pulled-two-ways" must have the same steps/),
    ]);
  });
});
