/**
 * How to cite a chapter of the explainer, as plain text and as BibTeX, in the chapter's
 * language. Shared by the server (which renders it with an unknown-date placeholder) and the
 * share-control script (which fills in the reader's date), so the two can never disagree. The
 * words are the page's `tools` dictionary section, passed in: the browser gets only its own
 * language's (ShareControl.astro writes them on the element).
 *
 * The chapters are ours, not Barkin and Betancourt's, so they are not named as authors:
 * the citation names them as authors of the op-ed the chapter explains.
 */
import type { Dictionary } from '../i18n/types';
import { ORIGINAL } from '../site';
import { fill } from './fill';
import { formatDate } from './formatDate';
import { DEFAULT_LOCALE, INTL_LOCALE, type Locale } from './locales';

export interface CitedChapter {
  /** The chapter's file name without .mdx: the stable part of the BibTeX key. */
  slug: string;
  /** 1-based position in reading order (may change when chapters are added). */
  number: number;
  title: string;
  /** Canonical absolute URL. */
  url: string;
  /** The chapter's language (English when left out). */
  locale?: Locale | undefined;
}

/** The words a citation needs: the site's name and the citation templates of one language. */
export interface CitationWords {
  site: Pick<Dictionary['site'], 'title'>;
  citation: Dictionary['tools']['citation'];
}

/** The day the reader accessed the page, in the two forms citations use. */
export interface AccessDate {
  /** "29 November 2026", "29 de noviembre de 2026" */
  long: string;
  /** "2026-11-29" (biblatex's urldate) */
  iso: string;
}

/** What the page says before its script runs (or when it never does): "[date]", "[fecha]". */
export function unknownAccess(words: CitationWords): AccessDate {
  return { long: words.citation.unknownDate, iso: words.citation.unknownDate };
}

/** The reader's local calendar day (not UTC: "today" is where the reader is). */
export function accessDate(d: Date, locale: Locale = DEFAULT_LOCALE): AccessDate {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const iso = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return { long: formatDate(iso, { locale }), iso };
}

const YEAR = ORIGINAL.date.slice(0, 4);

/** "David Barkin and Alberto Betancourt", "David Barkin y Alberto Betancourt". */
export function authorsLine(locale: Locale = DEFAULT_LOCALE): string {
  return new Intl.ListFormat(INTL_LOCALE[locale], { type: 'conjunction' }).format(ORIGINAL.authors.map((a) => a.name));
}

/** Double quotes inside a quoted title become single ones: “‘Nobody’s lackey’: …” */
const nestQuotes = (s: string): string => s.replace(/“/g, '‘').replace(/”/g, '’');

/** Ends a title as a sentence, unless it already ends in punctuation (ours ends in “?”). */
const sentence = (s: string): string => (/[.?!]$/.test(s) ? s : `${s}.`);

/** A web citation: Chicago style in English, its usual Spanish form in Spanish. */
export function plainCitation(c: CitedChapter, accessed: AccessDate, words: CitationWords): string {
  return fill(words.citation.plain, {
    title: nestQuotes(c.title),
    number: c.number,
    site: sentence(words.site.title),
    authors: authorsLine(c.locale),
    original: nestQuotes(ORIGINAL.title),
    year: YEAR,
    url: c.url,
    date: accessed.long,
  });
}

const TEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text safe inside a BibTeX field: TeX's special characters escaped in one pass. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}$&%#_~^]/g, (ch) => TEX_SPECIALS[ch] ?? ch);
}

// Not github-slugger (lib/calloutId.ts): a BibTeX key must be plain ASCII for classic
// BibTeX, so accents are dropped here, where a URL fragment keeps them.
const keyPart = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * "integration-or-independence:nobodys-lackey": from the site title (in the chapter's
 * language: "integracion-o-independencia:…") and the slug only, so a reader's bibliography
 * keeps working when chapters are renumbered or retitled.
 */
export function bibtexKey(slug: string, siteTitle: string): string {
  return `${keyPart(siteTitle)}:${keyPart(slug)}`;
}

export function bibtexCitation(c: CitedChapter, accessed: AccessDate, words: CitationWords): string {
  const locale = c.locale ?? DEFAULT_LOCALE;
  // Curly quotes rather than TeX's `` '': biber and BibTeX read UTF-8, and readers and the
  // originality check both see a quoted title.
  const howpublished = fill(words.citation.howpublished, {
    number: c.number,
    site: escapeBibtex(words.site.title),
    authors: escapeBibtex(authorsLine(locale)),
    original: escapeBibtex(ORIGINAL.title),
    year: YEAR,
  });
  const fields: [string, string][] = [
    // Double braces keep the chapter title's capitalisation as written.
    ['title', `{${escapeBibtex(c.title)}}`],
    ['howpublished', howpublished],
    // url is read verbatim by the url package: no escaping (and a URL has no braces).
    ['url', c.url],
    ['urldate', accessed.iso],
    // English is biblatex's default language, so only another language says which it is.
    ...(locale === DEFAULT_LOCALE ? [] : [['language', words.citation.bibtexLanguage] as [string, string]]),
    ['note', fill(words.citation.note, { date: accessed.long })],
  ];
  const width = Math.max(...fields.map(([k]) => k.length));
  return `@misc{${bibtexKey(c.slug, words.site.title)},\n${fields.map(([k, v]) => `  ${k.padEnd(width)} = {${v}}`).join(',\n')}\n}`;
}
