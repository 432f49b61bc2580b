/**
 * English strings: the membership map (the island src/islands/map/, its figure
 * src/components/MembershipMapFigure.astro, the handout's stand-in HandoutMapRef.astro). The
 * island gets this section as its `strings` prop; lib/map/mapModel.ts builds the date steps and
 * the live region's sentences from it. Country and territory names are data, not strings here.
 */
export const map = {
  /** The figure's caption; the counts come from the data. */
  caption: 'Who belongs where: CELAC ({celac} members) and the OAS ({oasRatified} states have ratified its Charter), state by state',
  /** Short names, as the table's columns, the tooltip and the histories print them. */
  organisations: { celac: 'CELAC', oas: 'OAS' },
  /** The legend's categories (lib/mapCategories.ts), in legend order; a sentence lowercases the first letter. */
  categories: {
    both: 'In both CELAC and the OAS',
    'celac-only': 'In CELAC, not taking part in the OAS',
    'oas-only': 'In the OAS, not taking part in CELAC',
    irregular: 'Suspended, excluded, leaving or disputed',
    none: 'In neither organisation',
  },
  /** A state's standing in one organisation (lib/membershipVocabulary.ts), short enough for a table cell. */
  statuses: {
    'founding-member': 'Founding member',
    member: 'Member',
    suspended: 'Suspended',
    excluded: 'Excluded from taking part',
    'not-participating': 'Not taking part',
    'withdrawal-notified': 'Leaving (notice given)',
    withdrawn: 'Withdrawn',
    disputed: 'Disputed',
    none: 'Not a member',
  },
  /** The date control (DateControl.tsx) and the stops' labels (mapModel.ts, dateSteps). */
  date: {
    /** Above the slider; {date} is set in bold. */
    showing: 'Showing {date}',
    slider: 'Date shown on the map',
    play: 'Play',
    pause: 'Pause',
    article: '{date}, the article’s date',
    checked: 'As of {date}, when the statuses were last checked',
    /** A tick under the slider in two lines: "13 Apr" over "2022". */
    tick: '{day}\n{year}',
    /** A tick on phones: the year's last two digits. */
    shortYear: '’{yy}',
  },
  hint: 'Tab into the map, move from state to state with the arrow keys, and press Enter for a state’s history.',
  panels: {
    overviewTitle: 'The Americas',
    overviewLabel: 'Map of the Americas: CELAC and OAS membership on {date}',
    insetTitle: 'Central America, the Caribbean and the Guianas, enlarged',
    insetLabel: 'Enlarged map of Central America, the Caribbean and the Guianas on {date}',
    /** Drawn on the overview, in the frame round the enlarged area. */
    enlarged: 'Enlarged',
    /** Drawn over the column of small islands beside the enlargement. */
    callout: 'Eastern Caribbean',
    /** Phones: over the key of small islands under the enlargement. */
    compactKey: 'Eastern Caribbean, framed on the map',
  },
  legend: {
    title: 'States on {date}',
    /** After each count, for screen readers ("3 states"), by Intl.PluralRules category. */
    units: { one: 'state', other: 'states' },
    territory: 'Territory, not a state of either',
    more: 'Territories and sources',
    territories: 'Drawn as territories: {list}.',
    territoryItem: '{name} ({note})',
    checked: 'Statuses were last checked against their sources on {date}; each state’s history lists them.',
  },
  tooltip: { hint: 'Click, tap or press Enter for its history' },
  table: {
    caption: 'CELAC and OAS membership of the {count} independent states of the Americas on {date}',
    /** The first and last columns (the middle two are the organisations). */
    state: 'State',
    category: 'On the map',
    /** The fold round the table inside a chapter. */
    fold: 'All {count} states, as a table',
  },
  details: {
    /** The panel's name before a state is chosen. */
    label: 'State history',
    hint: 'Choose a state on the map, or its name in the table, to see its history in CELAC and the OAS, with a source for every change.',
    summary: '{category} on {date}.',
    /** After the change in force, in brackets. */
    inForce: 'in force on the date shown',
    source: 'Source:',
    never: {
      celac:
        'Never a member: CELAC brings together the states of Latin America and the Caribbean and leaves out the United States and Canada.',
      oas: 'Never a member.',
    },
  },
  /** The live region (mapModel.ts, announceState and announceDate). */
  announce: {
    state: '{name}, {category} on {date}. {standing}',
    standing: 'CELAC: {celac}. OAS: {oas}.',
    date: 'Showing {date}: {counts}.',
    count: '{count} {category}',
  },
  /** The handout's stand-in for a chapter's map (HandoutMapRef.astro); {link} is the link's text. */
  handout: {
    ref: 'Membership of CELAC and the OAS: see {link} at the end of this handout.',
    link: 'who belongs where',
  },
} as const;
