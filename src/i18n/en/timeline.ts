/**
 * English strings: the timeline section. Event words (titles, summaries, fact checks) are
 * content (content/timeline/), not here.
 *
 * Who reads which part: `figure`, `axis`, `legend` and `list` are read at build time
 * (components/TimelineFigure.astro, TimelineList.astro, HandoutTimelineRef.astro,
 * figures/timelineData.ts, figures/timelineScale.ts); `island` travels as a prop to the
 * Timeline island and to EventPanel on an event's own page, so it holds only what they show.
 * `page` and `eventPage` are the words of /timeline/ and /timeline/<id>/, for the pages to use.
 */
export const timeline = {
  figure: {
    /** The figure's caption and accessible name: "Timeline, 2019 and 2021", "Timeline, 1848 to 2026". */
    caption: 'Timeline, {years}',
    /** Two anchor years, written out. */
    pair: '{first} and {second}',
    /** More than two anchor years (and the island's listbox), as a span. */
    span: '{first} to {last}',
    /** The listbox of events: "Events, 1848 to 2026". */
    listbox: 'Events, {span}',
  },
  axis: {
    /** A break between two stretches of the line, on the horizontal chart. */
    yearsOne: '1 year',
    yearsMany: '{n} years',
    /** The same break on the rows (phone), which read top to bottom. */
    yearsOneLater: '1 year later',
    yearsManyLater: '{n} years later',
    /** The stretch after the op-ed's date (the chart's band, the rows' split line). */
    afterOpEd: 'After the op-ed',
  },
  legend: {
    broken:
      'Each stretch of the line is drawn to its own scale; the top strip shows where it falls in real time, and a break (≈) marks the years left out.',
    toScale: 'The line is drawn to scale; the top strip shows where it falls in {span}.',
    after: 'The tinted stretch holds events after the op-ed’s date.',
    marks:
      'Filled circles are each year’s main event; a small gold dot marks a fact check. A circle without its title on the chart shows it when you point at it or move to it.',
    /** Closes the legend: "Choose an event, or use the arrow keys, Home and End." */
    keysOneYear: 'Choose an event, or use the arrow keys, Home and End.',
    keysYears: 'Choose an event, or use the arrow keys, Home and End; Page Up and Page Down jump a year.',
  },
  list: {
    afterOpEd: 'After the op-ed',
    afterOpEdIntro:
      'Events dated after {date}, the date the op-ed carries. The authors could not know them; they show where each thread of the argument went next.',
    /** A year split by the op-ed's date: its later part's heading, "2022, after the op-ed". */
    yearAfter: '{year}, after the op-ed',
  },
  handout: {
    /** Stands in for a chapter's timeline figure: "{what}: see {link} at the end of this handout." */
    what: 'Timeline',
    whatYears: 'Timeline, {years}',
    pointer: '{what}: see {link} at the end of this handout.',
    link: 'the timeline',
  },
  island: {
    /** The overview strip's caption: "Real time, 1848–2026". */
    realTime: 'Real time, {span}',
    afterOpEd: 'After the op-ed',
    /** Ends an option's accessible name when the event has a fact check. */
    factCheckNote: ' (fact check)',
    /** What the live region says when an event opens. */
    announcement: '{date}: {title}. {summary}',
    mainEventOf: ' · main event of {year}',
    factCheck: 'Fact check',
    source: 'Source',
    sources: 'Sources',
    inThisExplainer: 'In this explainer',
    discussedHere: 'Discussed in this chapter ({number}, {title})',
    readInChapter: 'Read in chapter {number}: {title}',
    onFullTimeline: 'See it on the full timeline',
    eventPage: 'A page for this event, to share',
    /** A slide's one line in place of the sources and notes (present mode). */
    onEventPage: 'Sources and notes on the event’s page',
    /** The panel's way back to the chart, on a phone where the chart is far above it. */
    backToChart: 'Back to the timeline',
    neighbours: 'Neighbouring events',
    previous: '← Previous event',
    next: 'Next event →',
    position: 'Event {n} of {total}',
    /** Over the chart's room while its script loads (shown after a moment, on wide screens only). */
    waiting: 'Drawing the chart…',
    /** The waiting note's link to the figure's list of events. */
    waitingList: 'Read the events as a list',
  },
} as const;
