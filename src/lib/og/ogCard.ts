/**
 * What a link-preview card says, and where its image lives. Pure data: the layout is
 * ogLayout.ts, the PNG rendering ogRender.ts, and the route src/pages/[...card].png.ts
 * feeds these builders from the content queries. Their words are each language's `tools.og`
 * dictionary section (build time only: nothing here reaches the browser).
 */
import { dictionary } from '../../i18n';
import { fill } from '../fill';
import { DEFAULT_LOCALE, type Locale } from '../locales';
import { OP_ED_YEARS, SINCE_YEARS } from '../anchorYears';
import { ORIGINAL } from '../../site';
import { chapterPath, eventPagePath, ogImagePath, ogPageImagePath, type PageKey } from '../urls';

/**
 * The picture under the title: the strip of anchor years with the card's own highlighted
 * (a card with none highlighted has no strip), or the states of the Americas, counted from
 * the data (content/membership/states.yaml) by the route.
 */
export type OgMotif = { kind: 'timeline'; highlight: readonly number[] } | { kind: 'states'; celac: number; states: number };

/** One stop on the cards' year strip: an op-ed year, or every year after the op-ed as one. */
export interface StripStop {
  label: string;
  years: readonly number[];
}

/** The strip in a language: the op-ed's six years, then one stop for what came after ("Since"). */
export function strip(locale: Locale = DEFAULT_LOCALE): readonly StripStop[] {
  return [...OP_ED_YEARS.map((y) => ({ label: String(y), years: [y] })), { label: dictionary(locale).tools.og.since, years: SINCE_YEARS }];
}

/** The English strip (its years are every language's). */
export const STRIP: readonly StripStop[] = strip();

export interface OgCard {
  /** Path of the PNG under the site root, e.g. "/og/chapters/nobodys-lackey.png", "/es/og/home.png". */
  imagePath: string;
  /** Small line above the title: "Chapter 2 of 7", "Timeline · 2 February 1848". */
  kicker: string;
  title: string;
  motif: OgMotif;
  /** The card's language: the site's name, the strip and the credit line are written in it. */
  locale: Locale;
}

/**
 * "Explaining Barkin & Betancourt (2022)", built from ORIGINAL so the credit never drifts.
 * The family name is the last word of each name: true of both authors (see site.ts).
 */
export function creditLine(locale: Locale = DEFAULT_LOCALE): string {
  const { og } = dictionary(locale).tools;
  return fill(og.credit, {
    authors: ORIGINAL.authors.map((a) => a.name.split(' ').at(-1)).join(og.authorJoin),
    year: ORIGINAL.date.slice(0, 4),
  });
}

export const CREDIT_LINE = creditLine();

export const ALL_YEARS: readonly number[] = STRIP.flatMap((s) => s.years);

/**
 * The site's own pages with a card of their own (lib/urls.ts, ogImagePath); any other page (404)
 * shares the home card. Their words are the `tools.og.pages` dictionary section.
 */
export const PAGE_MOTIFS = {
  home: { kind: 'timeline', highlight: ALL_YEARS },
  timeline: { kind: 'timeline', highlight: ALL_YEARS },
  map: { kind: 'states', celac: 0, states: 0 },
  glossary: { kind: 'timeline', highlight: [] },
  about: { kind: 'timeline', highlight: [] },
  handout: { kind: 'timeline', highlight: ALL_YEARS },
  teach: { kind: 'timeline', highlight: ALL_YEARS },
} as const satisfies Record<PageKey, OgMotif>;

/** What the map card counts, from the data: CELAC's members among the states of the Americas. */
export interface StateCounts {
  celac: number;
  states: number;
}

/** Quotation marks inside a quoted title become single ones: “‘Nobody’s lackey’: …”. */
const nestQuotes = (s: string): string => s.replace(/“/g, '‘').replace(/”/g, '’');

/** og:image:alt: what the card shows, for readers of the preview who cannot see it. */
export function ogImageAlt(title: string, locale: Locale = DEFAULT_LOCALE): string {
  const { og } = dictionary(locale).tools;
  const { site } = dictionary(locale);
  return fill(og.alt, { site: site.title, title: nestQuotes(title), credit: creditLine(locale) });
}

export function pageCards(counts: StateCounts, locale: Locale = DEFAULT_LOCALE): OgCard[] {
  const words = dictionary(locale).tools.og.pages;
  return (Object.entries(PAGE_MOTIFS) as [PageKey, OgMotif][]).map(([page, motif]) => ({
    imagePath: ogPageImagePath(page, locale),
    kicker: words[page].kicker,
    title: words[page].title,
    motif: motif.kind === 'states' ? { kind: 'states', ...counts } : motif,
    locale,
  }));
}

export function chapterCard(
  c: { slug: string; number: number; total: number; title: string; years: readonly number[] },
  locale: Locale = DEFAULT_LOCALE,
): OgCard {
  return {
    imagePath: ogImagePath(chapterPath(c.slug, locale)),
    kicker: fill(dictionary(locale).tools.og.chapterKicker, { n: c.number, total: c.total }),
    title: c.title,
    motif: { kind: 'timeline', highlight: c.years },
    locale,
  };
}

/**
 * A timeline event's card, for the event's own page /timeline/<id>/ (crawlers drop the
 * fragment of /timeline/#id, so that address could only ever show the timeline's card).
 */
export function eventCard(e: { id: string; title: string; dateLabel: string; anchor: number }, locale: Locale = DEFAULT_LOCALE): OgCard {
  return {
    imagePath: ogImagePath(eventPagePath(e.id, locale)),
    kicker: fill(dictionary(locale).tools.og.eventKicker, { date: e.dateLabel }),
    title: e.title,
    motif: { kind: 'timeline', highlight: [e.anchor] },
    locale,
  };
}
