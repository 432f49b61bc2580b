/**
 * Every interface string the timeline island shows, in one place, so the Spanish edition is a
 * second copy of this object and nothing else. Event content (titles, summaries) comes from
 * content/timeline/events.yaml, not from here.
 */
export const TIMELINE_STRINGS = {
  mainEventOf: (year: number) => ` · main event of ${year}`,
  factCheck: 'Fact check',
  factCheckNote: ' (fact check)',
  source: 'Source',
  sources: 'Sources',
  inThisExplainer: 'In this explainer',
  discussedHere: (number: number, title: string) => `Discussed in this chapter (${number}, ${title})`,
  readInChapter: (number: number, title: string) => `Read in chapter ${number}: ${title}`,
  onFullTimeline: 'See it on the full timeline',
  eventPage: 'A page for this event, to share',
  /** A slide's one line in place of the sources and notes (present mode). */
  onEventPage: 'Sources and notes on the event’s page',
  /** The panel's way back to the chart, on a phone where the chart is far above it. */
  backToChart: 'Back to the timeline',
  neighbours: 'Neighbouring events',
  previous: '← Previous event',
  next: 'Next event →',
  position: (n: number, total: number) => `Event ${n} of ${total}`,
} as const;
