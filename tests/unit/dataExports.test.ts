import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import {
  dataFiles,
  EVENT_COLUMNS,
  eventRecords,
  LICENCE,
  LIST_SEPARATOR,
  MEMBERSHIP_COLUMNS,
  membershipRecords,
  toCsv,
  type DataInput,
  type DatasetMeta,
  type ExportEvent,
} from '../../src/figures/dataExports';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { eventInstant } from '../../src/lib/eventDate';
import { formatDate } from '../../src/lib/formatDate';
import { LOCALES, type Locale } from '../../src/lib/locales';
import { ORGANISATIONS } from '../../src/lib/membershipVocabulary';
import { statusOnDate, takesPart } from '../../src/lib/membershipStatus';
import { eventInLanguage, stateInLanguage } from '../../src/lib/translatedContent';
import { chapterPath, dataFilePath, dataReadmePath, eventPagePath } from '../../src/lib/urls';
import type { MembershipState } from '../../src/schemas/membership';
import { FACTS_CHECKED } from '../../src/site';
import { eventWords, membershipStates, stateWords, timelineEvents } from '../support/contentData';

/**
 * The downloadable files against the content they are written from (content/membership,
 * content/timeline and the Spanish words), read here straight from the YAML: every state and
 * every dated change once, every event once with its chapters and sources, in each language.
 */
const SITE = 'https://example.org/';
const WORDS = { en, es } as const;

/** An English chapter's slug → its slug in `locale` (content/<locale>/chapters/*.mdx, translationOf). */
function chapterSlugs(locale: Locale): Map<string, string> {
  if (locale === 'en') return new Map(readdirSync('content/chapters').map((f) => [f.replace(/\.mdx$/, ''), f.replace(/\.mdx$/, '')]));
  const dir = `content/${locale}/chapters`;
  return new Map(
    readdirSync(dir).map((f) => {
      const of = /^translationOf:\s*(\S+)/m.exec(readFileSync(`${dir}/${f}`, 'utf8'))?.[1];
      if (!of) throw new Error(`${dir}/${f}: no translationOf`);
      return [of, f.replace(/\.mdx$/, '')];
    }),
  );
}

function statesIn(locale: Locale): MembershipState[] {
  if (locale === 'en') return membershipStates();
  const words = new Map(stateWords(locale).map((w) => [w.iso3, w]));
  return membershipStates().map((s) => stateInLanguage(s, words.get(s.iso3), 'test'));
}

function eventsIn(locale: Locale): ExportEvent[] {
  const words = new Map(locale === 'en' ? [] : eventWords(locale).map((w) => [w.id, w]));
  const slugs = chapterSlugs(locale);
  return timelineEvents().map((e) => ({
    event: locale === 'en' ? e : eventInLanguage(e, words.get(e.id), 'test'),
    chapters: e.chapters.map((c) => ({ slug: slugs.get(c) ?? c, href: chapterPath(slugs.get(c) ?? c, locale) })),
  }));
}

const inputFor = (locale: Locale): DataInput => ({
  locale,
  site: SITE,
  states: statesIn(locale),
  events: eventsIn(locale),
  eventsChecked: FACTS_CHECKED.date,
});

const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

