/** English strings: the embed pages (/embed/…), the figures' share menu and its iframe code. */
export const embed = {
  /** The embed pages (src/views/EmbedView.astro): a short title over the figure alone. */
  page: {
    mapTitle: 'CELAC and OAS membership in the Americas',
    timelineTitle: 'Timeline: the events behind the op-ed',
    /** Meta description of an embed page (never indexed; shown by some hosts' link previews). */
    mapDescription: 'The membership map of CELAC and the OAS, from the explainer “{site}”, for use in another page.',
    timelineDescription: 'The timeline of the events behind the op-ed, from the explainer “{site}”, for use in another page.',
    /** The source line under the figure. */
    mapSource:
      'Source: “{site}”, an explainer of the op-ed by {authors}. Every change in a state’s standing rests on a public source; statuses checked on {checked}.',
    timelineSource:
      'Source: “{site}”, an explainer of the op-ed by {authors}. Every event rests on public sources, listed on its own page; facts checked on {checked}.',
    /** The link back to the full page, in the state the reader left the figure in. */
    openMap: 'Open the full map in the explainer',
    openTimeline: 'Open the full timeline in the explainer',
    /** Said after the link's words to screen readers: every link in an embed opens a new tab. */
    newTab: '(opens in a new tab)',
  },
  /** The `title` of the iframe a host pastes: what a screen reader announces for the frame. */
  iframeTitle: {
    map: 'Map of CELAC and OAS membership, from “{site}”',
    timeline: 'Timeline of the events behind the op-ed, from “{site}”',
  },
  /** "Share this figure" on /map/ and /timeline/ (src/components/FigureShare.astro). */
  share: {
    heading: 'Share this figure',
    copyMapLink: 'Copy link to the map as it is shown',
    copyTimelineLink: 'Copy link to the timeline as it is shown',
    embed: 'Embed',
    intro:
      'Paste this code into a course page, a blog or any page that accepts HTML. It shows the figure as it is now, with a link back here.',
    codeLabel: 'Embed code',
    copyCode: 'Copy the embed code',
    resize:
      'The frame’s height fits a column about 700 pixels wide; a host page that listens for messages receives {message} with the figure’s height whenever it changes, and can resize the frame to match.',
  },
} as const;
