/**
 * English strings: the data downloads (/data/…): the files' column notes, the sidecar README and
 * the "Download the data" links. The files are written by src/figures/dataExports.ts (the
 * README's text, each JSON file's `meta`), the links by src/components/DataDownloads.astro.
 * Column names are not words here: they are the files' stable keys, the same in every language.
 */
export const data = {
  /** The block on the map and timeline pages (and in their embeds). */
  block: {
    heading: 'Download the data',
    intro:
      'The facts behind this figure, as files for a spreadsheet or a program, with a source for every row. Free to reuse under {licence}.',
    /** Before the links when the block is compact (an embed). */
    compactLabel: 'Data:',
    /** A file's link: its format and its size ("CSV, 12 kB"). */
    link: '{format}, {size}',
    /** The sidecar's link; {size} is its size. */
    readme: 'What the columns mean, and how to cite ({size})',
    /** Said before a link to screen readers only, so "CSV" says which file. */
    fileOf: '{name}: ',
  },
  formats: { csv: 'CSV', json: 'JSON' },
  datasets: {
    membership: {
      /** The short name on the links. */
      name: 'Membership history',
      /** The file's title (JSON meta, the README, the citation). */
      title: 'CELAC and OAS membership of the {states} independent states of the Americas, {since}–{year}',
      description:
        'One row for each dated change in a state’s standing in CELAC or in the OAS, with the page that supports it: {rows} changes for {states} states.',
    },
    events: {
      name: 'Timeline events',
      title: 'Timeline of the dates behind the op-ed, {span}',
      description: 'One row for each event of the timeline, with the chapters that discuss it and its sources: {rows} events.',
    },
  },
  /** What each column holds, by its name (keep in sync with the columns in src/figures/dataExports.ts). */
  columns: {
    membership: {
      iso3: 'The state’s ISO 3166-1 alpha-3 code (ARG, BOL, …).',
      state: 'The state’s short name, in English.',
      organisation: 'Which organisation: celac or oas.',
      organisation_name: 'The organisation’s short name: CELAC or OAS.',
      date_from: 'When the standing began: YYYY-MM-DD, or YYYY when only the year is known.',
      date_to: 'When the next change replaced it, in the same form; empty while it still holds.',
      status: 'The standing, as a code (the values are listed below).',
      status_label: 'The standing, in words.',
      note: 'What happened, in this site’s words; empty when there is nothing to add.',
      source_title: 'The public page that supports the change: its title and its site.',
      source_url: 'That page’s address.',
      checked: 'The day (YYYY-MM-DD) this state’s statuses were last checked against their sources.',
    },
    events: {
      id: 'The event’s stable name: its address on the timeline ends with it.',
      date: 'When it happened: YYYY-MM-DD, YYYY-MM or YYYY, as precisely as the sources allow.',
      date_precision: 'How precise the date is: day, month or year.',
      until: 'For events that lasted, their last day (same form as date); otherwise empty.',
      anchor_year: 'Which of the op-ed’s anchor years the event belongs to.',
      main_event: 'true for the one main event of its anchor year, otherwise false.',
      title: 'A short headline.',
      summary: 'One or two sentences, in this site’s words.',
      note: 'More context, when there is some; otherwise empty.',
      fact_check: 'Where the op-ed’s account differs from the record, or what could not be checked; otherwise empty.',
      chapters: 'The chapters of the explainer that discuss the event, by their names in the address.',
      chapter_urls: 'The address of the part of each chapter that discusses it, in the same order.',
      page_url: 'The event’s own page on the timeline.',
      source_titles: 'The public sources of the event’s facts: each one’s title and site.',
      source_urls: 'Their addresses, in the same order as the titles.',
    },
  },
  /** The values of the coded columns. */
  values: {
    organisation: {
      celac: 'CELAC (Community of Latin American and Caribbean States)',
      oas: 'OAS (Organization of American States)',
    },
    precision: { day: 'the day is known', month: 'only the month is known', year: 'only the year is known' },
  },
  /** The sidecar README (README.txt), in reading order. */
  readme: {
    title: '{site}: the data behind the map and the timeline',
    intro:
      'These files hold the facts that the map and the timeline of {site} show, one fact per row, each with its public source. They are written from the site’s content every time the site is built, so they never disagree with its pages.',
    notOpEd:
      'The op-ed’s own text is not in the data. The titles, summaries and notes are this site’s own words, and the facts are public record.',
    filesHeading: 'Files',
    file: '{file}: {description}',
    formatHeading: 'How the files are written',
    csv: 'CSV files: UTF-8 with a byte order mark (so that Excel shows accented names correctly), comma-separated, one header row, fields in double quotes when they need them (RFC 4180).',
    json: 'JSON files: UTF-8; an object with "meta" (title, description, columns, the date last checked, licence, how to cite, the page the data comes from) and "records", one object per row with the same names as the CSV columns.',
    multiple:
      'A field with several values (an event’s chapters and sources) separates them with “ | ” in the CSV and is a list in the JSON; the first address belongs to the first title, and so on.',
    empty: 'An empty CSV field (null in the JSON) means there is nothing to say: no note, or no later change.',
    dates: 'Dates are written as in ISO 8601: YYYY-MM-DD, or fewer parts when only the month or the year is known.',
    columnsHeading: 'Columns of {file}',
    valuesHeading: 'Values of {column}',
    value: '{code}: {label}',
    checkedHeading: 'Last checked',
    checked: 'The membership statuses were last checked against their sources on {membership}; the timeline’s facts on {events}.',
    licenceHeading: 'Licence',
    licence:
      'The data and these notes are licensed under {licence} ({url}): you may copy, change and share them, also commercially, if you credit the source. The facts themselves are public record.',
    citeHeading: 'How to cite',
    cite: 'Cite each file with the page it comes from, for example:',
  },
  /** How to cite a file (README, JSON meta). */
  citation: '“{title}”, a data set from {site} (last checked {date}). {url}. Licence: {licence}.',
} as const;
