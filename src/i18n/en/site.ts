/**
 * English strings: the site's frame (header, footer, navigation, the language switch) and the
 * pages' own words (home, chapter frame, timeline, map, glossary, event, handout, about, 404).
 * Long prose lives in content/pages/ instead.
 */
export const site = {
  title: 'Integration or Independence?',
  tagline: 'A guided reading of an op-ed on Mexico, CELAC, the OAS and the United States',
  anExplainer: 'an explainer',
  skipToContent: 'Skip to content',
  nav: { label: 'Site', chapters: 'Chapters', timeline: 'Timeline', map: 'Map', glossary: 'Glossary', about: 'About' },
  languages: {
    label: 'Language',
    /** The switch's accessible name, in the language it leads to. */
    readIn: 'Read this page in English',
    /** Shown on a page in another language when the reader last chose this one. */
    offer: 'This page is also in English.',
    offerLink: 'Read it in English',
    dismiss: 'No, thanks',
  },
  footer: {
    credit:
      'This site explains, in its own words, the op-ed {title} by {authors}, dated {date}. The argument is the authors’; the explanations, background boxes and fact checks are ours. Facts checked to {checked}.',
    and: ' and ',
    about: 'About this explainer and its sources',
    glossary: 'Glossary',
    handout: 'Printable handout',
  },
  chapterList: { meta: 'Chapter {n} · {minutes} min read' },
  chapterHeader: { kicker: 'Chapter {n} of {total} · {minutes} min read' },
  pagination: {
    label: 'Chapters',
    previous: '← Previous · Chapter {n}',
    next: 'Next · Chapter {n} →',
    last: 'Next →',
    about: 'About this explainer',
  },
  home: {
    lede: 'In an op-ed dated {month}, two scholars at Mexican universities, {authors}, asked which way Latin America should turn: towards closer economic ties with the United States, or towards a more independent path of its own. This site walks through their op-ed, {title}, one argument at a time, and explains the organisations, treaties and dates it assumes you already know.',
    description:
      'A chapter-by-chapter explainer of Barkin and Betancourt’s {year} op-ed on Mexico, CELAC, the OAS and integration with the United States.',
    kicker: 'An explainer · {chapters} chapters · about {minutes} minutes',
    chapters: 'Chapters',
    explore: 'Explore the evidence',
    timelineCard: 'Timeline, {span}',
    timelineCardText: 'The years the argument rests on, the events around them and what came after, each date checked against sources.',
    mapCard: 'Who belongs where',
    mapCardText: 'CELAC and OAS membership for all {states} independent states of the Americas, over time.',
    glossaryCard: 'Glossary',
    glossaryCardText: 'CELAC, OAS, USMCA, FTAA and the other acronyms, in plain words.',
  },
  notFound: {
    title: 'Page not found',
    description: 'This address does not match a page of the explainer. Here is the list of chapters instead.',
    heading: 'That page isn’t here',
    text: 'The link may have a typo, or the page may have moved. Every chapter of the explainer is listed below, or you can open the {timeline}, the {map} or the {home}.',
    timeline: 'timeline',
    map: 'membership map',
    home: 'home page',
  },
  glossary: {
    title: 'Glossary',
    description:
      'Plain-language definitions of CELAC, the OAS, USMCA/T-MEC, NAFTA/TLCAN, the FTAA/ALCA, Plan Mérida and other terms used in the explainer.',
    intro:
      'The acronyms and names the op-ed takes for granted. In each chapter, the first use of a term is underlined with dots: hover, focus or tap it for the short version, or follow it here.',
    also: 'Also: {names}.',
  },
  timelinePage: {
    title: 'Timeline, {span}',
    description:
      'The dated events behind the op-ed’s argument and what happened after it, with sources, fact checks and the chapters that discuss each.',
    intro:
      'Barkin and Betancourt build their argument on a handful of years: {years}. Here are the dated events around each of them, with their sources, the places where the record differs from the op-ed, and the chapters that discuss them. A tinted stretch at the end follows what happened after the op-ed’s date, {date}. Every event has its own address, so you can share a link that opens it.',
  },
  eventPage: {
    timeline: 'Timeline',
    position: '· event {n} of {total}',
    neighbours: 'Neighbouring events',
    earlier: '← Earlier · {date}',
    later: 'Later · {date} →',
  },
  mapPage: {
    title: 'Who belongs where: CELAC and the OAS',
    description:
      'Which of the {states} independent states of the Americas belong to CELAC, to the OAS, or to both, and how that changed from {since} on.',
    heading: 'Who belongs where',
    counts:
      'CELAC has {celac} members. {ratified} states have ratified the OAS Charter, the United States and Canada among them; as of {checked}, {takingPart} of them take a full part, and {notTakingPart} do not.',
    scripted:
      'Choose a date to see each state’s standing in both organisations, from the OAS’s founding in {since} to the day the statuses were last checked.',
    still: 'The map shows each state’s standing in both organisations on {date}, the day the article was published.',
    tableNote: 'The table under the map lists the same, and {histories}, at the end of this page, gives every change with its source.',
    historiesLink: 'each state’s history',
    histories: 'Each state’s history',
    historiesIntro:
      'Every change in each state’s standing in CELAC and the OAS since {since}, oldest first, with the public source it rests on.',
  },
  handout: {
    title: 'Handout: the whole explainer',
    description:
      'Every chapter of the explainer on one printable page, with discussion questions, notes and sources, the timeline and the membership table.',
    kicker: 'Handout · {chapters} chapters',
    credit:
      'An explainer of the op-ed {title} by {authors}, dated {date}. The argument belongs to the authors; the explanations, background boxes and fact checks were added by this site.',
    online: 'Online, with the interactive timeline and map: {link}',
    hint: 'Made for printing (A4 or Letter): each chapter starts on a new page.',
    contents: 'Contents',
    timeline: 'Timeline, {span}',
    timelineOnline: 'Online, with every event’s own link: {link}',
    membership: 'Who belongs where',
    membershipOnline: 'Online, as a map: {link}',
    chapterKicker: 'Chapter {n} of {total}',
    chapterOnline: 'Online: {link}',
    /** Names each chapter's questions region apart from the others on the one page. */
    chapterOf: 'chapter {n}',
  },
  about: {
    original: '{title}, an op-ed dated {date}, by:',
    title: 'About this explainer',
    description:
      'Who wrote the op-ed this site explains, how the explainer was made, how its facts were checked, and where its sources come from.',
    words: '{words} words',
  },
} as const;
