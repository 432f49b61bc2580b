import { describe, expect, it } from 'vitest';
import {
  chapterStructure,
  chapterTranslationProblems,
  fieldParityProblems,
  idParityProblems,
  type ChapterFile,
} from '../../src/lib/translationChecks';
import { entryId, splitEntryId, TRANSLATED_LOCALES } from '../../src/lib/contentLocales';
import { DEFAULT_LOCALE, LOCALES } from '../../src/lib/locales';

const body = (notes: string[], boxes = '<FactCheck title="A">x</FactCheck>\n<SinceThen date="2024-01">y</SinceThen>') =>
  `Text.[^${notes[0]}]\n\n${boxes}\n\n${notes.map((n) => `[^${n}]: Source. https://example.org/${n}`).join('\n')}\n`;
const en = (slug: string, extra: Partial<ChapterFile> = {}): ChapterFile => ({
  file: `content/chapters/${slug}.mdx`,
  locale: 'en',
  slug,
  order: 1,
  years: [2021],
  body: body(['a', 'b']),
  ...extra,
});
const es = (slug: string, translationOf: string | undefined, extra: Partial<ChapterFile> = {}): ChapterFile => ({
  ...en(slug),
  file: `content/es/chapters/${slug}.mdx`,
  locale: 'es',
  translationOf,
  ...extra,
});
const check = (files: ChapterFile[]) => chapterTranslationProblems(files, ['en', 'es'], { es: 'content/es/chapters' });

describe('content ids per language', () => {
  it('keeps the default language’s ids and prefixes the others', () => {
    expect(entryId(DEFAULT_LOCALE, 'celac')).toBe('celac');
    for (const l of TRANSLATED_LOCALES) {
      expect(entryId(l, 'celac')).toBe(`${l}/celac`);
      expect(splitEntryId(`${l}/celac`)).toEqual({ locale: l, id: 'celac' });
    }
    expect(splitEntryId('celac')).toEqual({ locale: DEFAULT_LOCALE, id: 'celac' });
    expect(TRANSLATED_LOCALES).toEqual(LOCALES.filter((l) => l !== DEFAULT_LOCALE));
  });
});

describe('a chapter and its translation', () => {
  it('a faithful pair passes', () => {
    expect(check([en('x'), es('equis', 'x')])).toEqual([]);
  });

  it('reads footnote definitions, boxes and since-then dates', () => {
    expect(chapterStructure(body(['b', 'a']))).toEqual({ footnotes: ['a', 'b'], factChecks: 1, backgrounds: 0, sinceDates: ['2024-01'] });
  });

  it('names the file when translationOf is missing or names no chapter', () => {
    expect(check([en('x'), es('equis', undefined)]).join('\n')).toMatch(
      /content\/es\/chapters\/equis\.mdx: frontmatter field "translationOf" is missing/,
    );
    expect(check([en('x'), es('equis', 'nope')]).join('\n')).toMatch(
      /equis\.mdx: frontmatter field "translationOf" names "nope", which is no chapter \(x\)/,
    );
  });

  it('names the original when it has no translation', () => {
    expect(check([en('x'), en('y', { order: 2 }), es('equis', 'x')])).toEqual([
      'content/chapters/y.mdx: has no es translation; add content/es/chapters/<slug>.mdx with "translationOf: y"',
    ]);
  });

  it('names both files when two translations claim one chapter', () => {
    expect(check([en('x'), es('a', 'x'), es('b', 'x')]).join('\n')).toMatch(
      /b\.mdx: .*names "x", which content\/es\/chapters\/a\.mdx already translates/,
    );
  });

  it('names footnote ids, box counts, since-then dates, order and years that differ', () => {
    const problems = check([
      en('x'),
      es('equis', 'x', {
        order: 2,
        years: [2022],
        body: body(['a', 'c'], '<Background title="A">x</Background>\n<SinceThen date="2024-02">y</SinceThen>'),
      }),
    ]).join('\n');
    expect(problems).toMatch(/footnote ids differ .*missing \[\^b\], extra \[\^c\]/);
    expect(problems).toMatch(/has 0 <FactCheck> boxes, the original 1/);
    expect(problems).toMatch(/has 1 <Background> boxes, the original 0/);
    expect(problems).toMatch(/<SinceThen> dates are 2024-02; the original's, in order, are 2024-01/);
    expect(problems).toMatch(/"order" is 2, the original's 1/);
    expect(problems).toMatch(/"years" is \[2022\], the original's \[2021\]/);
  });
});

describe('words files', () => {
  it('names missing, extra and repeated ids', () => {
    expect(idParityProblems('es.yaml', 'event', 'en.yaml', ['a', 'b'], ['a', 'c', 'c'])).toEqual([
      'es.yaml: event "c" is not in en.yaml',
      'es.yaml: event "c" appears twice',
      'es.yaml: event "c" is not in en.yaml',
      'es.yaml: event "b" of en.yaml has no entry here',
    ]);
  });

  it('holds optional fields to the original', () => {
    expect(
      fieldParityProblems(
        'es.yaml',
        'event',
        [{ id: 'a', original: { note: 'n' }, translation: { factCheck: 'f' } }],
        ['note', 'factCheck'],
      ),
    ).toEqual([
      'es.yaml: event "a" field "note" is missing (the original has one)',
      'es.yaml: event "a" field "factCheck" has no original to translate',
    ]);
  });
});
