/**
 * How to cite a chapter of the explainer, as plain text and as BibTeX. Shared by the
 * server (which renders it with a "[date]" placeholder) and the share-control script
 * (which fills in the reader's date), so the two can never disagree.
 *
 * The chapters are ours, not Barkin and Betancourt's, so they are not named as authors:
 * the citation names them as authors of the op-ed the chapter explains.
 */
import { AUTHORS_LINE, ORIGINAL, SITE } from '../site';
import { formatDate } from './formatDate';

export interface CitedChapter {
  /** The chapter's file name without .mdx: the stable part of the BibTeX key. */
  slug: string;
  /** 1-based position in reading order (may change when chapters are added). */
  number: number;
  title: string;
  /** Canonical absolute URL. */
  url: string;
}

/** The day the reader accessed the page, in the two forms citations use. */
export interface AccessDate {
  /** "29 November 2026" */
  long: string;
  /** "2026-11-29" (biblatex's urldate) */
  iso: string;
}

/** What the page says before its script runs (or when it never does). */
export const UNKNOWN_ACCESS: AccessDate = { long: '[date]', iso: '[date]' };

/** The reader's local calendar day (not UTC: "today" is where the reader is). */
export function accessDate(d: Date): AccessDate {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const iso = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return { long: formatDate(iso), iso };
}

const YEAR = ORIGINAL.date.slice(0, 4);

/** Double quotes inside a quoted title become single ones: “‘Nobody’s lackey’: …” */
const nestQuotes = (s: string): string => s.replace(/“/g, '‘').replace(/”/g, '’');

/** Ends a title as a sentence, unless it already ends in punctuation (ours ends in “?”). */
const sentence = (s: string): string => (/[.?!]$/.test(s) ? s : `${s}.`);

/** A Chicago-style web citation. */
export function plainCitation(c: CitedChapter, accessed: AccessDate): string {
  return `“${nestQuotes(c.title)}.” Chapter ${c.number} in ${sentence(SITE.title)} A guided reading of ${AUTHORS_LINE}’s “${nestQuotes(ORIGINAL.title)}” (${YEAR}). ${c.url}, accessed ${accessed.long}.`;
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
 * "integration-or-independence:nobodys-lackey": from the site title and the slug only, so a
 * reader's bibliography keeps working when chapters are renumbered or retitled.
 */
export function bibtexKey(slug: string): string {
  return `${keyPart(SITE.title)}:${keyPart(slug)}`;
}

export function bibtexCitation(c: CitedChapter, accessed: AccessDate): string {
  // Curly quotes rather than TeX's `` '': biber and BibTeX read UTF-8, and readers and the
  // originality check both see a quoted title.
  const original = `${AUTHORS_LINE}, “${ORIGINAL.title}” (${YEAR})`;
  const fields: [string, string][] = [
    // Double braces keep the chapter title's capitalisation as written.
    ['title', `{${escapeBibtex(c.title)}}`],
    ['howpublished', `Chapter ${c.number} of \\emph{${escapeBibtex(SITE.title)}}, a guided reading of ${escapeBibtex(original)}`],
    // url is read verbatim by the url package: no escaping (and a URL has no braces).
    ['url', c.url],
    ['urldate', accessed.iso],
    ['note', `Accessed ${accessed.long}`],
  ];
  const width = Math.max(...fields.map(([k]) => k.length));
  return `@misc{${bibtexKey(c.slug)},\n${fields.map(([k, v]) => `  ${k.padEnd(width)} = {${v}}`).join(',\n')}\n}`;
}
