/**
 * English strings: a chapter's own parts (boxes, headings' link buttons, discussion questions,
 * the footnotes' heading) and the MDX components chapters use. Components read them with
 * `dictionary(localeOf(Astro.currentLocale)).chapter`.
 */
export const chapter = {
  /** The kicker above each marked box (Callout.astro). */
  kickers: {
    factcheck: 'Fact check',
    background: 'Background · not from the article',
    since: 'Since then',
    /** A since-then box's kicker with its date, written by lib/formatDate.ts. */
    sinceDated: 'Since then · {date}',
  },
  /**
   * The two bold labels every fact-check box opens its paragraphs with, written in the MDX
   * (tests/unit/translations.test.ts holds each language's boxes to them).
   */
  factCheckLabels: {
    claim: 'What the article says.',
    record: 'What the record shows.',
  },
  /** The # link and copy button beside a section heading (SectionHeading.astro). */
  heading: {
    link: 'Link to section “{text}”',
    copyLink: 'Copy link to section “{text}”',
  },
  /** DiscussionQuestions.astro. */
  questions: {
    heading: 'Questions for discussion',
  },
  /** The footnotes' heading (H2.astro puts it in place of the one astro.config.mjs sets for every page). */
  footnotesLabel: 'Notes and sources',
  /** A footnote's link back to where it is cited (A.astro); {ref} is the processor's number, "1" or "1-2". */
  backToReference: 'Back to reference {ref}',
} as const;
