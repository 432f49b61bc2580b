import { formatDate } from './lib/formatDate';

/**
 * Site-wide copy and credits. The original article's metadata lives here once, so the
 * footer, the about page, share cards and citations never disagree.
 */

/** The date the op-ed carries. */
const OP_ED_DATE = '2022-04-13';

/** The op-ed this site explains (source text: ../shared/source/article.txt). */
export const ORIGINAL = {
  // Double quotes mark the article's own title as a quotation for the paraphrase check
  // (../shared/tools/paraphrase-check.mjs); Prettier would make them single.
  // prettier-ignore
  title: "Integration with the United States or Latin American Independence?",
  date: OP_ED_DATE,
  dateLabel: formatDate(OP_ED_DATE),
  authors: [
    { name: 'David Barkin', affiliation: 'Universidad Autónoma Metropolitana, Mexico City' },
    { name: 'Alberto Betancourt', affiliation: 'Universidad Nacional Autónoma de México (UNAM)' },
  ],
} as const;

/**
 * The day the site's facts (chapters, timeline, membership) were last checked against their
 * sources. Pages say "facts checked to …"; nothing may be stated as current that was no
 * longer true on this day (content/WRITERS-BRIEF.md, rule 6). Keep it no earlier than every
 * state's `checked` in content/membership/states.yaml (tests/unit/membershipSchema.test.ts).
 */
const CHECKED_DATE = '2026-12-01';
export const FACTS_CHECKED = { date: CHECKED_DATE, label: formatDate(CHECKED_DATE) } as const;

export const AUTHORS_LINE = ORIGINAL.authors.map((a) => a.name).join(' and ');
