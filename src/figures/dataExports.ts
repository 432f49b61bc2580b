/**
 * The data downloads, from content to bytes: the membership history and the timeline events
 * as records (one per dated change, one per event), their columns, the CSV and JSON files and
 * the sidecar README, in one language. Pure: the endpoints (src/pages/_dataFiles.ts) and the
 * download links' sizes (src/components/DataDownloads.astro) get the same bytes from
 * dataFiles(), and tests/unit/dataExports.test.ts feeds it the YAML files directly.
 */
import { stringify } from 'csv-stringify/sync';
import type { MembershipState } from '../schemas/membership';
import type { TimelineEvent } from '../schemas/timelineEvent';
import { dictionary } from '../i18n';
import { eventInstant } from '../lib/eventDate';
import { fill } from '../lib/fill';
import { datePrecision, formatDate, type DatePrecision } from '../lib/formatDate';
import { INTL_LOCALE, LOCALE_INFO, type Locale } from '../lib/locales';
import { MEMBERSHIP_STATUSES, ORGANISATIONS, type MembershipStatus, type Organisation } from '../lib/membershipVocabulary';
import { absoluteUrl, dataFilePath, dataReadmePath, eventPagePath, pagePath, type DataFormat, type Dataset } from '../lib/urls';

/** The licence of the data and its notes (the facts themselves are public record). Keep in sync with README.md, "Data". */
export const LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/** The columns, in file order: the files' stable keys, the same in every language (their meanings: src/i18n/<locale>/data.ts). */
export const MEMBERSHIP_COLUMNS = [
  'iso3',
  'state',
  'organisation',
  'organisation_name',
  'date_from',
  'date_to',
  'status',
  'status_label',
  'note',
  'source_title',
  'source_url',
  'checked',
] as const;

export const EVENT_COLUMNS = [
  'id',
  'date',
  'date_precision',
  'until',
  'anchor_year',
  'main_event',
  'title',
  'summary',
  'note',
  'fact_check',
  'chapters',
  'chapter_urls',
  'page_url',
  'source_titles',
  'source_urls',
] as const;

type Cell = string | number | boolean | null | readonly string[];

/** A record type that has a value for every column of `C` (a missing column fails astro check). */
type WithColumns<C extends readonly string[], T extends Record<C[number], Cell>> = T;

export type MembershipRecord = WithColumns<
  typeof MEMBERSHIP_COLUMNS,
  {
    iso3: string;
    state: string;
    organisation: Organisation;
    organisation_name: string;
    date_from: string;
    date_to: string | null;
    status: MembershipStatus;
    status_label: string;
    note: string | null;
    source_title: string;
    source_url: string;
    checked: string;
  }
>;

export type EventRecord = WithColumns<
  typeof EVENT_COLUMNS,
  {
    id: string;
    date: string;
    date_precision: DatePrecision;
    until: string | null;
    anchor_year: number;
    main_event: boolean;
    title: string;
    summary: string;
    note: string | null;
    fact_check: string | null;
    chapters: string[];
    chapter_urls: string[];
    page_url: string;
    source_titles: string[];
    source_urls: string[];
  }
>;

/** Between the values of a list in a CSV field (a list in the JSON). No title in the content contains it (the unit test checks). */
export const LIST_SEPARATOR = ' | ';

/** An event as the downloads need it: the content's event in the file's language and the chapters that discuss it. */
export interface ExportEvent {
  event: TimelineEvent;
  /** In reading order: the chapter's slug in this language and the address of the section that discusses the event. */
  chapters: readonly { slug: string; href: string }[];
}

export interface DataInput {
  locale: Locale;
  /** The deployed site (Astro.site): every address in the files is absolute. */
  site: URL | string;
  /** The states in this language's words (content.ts getMembershipStates). */
  states: readonly MembershipState[];
  /** The events in this language's words (content.ts getEvents). */
  events: readonly ExportEvent[];
  /** 'YYYY-MM-DD': the day the timeline's facts were last checked (site.ts FACTS_CHECKED). */
  eventsChecked: string;
}

export function membershipRecords(states: readonly MembershipState[], locale: Locale): MembershipRecord[] {
  const words = dictionary(locale).map;
  const collator = new Intl.Collator(INTL_LOCALE[locale]);
  return [...states]
    .sort((a, b) => collator.compare(a.name, b.name))
    .flatMap((s) =>
      ORGANISATIONS.flatMap((org) =>
        s[org].map((change, i) => ({
          iso3: s.iso3,
          state: s.name,
          organisation: org,
          organisation_name: words.organisations[org],
          date_from: change.date,
          // A status holds until the next change (src/schemas/membership.ts).
          date_to: s[org][i + 1]?.date ?? null,
          status: change.status,
          status_label: words.statuses[change.status],
          note: change.note ?? null,
          source_title: change.source.title,
          source_url: change.source.url,
          checked: s.checked,
        })),
      ),
    );
}

