import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { timelineEventSchema } from '../../src/schemas/timelineEvent';
import { timelineProblems } from '../../src/lib/timelineChecks';
import { ANCHOR_YEARS, SINCE_YEARS } from '../../src/lib/anchorYears';
import { ORIGINAL } from '../../src/site';
import { schemaIssues } from '../support/schemaIssues';

const good = {
  id: 'celac-founded',
  date: '2011-12-02',
  until: '2011-12-03',
  anchor: 2011,
  main: true,
  title: 'CELAC is founded in Caracas',
  summary: 'At a founding summit in Caracas, 33 states adopt the Declaration of Caracas.',
  note: 'Chile takes the first rotating presidency of the new community.',
  chapters: ['echoes-of-old-projects'],
  sources: [{ title: 'UN document A/66/647', url: 'https://docslib.org/doc/5460407/x' }],
  factCheck: 'The op-ed gives the founding year correctly as 2011.',
};

const issuesOf = (value: unknown): string[] => schemaIssues(timelineEventSchema, value);

describe('timeline event schema', () => {
  it('accepts a complete event and keeps its values', () => {
    expect(timelineEventSchema.parse(good)).toEqual(good);
  });

  it('defaults chapters to none and main to false, and leaves optional text out', () => {
    const { chapters: _c, main: _m, note: _n, factCheck: _f, until: _u, ...bare } = good;
    const parsed = timelineEventSchema.parse(bare);
    expect(parsed.chapters).toEqual([]);
    expect(parsed.main).toBe(false);
    expect(parsed.note).toBeUndefined();
    expect(parsed.factCheck).toBeUndefined();
  });

  it('normalises every date form YAML can give to an ISO string of its precision', () => {
    expect(timelineEventSchema.parse({ ...good, date: 1848, until: undefined }).date).toBe('1848');
    expect(timelineEventSchema.parse({ ...good, date: '1937-11', until: undefined }).date).toBe('1937-11');
    // js-yaml reads an unquoted 2021-07-24 as a Date at midnight UTC.
    expect(timelineEventSchema.parse({ ...good, date: new Date(Date.UTC(2021, 6, 24)), until: undefined }).date).toBe('2021-07-24');
  });

  it.each([['2021-02-30'], ['July 2021'], ['2021-13'], ['21-07-24'], [2021.5]])('rejects the date %s, naming the date field', (date) => {
    expect(issuesOf({ ...good, date, until: undefined })).toEqual([
      'date: write a year (1848), a month (1937-11) or a real calendar day (2021-07-24)',
    ]);
  });

  it('rejects an end date that is not after the start', () => {
    expect(issuesOf({ ...good, until: '2011-12-01' })).toEqual(['until: "until" must be later than "date"']);
  });

  it('rejects an event without sources, naming the sources field', () => {
    expect(issuesOf({ ...good, sources: [] })).toEqual(['sources: every event needs at least one source']);
    const { sources: _s, ...noSources } = good;
    expect(issuesOf(noSources)[0]).toMatch(/^sources: /);
  });

  it('rejects a source whose address is neither a web address nor a path on this site', () => {
    expect(issuesOf({ ...good, sources: [{ title: 'A source', url: 'docslib.org/x' }] })).toEqual([
      'sources.0.url: use a full https address or a path on this site starting with "/" (content/WRITERS-BRIEF.md, Sources)',
    ]);
    expect(issuesOf({ ...good, sources: [{ title: 'The op-ed', url: '/about/#original' }] })).toEqual([]);
  });

  it('rejects a year that is not an anchor year, listing them', () => {
    expect(issuesOf({ ...good, anchor: 2012 })).toEqual([
      'anchor: must be one of the anchor years 1848, 1937, 2011, 2019, 2021, 2022, 2023, 2024, 2025, 2026',
    ]);
  });

  it('wants kebab-case ids and chapter names', () => {
    expect(issuesOf({ ...good, id: 'CELAC Founded' })[0]).toMatch(/^id: use lowercase words joined by dashes/);
    expect(issuesOf({ ...good, chapters: ['Nobodys_Lackey.mdx'] })[0]).toMatch(/^chapters\.0: a chapter id is its file name without \.mdx/);
  });

  it('keeps titles short and summaries to a sentence or two', () => {
    expect(issuesOf({ ...good, title: 'x'.repeat(61) })[0]).toMatch(/^title: keep the title to 60 characters/);
    expect(issuesOf({ ...good, summary: 'Too short.' })[0]).toMatch(/^summary: a summary needs at least one full sentence/);
  });
});

describe('checks across events (timelineProblems)', () => {
  const events = [
    { id: 'a', anchor: 1848, main: true, chapters: ['one'] },
    { id: 'b', anchor: 1848, main: false, chapters: ['one', 'nowhere'] },
  ];

  it('names the file, the event, the field and the unknown chapter', () => {
    expect(timelineProblems('content/timeline/events.yaml', events, ['one', 'two'])).toEqual([
      'content/timeline/events.yaml: event "b" field "chapters" names unknown chapter "nowhere" (known chapters: one, two)',
    ]);
  });

  it('wants exactly one main event per anchor year', () => {
    const none = events.map((e) => ({ ...e, main: false, chapters: [] }));
    expect(timelineProblems('f.yaml', none, [])).toEqual([
      'f.yaml: anchor year 1848 has no event with field "main: true"; mark its main event',
    ]);
    const two = events.map((e) => ({ ...e, main: true, chapters: [] }));
    expect(timelineProblems('f.yaml', two, [])).toEqual(['f.yaml: anchor year 1848 has 2 events with field "main: true" (a, b); keep one']);
  });

  it('finds nothing wrong with consistent events', () => {
    expect(timelineProblems('f.yaml', events.slice(0, 1), ['one'])).toEqual([]);
  });
});

describe('content/timeline/events.yaml', () => {
  const raw = parse(readFileSync('content/timeline/events.yaml', 'utf8')) as unknown[];
  const events = raw.map((e) => timelineEventSchema.parse(e));

  it('parses, with unique ids', () => {
    expect(events.length).toBeGreaterThanOrEqual(20);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('follows the story past the op-ed: events after its date, each sourced and read in the closing chapter', () => {
    const after = events.filter((e) => e.date > ORIGINAL.date);
    expect(after.length).toBeGreaterThanOrEqual(10);
    for (const e of after) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      for (const s of e.sources) expect(s.url, e.id).toMatch(/^https:\/\//);
    }
    const since = after.filter((e) => e.anchor >= 2023);
    for (const e of since) expect(e.chapters, e.id).toContain('since-the-op-ed');
    expect(new Set(since.map((e) => e.anchor))).toEqual(new Set(SINCE_YEARS));
  });

  it('covers every anchor year, each with exactly one main event', () => {
    expect([...new Set(events.map((e) => e.anchor))].sort()).toEqual([...ANCHOR_YEARS]);
    expect(
      timelineProblems(
        'events.yaml',
        events,
        events.flatMap((e) => e.chapters),
      ),
    ).toEqual([]);
  });

  it('names only chapters that exist in content/chapters (drafts starting with _ excluded)', () => {
    const dir = 'content/chapters';
    const chapters = existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
          .map((f) => f.replace(/\.mdx$/, ''))
      : [];
    expect(timelineProblems('content/timeline/events.yaml', events, chapters)).toEqual([]);
  });

  it('places each event within a few years of its anchor year', () => {
    for (const e of events) expect(Math.abs(Number(e.date.slice(0, 4)) - e.anchor), e.id).toBeLessThanOrEqual(3);
  });
});
