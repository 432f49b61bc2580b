import { describe, expect, it } from 'vitest';
import {
  accessDate,
  bibtexCitation,
  bibtexKey,
  escapeBibtex,
  plainCitation,
  unknownAccess,
  type CitedChapter,
} from '../../src/lib/citation';
import { dictionary } from '../../src/i18n';
import { ORIGINAL } from '../../src/site';

const EN = { ...dictionary('en').tools, site: dictionary('en').site };
const UNKNOWN_ACCESS = unknownAccess(EN);

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
    const text = plainCitation(chapter, day, EN);
    for (const part of [
      chapter.title,
      EN.site.title,
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
    const text = plainCitation({ ...chapter, title: '“Nobody’s lackey”: the case' }, day, EN);
    expect(text.startsWith('“‘Nobody’s lackey’: the case.” Chapter 2 in')).toBe(true);
  });

  it('says “accessed [date]” until a date is known', () => {
    expect(plainCitation(chapter, UNKNOWN_ACCESS, EN)).toMatch(/accessed \[date\]\.$/);
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
    const bib = bibtexCitation({ ...chapter, url: 'https://example.org/chapters/a_b/#x%20y' }, day, EN);
    expect(bib).toContain('title        = {{Nobody’s lackey: CELAC \\& the OAS}}');
    expect(bib).toContain('url          = {https://example.org/chapters/a_b/#x%20y}');
    const depth = [...bib.replace(/\\[{}]/g, '')].reduce((d, ch) => (d < 0 ? d : d + (ch === '{' ? 1 : ch === '}' ? -1 : 0)), 0);
    expect(depth).toBe(0);
  });

  it('fills urldate and the note from the access date', () => {
    const bib = bibtexCitation(chapter, day, EN);
    expect(bib).toMatch(/urldate\s+= \{2026-11-09\}/);
    expect(bib).toMatch(/note\s+= \{Accessed 9 November 2026\}/);
  });
});

describe('BibTeX key', () => {
  it('depends only on the slug: the same whatever the chapter number, title or access date', () => {
    const a = bibtexCitation(chapter, day, EN).split('\n')[0];
    const b = bibtexCitation({ ...chapter, number: 5, title: 'Renamed' }, UNKNOWN_ACCESS, EN).split('\n')[0];
    expect(a).toBe(b);
    expect(a).toBe('@misc{integration-or-independence:nobodys-lackey,');
  });

  it('uses only characters BibTeX accepts in keys, whatever the slug holds', () => {
    expect(bibtexKey('Ñandú & co_2', EN.site.title)).toBe('integration-or-independence:nandu-co-2');
    expect(bibtexKey('--x--', EN.site.title)).toMatch(/^[a-z0-9:-]+$/);
  });
});

describe('a Spanish chapter’s citation', () => {
  const ES = { ...dictionary('es').tools, site: dictionary('es').site };
  const capitulo: CitedChapter = {
    slug: 'lacayo-de-nadie',
    number: 2,
    title: '“Lacayo de nadie”: la CELAC y la OEA',
    url: 'https://example.org/es/capitulos/lacayo-de-nadie/',
    locale: 'es',
  };
  const dia = accessDate(new Date(2026, 11, 1), 'es');

  it('writes the access date the Spanish way', () => {
    expect(dia).toEqual({ long: '1 de diciembre de 2026', iso: '2026-12-01' });
  });

  it('is plain text in Spanish conventions: site, authors joined with “y”, “Consultado el …”, the address last', () => {
    expect(plainCitation(capitulo, dia, ES)).toBe(
      `“‘Lacayo de nadie’: la CELAC y la OEA”. Capítulo 2 de ¿Integración o independencia? Una lectura guiada de “${ORIGINAL.title}”, de David Barkin y Alberto Betancourt (2022). Consultado el 1 de diciembre de 2026, https://example.org/es/capitulos/lacayo-de-nadie/.`,
    );
    expect(plainCitation(capitulo, unknownAccess(ES), ES)).toContain('Consultado el [fecha]');
  });

  it('is BibTeX with a Spanish key, howpublished and note, and language = {spanish}', () => {
    const bib = bibtexCitation(capitulo, dia, ES);
    expect(bib.split('\n')[0]).toBe('@misc{integracion-o-independencia:lacayo-de-nadie,');
    expect(bib).toContain(
      'howpublished = {Capítulo 2 de \\emph{¿Integración o independencia?}, una lectura guiada de David Barkin y Alberto Betancourt,',
    );
    expect(bib).toContain('urldate      = {2026-12-01}');
    expect(bib).toContain('language     = {spanish}');
    expect(bib).toMatch(/note\s+= \{Consultado el 1 de diciembre de 2026\}\n\}$/);
    expect(bib).not.toMatch(/Chapter|Accessed|guided/);
  });

  it('leaves English citations without a language field (biblatex’s default)', () => {
    expect(bibtexCitation(chapter, day, EN)).not.toContain('language');
  });
});