export function eventRecords(events: readonly ExportEvent[], locale: Locale, site: URL | string): EventRecord[] {
  return [...events]
    .sort((a, b) => eventInstant(a.event.date) - eventInstant(b.event.date) || a.event.id.localeCompare(b.event.id))
    .map(({ event: e, chapters }) => ({
      id: e.id,
      date: e.date,
      date_precision: datePrecision(e.date),
      until: e.until ?? null,
      anchor_year: e.anchor,
      main_event: e.main,
      title: e.title,
      summary: e.summary,
      note: e.note ?? null,
      fact_check: e.factCheck ?? null,
      chapters: chapters.map((c) => c.slug),
      chapter_urls: chapters.map((c) => absoluteUrl(c.href, site)),
      page_url: absoluteUrl(eventPagePath(e.id, locale), site),
      source_titles: e.sources.map((s) => s.title),
      // The op-ed's own source is a page of this site ("/about/#original"): absolute, like the rest.
      source_urls: e.sources.map((s) => absoluteUrl(s.url, site)),
    }));
}

/** RFC 4180 (CRLF, quotes where needed), UTF-8 with a byte order mark: Excel reads a CSV without one as the system's code page and garbles “México”. */
export function toCsv(columns: readonly string[], records: readonly Readonly<Record<string, Cell>>[]): string {
  const cell = (v: Cell): string => (v === null ? '' : Array.isArray(v) ? v.join(LIST_SEPARATOR) : String(v));
  return stringify(
    records.map((r) => columns.map((c) => cell(r[c] ?? null))),
    // With a record_delimiter set, csv-stringify no longer quotes a field holding a line break unless told (RFC 4180 requires it).
    { header: true, columns: [...columns], bom: true, record_delimiter: 'windows', quote_record_delimiter: true },
  );
}

/** A file the site publishes: where it goes, what it holds, and its size as the links state it. */
export interface DataFile {
  path: string;
  dataset: Dataset | 'readme';
  format: DataFormat | 'txt';
  contentType: string;
  body: string;
  /** The body's length in UTF-8 bytes (what a reader downloads, before any compression). */
  bytes: number;
}

const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json', txt: 'text/plain; charset=utf-8' } as const;

const file = (path: string, dataset: DataFile['dataset'], format: DataFile['format'], body: string): DataFile => ({
  path,
  dataset,
  format,
  contentType: CONTENT_TYPES[format],
  body,
  bytes: new TextEncoder().encode(body).length,
});

/** What a file says about itself: the JSON's `meta` and the README's words come from here. */
export interface DatasetMeta {
  title: string;
  description: string;
  language: string;
  page: string;
  readme: string;
  last_checked: string;
  licence: { name: string; url: string };
  citation: string;
  columns: { name: string; description: string }[];
  records: number;
}

const yearOf = (date: string): number => Number(date.slice(0, 4));

function metaOf(dataset: Dataset, input: DataInput, rows: number): DatasetMeta {
  const { locale, site } = input;
  const t = dictionary(locale);
  const words = t.data.datasets[dataset];
  const checked = dataset === 'membership' ? membershipChecked(input.states) : input.eventsChecked;
  const changes = input.states.flatMap((s) => [...s.celac, ...s.oas]);
  const years = input.events.flatMap(({ event: e }) => [e.date, e.until ?? e.date]).map(yearOf);
  // Every number in a title is the data's: the states, the earliest change, the timeline's span.
  const title =
    dataset === 'membership'
      ? fill(words.title, { states: input.states.length, since: Math.min(...changes.map((c) => yearOf(c.date))), year: yearOf(checked) })
      : fill(words.title, { span: `${Math.min(...years)}–${Math.max(...years)}` });
  const page = absoluteUrl(pagePath(dataset === 'membership' ? 'map' : 'timeline', locale), site);
  const columns = dataset === 'membership' ? MEMBERSHIP_COLUMNS : EVENT_COLUMNS;
  const described: Readonly<Record<string, string>> = t.data.columns[dataset];
  return {
    title,
    description: fill(words.description, { rows, states: input.states.length }),
    language: LOCALE_INFO[locale].hreflang,
    page,
    readme: absoluteUrl(dataReadmePath(locale), site),
    last_checked: checked,
    licence: { ...LICENCE },
    citation: fill(t.data.citation, {
      title,
      site: t.site.title,
      date: formatDate(checked, { locale }),
      url: page,
      licence: LICENCE.name,
    }),
    columns: columns.map((name) => ({ name, description: described[name] ?? '' })),
    records: rows,
  };
}

