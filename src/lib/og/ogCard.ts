/**
 * What a link-preview card says, and where its image lives. Pure data: the layout is
 * ogLayout.ts, the PNG rendering ogRender.ts, and the route src/pages/og/[...slug].png.ts
 * feeds these builders from the content queries.
 */
import { OP_ED_YEARS, SINCE_YEARS } from '../anchorYears';
import { ORIGINAL, SITE } from '../../site';
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

/** The strip: the op-ed's six years, then one stop for what came after ("Since"). */
export const STRIP: readonly StripStop[] = [
  ...OP_ED_YEARS.map((y) => ({ label: String(y), years: [y] })),
  { label: 'Since', years: SINCE_YEARS },
];

export interface OgCard {
  /** Path of the PNG under the site root, e.g. "/og/chapters/nobodys-lackey.png". */
  imagePath: string;
  /** Small line above the title: "Chapter 2 of 7", "Timeline · 2 February 1848". */
  kicker: string;
  title: string;
  motif: OgMotif;
}

/**
 * "Explaining Barkin & Betancourt (2022)", built from ORIGINAL so the credit never drifts.
 * The family name is the last word of each name: true of both authors (see site.ts).
 */
export const CREDIT_LINE = `Explaining ${ORIGINAL.authors.map((a) => a.name.split(' ').at(-1)).join(' & ')} (${ORIGINAL.date.slice(0, 4)})`;

export const ALL_YEARS: readonly number[] = STRIP.flatMap((s) => s.years);

/**
 * The site's own pages with a card of their own (lib/urls.ts, ogImagePath); any other page (404)
 * shares the home card.
 * Kicker and title paraphrase each page's heading: keep in sync with src/pages/*.astro.
 */
export const PAGE_CARDS = {
  // The site's name already heads every card; the home card's title says what it is.
  home: { kicker: 'A guided reading in chapters', title: SITE.tagline, motif: { kind: 'timeline', highlight: ALL_YEARS } },
  timeline: {
    kicker: 'Timeline',
    title: 'The dates behind the argument, and what came after',
    motif: { kind: 'timeline', highlight: ALL_YEARS },
  },
  map: { kicker: 'Map', title: 'Who belongs where: CELAC and the OAS', motif: { kind: 'states', celac: 0, states: 0 } },
  glossary: { kicker: 'Glossary', title: 'The terms the op-ed assumes you know', motif: { kind: 'timeline', highlight: [] } },
  about: { kicker: 'About', title: 'How this explainer was made', motif: { kind: 'timeline', highlight: [] } },
  handout: { kicker: 'Handout', title: 'The whole explainer, ready to print', motif: { kind: 'timeline', highlight: ALL_YEARS } },
} as const satisfies Record<PageKey, { kicker: string; title: string; motif: OgMotif }>;

/** What the map card counts, from the data: CELAC's members among the states of the Americas. */
export interface StateCounts {
  celac: number;
  states: number;
}

/** Quotation marks inside a quoted title become single ones: “‘Nobody’s lackey’: …”. */
const nestQuotes = (s: string): string => s.replace(/“/g, '‘').replace(/”/g, '’');

/** og:image:alt: what the card shows, for readers of the preview who cannot see it. */
export function ogImageAlt(title: string): string {
  return `${SITE.title}: “${nestQuotes(title)}”. ${CREDIT_LINE}.`;
}

export function pageCards(counts: StateCounts): OgCard[] {
  return (Object.entries(PAGE_CARDS) as [PageKey, (typeof PAGE_CARDS)[PageKey]][]).map(([page, c]) => ({
    imagePath: ogPageImagePath(page),
    kicker: c.kicker,
    title: c.title,
    motif: c.motif.kind === 'states' ? { kind: 'states', ...counts } : c.motif,
  }));
}

export function chapterCard(c: { slug: string; number: number; total: number; title: string; years: readonly number[] }): OgCard {
  return {
    imagePath: ogImagePath(chapterPath(c.slug)),
    kicker: `Chapter ${c.number} of ${c.total}`,
    title: c.title,
    motif: { kind: 'timeline', highlight: c.years },
  };
}

/**
 * A timeline event's card, for the event's own page /timeline/<id>/ (crawlers drop the
 * fragment of /timeline/#id, so that address could only ever show the timeline's card).
 */
export function eventCard(e: { id: string; title: string; dateLabel: string; anchor: number }): OgCard {
  return {
    imagePath: ogImagePath(eventPagePath(e.id)),
    kicker: `Timeline · ${e.dateLabel}`,
    title: e.title,
    motif: { kind: 'timeline', highlight: [e.anchor] },
  };
}
