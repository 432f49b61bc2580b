import { describe, expect, it } from 'vitest';
import { chapterSchema } from '../../src/schemas/chapter';
import { schemaIssues } from '../support/schemaIssues';

const good = {
  title: 'A region pulled two ways',
  shortTitle: 'Pulled two ways',
  description: 'Why a 2022 op-ed saw Mexico caught between US integration and Latin American independence.',
  order: 1,
  years: [2021, 2022],
  questions: ['Is closer trade always a loss of sovereignty?', 'Who gains from regional unity?'],
};

const issuesOf = (value: unknown): string[] => schemaIssues(chapterSchema, value);

describe('chapter frontmatter schema', () => {
  it('accepts a complete chapter and keeps its values', () => {
    // The loader adds the language; a file that leaves it out is the default language's.
    expect(chapterSchema.parse(good)).toEqual({ ...good, locale: 'en' });
  });

  it('takes a translation’s language and the chapter it translates', () => {
    expect(chapterSchema.parse({ ...good, locale: 'es', translationOf: 'nobodys-lackey' })).toMatchObject({
      locale: 'es',
      translationOf: 'nobodys-lackey',
    });
    expect(() => chapterSchema.parse({ ...good, translationOf: 'Nobody’s lackey' })).toThrow(/file name without \.mdx/);
    expect(() => chapterSchema.parse({ ...good, locale: 'xx' })).toThrow();
  });

  it('defaults years to an empty list', () => {
    const { years: _omit, ...rest } = good;
    expect(chapterSchema.parse(rest).years).toEqual([]);
  });

  it('names the title field when the title is missing', () => {
    const { title: _omit, ...rest } = good;
    expect(issuesOf(rest)).toEqual([expect.stringMatching(/^title: /)]);
  });

  it('rejects a year that is not an anchor year, naming the field and the allowed years', () => {
    expect(issuesOf({ ...good, years: [2021, 1999] })).toEqual([
      'years.1: must be one of the anchor years 1848, 1937, 2011, 2019, 2021, 2022, 2023, 2024, 2025, 2026',
    ]);
  });

  it('rejects descriptions too short or too long for a link preview', () => {
    expect(issuesOf({ ...good, description: 'Too short.' })[0]).toMatch(/^description: .*at least 50/);
    expect(issuesOf({ ...good, description: 'x'.repeat(161) })[0]).toMatch(/^description: .*160/);
  });

  it('wants two to four discussion questions', () => {
    expect(issuesOf({ ...good, questions: ['Only one question here?'] })[0]).toMatch(/^questions: .*at least two/);
    expect(issuesOf({ ...good, questions: Array(5).fill('A question for the class?') })[0]).toMatch(/^questions: .*at most four/);
  });

  it('rejects a short title longer than navigation allows', () => {
    expect(issuesOf({ ...good, shortTitle: 'x'.repeat(29) })[0]).toMatch(/^shortTitle: /);
  });
});
