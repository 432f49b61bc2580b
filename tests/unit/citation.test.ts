import { describe, expect, it } from 'vitest';
import {
  accessDate,
  bibtexCitation,
  bibtexKey,
  escapeBibtex,
  plainCitation,
  UNKNOWN_ACCESS,
  type CitedChapter,
} from '../../src/lib/citation';
import { ORIGINAL, SITE } from '../../src/site';

const chapter: CitedChapter = {
  slug: 'nobodys-lackey',
  number: 2,
  title: 'Nobody’s lackey: CELAC & the OAS',
  url: 'https://example.org/chapters/nobodys-lackey/',
};
const day = accessDate(new Date(2026, 10, 9)); // 9 November 2026, local time

describe('access date', () => {
  it('reads as a day, a month name and a year, and as ISO 8601 with zero padding', () => {
    expect(day).toEqual({ long: '9 November 2026', iso: '2026-11-09' });
  });
});

describe('plain-text citation', () => {
  it('names the chapter, the site, the original article and its authors, the URL and the access date', () => {
    const text = plainCitation(chapter, day);
    for (const part of [
      chapter.title,
      SITE.title,
      ORIGINAL.title,
      'David Barkin and Alberto Betancourt',
      '(2022)',
      chapter.url,
      'accessed 9 November 2026',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('turns double quotes inside the chapter title into single ones, so quotes nest', () => {
    const text = plainCitation({ ...chapter, title: '“Nobody’s lackey”: the case' }, day);
    expect(text.startsWith('“‘Nobody’s lackey’: the case.” Chapter 2 in')).toBe(true);
  });

  it('says “accessed [date]” until a date is known', () => {
    expect(plainCitation(chapter, UNKNOWN_ACCESS)).toMatch(/accessed \[date\]\.$/);
  });
});

describe('BibTeX escaping', () => {
  it('escapes every TeX special character, in one pass (no double escaping of its own output)', () => {
    expect(escapeBibtex('A & B 50% #1 $x$ a_b {c} ~ ^ \\')).toBe(
      'A \\& B 50\\% \\#1 \\$x\\$ a\\_b \\{c\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
  });

  it('leaves ordinary and accented text, curly quotes and dashes alone', () => {
    expect(escapeBibtex('López Obrador’s “Bicentennial” – 1848')).toBe('López Obrador’s “Bicentennial” – 1848');
  });

  it('escapes the chapter title but not the URL, and keeps the braces balanced', () => {
    const bib = bibtexCitation({ ...chapter, url: 'https://example.org/chapters/a_b/#x%20y' }, day);
    expect(bib).toContain('title        = {{Nobody’s lackey: CELAC \\& the OAS}}');
    expect(bib).toContain('url          = {https://example.org/chapters/a_b/#x%20y}');
    const depth = [...bib.replace(/\\[{}]/g, '')].reduce((d, ch) => (d < 0 ? d : d + (ch === '{' ? 1 : ch === '}' ? -1 : 0)), 0);
    expect(depth).toBe(0);
  });

  it('fills urldate and the note from the access date', () => {
    const bib = bibtexCitation(chapter, day);
    expect(bib).toMatch(/urldate\s+= \{2026-11-09\}/);
    expect(bib).toMatch(/note\s+= \{Accessed 9 November 2026\}/);
  });
});

describe('BibTeX key', () => {
  it('depends only on the slug: the same whatever the chapter number, title or access date', () => {
    const a = bibtexCitation(chapter, day).split('\n')[0];
    const b = bibtexCitation({ ...chapter, number: 5, title: 'Renamed' }, UNKNOWN_ACCESS).split('\n')[0];
    expect(a).toBe(b);
    expect(a).toBe('@misc{integration-or-independence:nobodys-lackey,');
  });

  it('uses only characters BibTeX accepts in keys, whatever the slug holds', () => {
    expect(bibtexKey('Ñandú & co_2')).toBe('integration-or-independence:nandu-co-2');
    expect(bibtexKey('--x--')).toMatch(/^[a-z0-9:-]+$/);
  });
});
