/**
 * English strings: the reader's tools (copy link, share and cite, theme, contents) and the
 * share cards. Build code reads them with dictionary(locale); the copy-link and share-control
 * scripts get theirs from attributes their components render, in the page's language only.
 */
import { site } from './site.ts';

export const tools = {
  copyLink: {
    /** The visible words of a copy button (its name is the label the caller gives). */
    link: 'Copy link',
    text: 'Copy',
    /** What the live region says once copied. */
    linkCopied: 'Link copied',
    textCopied: 'Copied',
    /** When the browser refuses the clipboard. */
    linkFailed: 'Copy this link: {url}',
    textFailed: 'Select the text to copy it',
  },
  share: {
    copyChapterLink: 'Copy link to this chapter',
    share: 'Share…',
    cite: 'Cite this chapter',
    plain: 'Plain text',
    bibtex: 'BibTeX',
    copyPlain: 'Copy the citation as plain text',
    copyBibtex: 'Copy the citation as BibTeX',
  },
  /**
   * Citations (lib/citation.ts). {title} and {original} arrive with their inner quotes made
   * single, {site} ends as a sentence, {authors} is the op-ed's authors as a list.
   */
  citation: {
    plain: '“{title}.” Chapter {number} in {site} A guided reading of {authors}’s “{original}” ({year}). {url}, accessed {date}.',
    howpublished: 'Chapter {number} of \\emph{{site}}, a guided reading of {authors}, “{original}” ({year})',
    note: 'Accessed {date}',
    /** What stands for the access date until the reader's script writes it. */
    unknownDate: '[date]',
    /** BibTeX's language field (written for every language but English, biblatex's default). */
    bibtexLanguage: 'english',
  },
  theme: {
    label: 'Theme',
    /** Said after the label to screen readers only. */
    hint: ' (colours)',
    auto: 'Auto',
    light: 'Light',
    dark: 'Dark',
    contrast: 'Projector',
  },
  toc: { title: 'In this chapter', questions: 'Questions for discussion' },
  /** Share cards (lib/og/ogCard.ts): the words on the 1200×630 images and their alt text. */
  og: {
    /** The year strip's last stop: every year after the op-ed. */
    since: 'Since',
    /** "Explaining Barkin & Betancourt (2022)". */
    credit: 'Explaining {authors} ({year})',
    /** Between the authors' family names in the credit line. */
    authorJoin: ' & ',
    alt: '{site}: “{title}”. {credit}.',
    chapterKicker: 'Chapter {n} of {total}',
    eventKicker: 'Timeline · {date}',
    inCelac: '{n} in CELAC',
    outsideCelac: '{n} outside it',
    /** The site's own pages: kicker and title paraphrase each page's heading (src/pages/). */
    pages: {
      // The site's name already heads every card; the home card's title says what it is.
      home: { kicker: 'A guided reading in chapters', title: site.tagline },
      timeline: { kicker: 'Timeline', title: 'The dates behind the argument, and what came after' },
      map: { kicker: 'Map', title: 'Who belongs where: CELAC and the OAS' },
      glossary: { kicker: 'Glossary', title: 'The terms the op-ed assumes you know' },
      about: { kicker: 'About', title: 'How this explainer was made' },
      handout: { kicker: 'Handout', title: 'The whole explainer, ready to print' },
      teach: { kicker: 'For teachers', title: 'A lesson from each chapter: goals, questions, an activity' },
    },
  },
} as const;