/** The earliest day any state was last checked (as content.ts getMembershipCounts reads it). */
const membershipChecked = (states: readonly MembershipState[]): string => states.map((s) => s.checked).sort()[0] ?? '';

/** Every file of one language: each dataset as CSV and JSON, then the README that describes them. */
export function dataFiles(input: DataInput): DataFile[] {
  const { locale, site } = input;
  const sets = [
    { dataset: 'membership' as const, columns: MEMBERSHIP_COLUMNS, records: membershipRecords(input.states, locale) },
    { dataset: 'events' as const, columns: EVENT_COLUMNS, records: eventRecords(input.events, locale, site) },
  ];
  const metas = sets.map((s) => metaOf(s.dataset, input, s.records.length));
  const files = sets.flatMap((s, i) => [
    file(dataFilePath(s.dataset, 'csv', locale), s.dataset, 'csv', toCsv(s.columns, s.records)),
    file(
      dataFilePath(s.dataset, 'json', locale),
      s.dataset,
      'json',
      `${JSON.stringify({ meta: metas[i], records: s.records }, null, 2)}\n`,
    ),
  ]);
  return [...files, file(dataReadmePath(locale), 'readme', 'txt', readmeText(input, metas as [DatasetMeta, DatasetMeta]))];
}

const WIDTH = 78;

/** A paragraph broken into lines of at most WIDTH characters, every line after the first indented by `hang`. */
function wrap(text: string, indent = '', hang = indent): string {
  const lines: string[] = [];
  let line = indent;
  for (const word of text.split(/\s+/)) {
    const lead = lines.length === 0 ? indent : hang;
    if (line.length > lead.length && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = hang + word;
    } else line = line.length > lead.length ? `${line} ${word}` : line + word;
  }
  return [...lines, line].join('\n');
}

const heading = (text: string, rule = '-'): string => `${text}\n${rule.repeat(text.length)}`;
const fileName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/**
 * The sidecar (README.txt, LEAME.txt): plain text any computer opens, with a byte order mark
 * (as the CSVs) so that a browser or a text editor reads its accents as UTF-8 whatever the host says.
 */
function readmeText(input: DataInput, [membership, events]: [DatasetMeta, DatasetMeta]): string {
  const { locale } = input;
  const t = dictionary(locale);
  const r = t.data.readme;
  const site = t.site.title;
  const names = (dataset: Dataset): string => (['csv', 'json'] as const).map((f) => fileName(dataFilePath(dataset, f, locale))).join(', ');
  const columnList = (meta: DatasetMeta): string => {
    const width = Math.max(...meta.columns.map((c) => c.name.length)) + 2;
    return meta.columns.map((c) => wrap(c.description, `  ${c.name.padEnd(width)}`, ' '.repeat(width + 2))).join('\n');
  };
  const values = (column: string, pairs: readonly (readonly [string, string])[]): string =>
    `${heading(fill(r.valuesHeading, { column }))}\n\n${pairs.map(([code, label]) => wrap(fill(r.value, { code, label }), '  ', '    ')).join('\n')}`;
  const sections = [
    heading(fill(r.title, { site }), '='),
    wrap(fill(r.intro, { site })),
    wrap(r.notOpEd),
    heading(r.filesHeading),
    [membership, events]
      .map((m, i) =>
        wrap(fill(r.file, { file: names(i === 0 ? 'membership' : 'events'), description: `${m.title}. ${m.description}` }), '  ', '    '),
      )
      .join('\n'),
    heading(r.formatHeading),
    [r.csv, r.json, r.multiple, r.empty, r.dates].map((p) => wrap(p, '  ', '  ')).join('\n\n'),
    heading(fill(r.columnsHeading, { file: names('membership') })),
    columnList(membership),
    values(
      'organisation',
      ORGANISATIONS.map((o) => [o, t.data.values.organisation[o]] as const),
    ),
    values(
      'status',
      MEMBERSHIP_STATUSES.map((s) => [s, t.map.statuses[s]] as const),
    ),
    heading(fill(r.columnsHeading, { file: names('events') })),
    columnList(events),
    values(
      'date_precision',
      (['day', 'month', 'year'] as const).map((p) => [p, t.data.values.precision[p]] as const),
    ),
    heading(r.checkedHeading),
    wrap(
      fill(r.checked, {
        membership: `${formatDate(membership.last_checked, { locale })} (${membership.last_checked})`,
        events: `${formatDate(events.last_checked, { locale })} (${events.last_checked})`,
      }),
    ),
    heading(r.licenceHeading),
    wrap(fill(r.licence, { licence: LICENCE.name, url: LICENCE.url })),
    heading(r.citeHeading),
    [wrap(r.cite), ...[membership, events].map((m) => wrap(m.citation, '  ', '  '))].join('\n\n'),
  ];
  return `\uFEFF${sections.join('\n\n')}\n`;
}