describe.each(LOCALES)('the data files in %s', (locale) => {
  const input = inputFor(locale);
  const words = WORDS[locale];
  const states = input.states;
  const rows = membershipRecords(states, locale);
  const events = eventRecords(input.events, locale, SITE);
  const files = dataFiles(input);
  const fileAt = (path: string) => {
    const f = files.find((x) => x.path === path);
    if (!f) throw new Error(`no file at ${path}`);
    return f;
  };

  it('has one membership row per dated change of every state, each once', () => {
    const fromContent = states.flatMap((s) => ORGANISATIONS.flatMap((o) => s[o].map((c) => `${s.iso3} ${o} ${c.date}`)));
    const fromRows = rows.map((r) => `${r.iso3} ${r.organisation} ${r.date_from}`);
    expect(new Set(rows.map((r) => r.iso3)).size).toBe(35);
    expect(fromRows).toHaveLength(new Set(fromRows).size);
    expect(new Set(fromRows)).toEqual(new Set(fromContent));
  });

  it('carries each change’s status, note, source and the next change’s date as it stands in the content', () => {
    for (const s of states)
      for (const o of ORGANISATIONS)
        s[o].forEach((c, i) => {
          const row = rows.find((r) => r.iso3 === s.iso3 && r.organisation === o && r.date_from === c.date);
          expect(row).toEqual({
            iso3: s.iso3,
            state: s.name,
            organisation: o,
            organisation_name: words.map.organisations[o],
            date_from: c.date,
            date_to: s[o][i + 1]?.date ?? null,
            status: c.status,
            status_label: words.map.statuses[c.status],
            note: c.note ?? null,
            source_title: c.source.title,
            source_url: c.source.url,
            checked: s.checked,
          });
        });
  });

  it('gives the counts the site prints, read back from the rows alone', () => {
    // As content.ts getMembershipCounts computes them from the content.
    const checked = states.map((s) => s.checked).sort()[0] ?? '';
    const celac = states.filter((s) => s.celac.length > 0 && s.celac.at(-1)?.status !== 'withdrawn').length;
    const oasTakingPart = states.filter((s) => s.oas.length > 0 && takesPart(statusOnDate(s.oas, checked))).length;
    const current = rows.filter((r) => r.date_to === null);
    expect(current.filter((r) => r.organisation === 'celac' && r.status !== 'withdrawn')).toHaveLength(celac);
    expect(new Set(rows.filter((r) => r.organisation === 'oas').map((r) => r.iso3)).size).toBe(
      states.filter((s) => s.oas.length > 0).length,
    );
    expect(current.filter((r) => r.organisation === 'oas' && takesPart(r.status))).toHaveLength(oasTakingPart);
  });

  it('writes the state names in the file’s language', () => {
    const names = new Map(states.map((s) => [s.iso3, s.name]));
    expect(rows.every((r) => r.state === names.get(r.iso3))).toBe(true);
    if (locale === 'es') expect(rows.find((r) => r.iso3 === 'BLZ')?.state).toBe('Belice');
  });

  it('has every event once, in date order, with ISO dates, its page, chapters and every source', () => {
    expect(events.map((e) => e.id).sort()).toEqual(
      timelineEvents()
        .map((e) => e.id)
        .sort(),
    );
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    for (const { event: e, chapters } of input.events) {
      const record = events.find((r) => r.id === e.id);
      expect(record?.date).toMatch(ISO_DATE);
      expect(record?.date).toBe(e.date);
      expect(record?.until).toBe(e.until ?? null);
      if (record?.until) expect(record.until).toMatch(ISO_DATE);
      expect(record?.date_precision).toBe(e.date.length === 4 ? 'year' : e.date.length === 7 ? 'month' : 'day');
      expect(record?.title).toBe(e.title);
      expect(record?.summary).toBe(e.summary);
      expect(record?.page_url).toBe(new URL(eventPagePath(e.id, locale), SITE).href);
      expect(record?.chapters).toEqual(chapters.map((c) => c.slug));
      expect(record?.chapter_urls.every((u, i) => u.startsWith(new URL(chapterPath(chapters[i]?.slug ?? '', locale), SITE).href))).toBe(
        true,
      );
      expect(record?.source_titles).toEqual(e.sources.map((s) => s.title));
      expect(record?.source_urls).toEqual(e.sources.map((s) => new URL(s.url, SITE).href));
    }
    const instants = events.map((e) => eventInstant(e.date));
    expect(instants).toEqual([...instants].sort((a, b) => a - b));
  });

  it('keeps the Spanish sources after the English ones in Spanish', () => {
    if (locale !== 'es') return;
    const original = new Map(timelineEvents().map((e) => [e.id, e.sources.filter((s) => !s.url.startsWith('/')).map((s) => s.url)]));
    for (const e of events) expect(e.source_urls.slice(0, original.get(e.id)?.length)).toEqual(original.get(e.id));
    expect(events.some((e) => e.source_urls.length > (original.get(e.id)?.length ?? 0))).toBe(true);
  });

  it('never has the list separator inside a value that the CSV joins with it', () => {
    for (const e of events)
      for (const v of [...e.chapters, ...e.chapter_urls, ...e.source_titles, ...e.source_urls])
        expect(v).not.toContain(LIST_SEPARATOR.trim());
  });

  it('writes CSV that csv-parse reads back to the same records, with a BOM and CRLF', () => {
    const csv = fileAt(dataFilePath('membership', 'csv', locale)).body;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\n')[0]).toMatch(/\r$/);
    const parsed = parseCsv<Record<string, string>>(csv, { bom: true, columns: true });
    expect(Object.keys(parsed[0] ?? {})).toEqual([...MEMBERSHIP_COLUMNS]);
    expect(parsed).toEqual(rows.map((r) => Object.fromEntries(MEMBERSHIP_COLUMNS.map((c) => [c, r[c] ?? '']))));
    const ev = parseCsv<Record<string, string>>(fileAt(dataFilePath('events', 'csv', locale)).body, { bom: true, columns: true });
    expect(Object.keys(ev[0] ?? {})).toEqual([...EVENT_COLUMNS]);
    expect(ev.map((r) => r['source_urls']?.split(LIST_SEPARATOR))).toEqual(events.map((e) => e.source_urls));
    expect(ev.map((r) => r['main_event'])).toEqual(events.map((e) => String(e.main_event)));
  });

  it('writes JSON with the same records and a meta block: columns described, last checked, licence, citation', () => {
    for (const [dataset, columns, records] of [
      ['membership', MEMBERSHIP_COLUMNS, rows],
      ['events', EVENT_COLUMNS, events],
    ] as const) {
      const file = fileAt(dataFilePath(dataset, 'json', locale));
      expect(file.body.startsWith('{')).toBe(true);
      const json = JSON.parse(file.body) as { meta: DatasetMeta; records: unknown[] };
      expect(json.records).toEqual(records);
      expect(json.meta.columns.map((c) => c.name)).toEqual([...columns]);
      expect(json.meta.columns.every((c) => c.description.length > 10)).toBe(true);
      expect(json.meta.records).toBe(records.length);
      expect(json.meta.licence).toEqual(LICENCE);
      expect(json.meta.last_checked).toBe(dataset === 'membership' ? states.map((s) => s.checked).sort()[0] : FACTS_CHECKED.date);
      expect(json.meta.citation).toContain(json.meta.page);
      expect(json.meta.citation).toContain(words.site.title);
      expect(json.meta.title).not.toMatch(/\{\w+\}|NaN|Infinity/);
    }
  });

  it('states each file’s size as its UTF-8 bytes', () => {
    for (const f of files) expect(f.bytes).toBe(Buffer.byteLength(f.body, 'utf8'));
  });

  it('writes a README naming every column and coded value, the date last checked, the licence and a citation', () => {
    const readme = fileAt(dataReadmePath(locale)).body;
    for (const c of [...MEMBERSHIP_COLUMNS, ...EVENT_COLUMNS]) expect(readme).toMatch(new RegExp(`^  ${c} `, 'm'));
    for (const s of Object.keys(words.map.statuses).filter((s) => s !== 'none')) expect(readme).toContain(`  ${s}: `);
    expect(readme).toContain(formatDate(states.map((s) => s.checked).sort()[0] ?? '', { locale }));
    expect(readme).toContain(LICENCE.url);
    expect(readme).toContain(new URL(locale === 'en' ? '/map/' : '/es/mapa/', SITE).href);
    expect(readme.split('\n').every((line) => line.length <= 78 || !line.includes(' ', 4))).toBe(true);
  });
});

describe('the CSV writer', () => {
  it('quotes a field that holds a comma, a quote or a line break (RFC 4180)', () => {
    const csv = toCsv(['a', 'b'], [{ a: 'x, "y"', b: 'two\nlines' }]);
    expect(csv).toBe('\uFEFFa,b\r\n"x, ""y""","two\nlines"\r\n');
  });
});

describe('the Spanish README', () => {
  it('has none of the English one’s sentences', () => {
    const readme = dataFiles(inputFor('es')).find((f) => f.path === dataReadmePath('es'))?.body ?? '';
    const english = Object.values(en.data.readme)
      .flatMap((s) => s.split(/\{\w+\}/))
      .filter((p) => p.trim().split(/\s+/).length >= 3);
    for (const phrase of english) expect(readme).not.toContain(phrase.trim());
    expect(readme).toContain('Licencia');
  });
});
