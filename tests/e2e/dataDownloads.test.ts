import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { parse as parseCsv } from 'csv-parse/sync';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { formatFileSize } from '../../src/lib/fileSize';
import { LOCALES, type Locale } from '../../src/lib/locales';
import { ORGANISATIONS } from '../../src/lib/membershipVocabulary';
import { chapterPath, dataFilePath, dataReadmePath, eventPagePath, pagePath, type DataFormat, type Dataset } from '../../src/lib/urls';
import { baseURL, launch, openPage } from '../support/browser';
import { eventWords, membershipStates, stateWords, timelineEvents } from '../support/contentData';

/**
 * The data downloads as a reader gets them from the built site: each file fetched from dist/,
 * parsed (csv-parse, JSON.parse) and compared with content/ read directly, not with the code
 * that wrote them; then the links on the map and timeline pages, in both languages, clicked.
 */
const WORDS = { en, es } as const;
const DATASETS = ['membership', 'events'] as const;
const TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json', txt: 'text/plain; charset=utf-8' } as const;
const PAGES: Record<Dataset, 'map' | 'timeline'> = { membership: 'map', events: 'timeline' };

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

async function download(path: string): Promise<{ status: number; type: string; bytes: Uint8Array; text: string }> {
  const res = await fetch(baseURL() + path);
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { status: res.status, type: res.headers.get('content-type') ?? '', bytes, text: new TextDecoder().decode(bytes) };
}

type Row = Record<string, string>;
const csvRows = (text: string): Row[] => parseCsv<Row>(text, { bom: true, columns: true });
const jsonRecords = (text: string): Row[] => (JSON.parse(text) as { records: Row[] }).records;

/** An English chapter's slug → its slug in `locale` (the chapters' translationOf). */
function chapterSlugs(locale: Locale): Map<string, string> {
  const dir = locale === 'en' ? 'content/chapters' : `content/${locale}/chapters`;
  return new Map(
    readdirSync(dir).map((f) => {
      const slug = f.replace(/\.mdx$/, '');
      return [locale === 'en' ? slug : (/^translationOf:\s*(\S+)/m.exec(readFileSync(`${dir}/${f}`, 'utf8'))?.[1] ?? ''), slug];
    }),
  );
}

/** A cell as both formats give it: CSV's empty field or JSON's null, CSV's " | "-joined list or JSON's array. */
const list = (v: unknown): string[] =>
  Array.isArray(v) ? (v as string[]) : v === '' || v === null || v === undefined ? [] : String(v).split(' | ');
const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const pathOf = (url: string): string => new URL(url).pathname + new URL(url).hash;

describe.each(LOCALES)('the data files in %s', (locale) => {
  const names = locale === 'en' ? null : new Map(stateWords(locale).map((w) => [w.iso3, w]));
  const words = locale === 'en' ? null : new Map(eventWords(locale).map((w) => [w.id, w]));
  const map = WORDS[locale].map;

  it.each(['csv', 'json'] as const)('has every dated change of every state once, as the content says (%s)', async (format) => {
    const file = await download(dataFilePath('membership', format, locale));
    expect(file.status).toBe(200);
    expect(file.type).toBe(TYPES[format]);
    const rows = format === 'csv' ? csvRows(file.text) : jsonRecords(file.text);
    const states = membershipStates();
    const expected = states.flatMap((s) => ORGANISATIONS.flatMap((o) => s[o].map((c, i) => ({ s, o, c, next: s[o][i + 1]?.date }))));
    expect(rows).toHaveLength(expected.length);
    expect(new Set(rows.map((r) => r['iso3'])).size).toBe(states.length);
    for (const { s, o, c, next } of expected) {
      const matches = rows.filter((r) => r['iso3'] === s.iso3 && r['organisation'] === o && r['date_from'] === c.date);
      expect(matches, `${s.iso3} ${o} ${c.date}`).toHaveLength(1);
      const row = matches[0] ?? {};
      const note = c.note === undefined ? '' : (names?.get(s.iso3)?.notes[`${o}:${c.date}`] ?? c.note);
      expect({
        state: row['state'],
        organisation_name: row['organisation_name'],
        date_to: text(row['date_to']),
        status: row['status'],
        status_label: row['status_label'],
        note: text(row['note']),
        source_title: row['source_title'],
        source_url: row['source_url'],
        checked: row['checked'],
      }).toEqual({
        state: names?.get(s.iso3)?.name ?? s.name,
        organisation_name: map.organisations[o],
        date_to: next ?? '',
        status: c.status,
        status_label: map.statuses[c.status],
        note,
        source_title: c.source.title,
        source_url: c.source.url,
        checked: s.checked,
      });
    }
  });

  it.each(['csv', 'json'] as const)('has every event once, with its words, dates, page, chapters and sources (%s)', async (format) => {
    const file = await download(dataFilePath('events', format, locale));
    expect(file.status).toBe(200);
    expect(file.type).toBe(TYPES[format]);
    const rows = format === 'csv' ? csvRows(file.text) : jsonRecords(file.text);
    const events = timelineEvents();
    expect(rows).toHaveLength(events.length);
    const slugs = chapterSlugs(locale);
    for (const e of events) {
      const matches = rows.filter((r) => r['id'] === e.id);
      expect(matches, e.id).toHaveLength(1);
      const row = matches[0] ?? {};
      const w = words?.get(e.id);
      expect(row['date']).toBe(e.date);
      expect(text(row['until'])).toBe(e.until ?? '');
      expect(String(row['anchor_year'])).toBe(String(e.anchor));
      expect(String(row['main_event'])).toBe(String(e.main));
      expect(row['title']).toBe(w?.title ?? e.title);
      expect(row['summary']).toBe(w?.summary ?? e.summary);
      expect(pathOf(text(row['page_url']))).toBe(eventPagePath(e.id, locale));
      expect(list(row['chapters'])).toEqual(e.chapters.map((c) => slugs.get(c)));
      expect(list(row['chapter_urls']).map((u) => new URL(u).pathname)).toEqual(
        e.chapters.map((c) => chapterPath(slugs.get(c) ?? '', locale)),
      );
      // The English sources, a translation's own after them; a page of ours (the op-ed's, "/about/#original")
      // is absolute in the files and stands in the translation's words when it has one.
      const own = (u: string): boolean => u.startsWith('/');
      const expected = [...e.sources.filter((x) => !(own(x.url) && w?.sources.some((y) => own(y.url)))), ...(w?.sources ?? [])];
      const urls = list(row['source_urls']);
      expect(urls.map((u) => (expected.some((x) => own(x.url) && pathOf(u) === x.url) ? pathOf(u) : u))).toEqual(
        expected.map((x) => x.url),
      );
      expect(list(row['source_titles'])).toEqual(expected.map((x) => x.title));
    }
  });

  it('writes the CSV with a byte order mark and CRLF, and JSON without a mark', async () => {
    for (const dataset of DATASETS) {
      const csv = await download(dataFilePath(dataset, 'csv', locale));
      expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(csv.text).toContain('\r\n');
      const json = await download(dataFilePath(dataset, 'json', locale));
      expect(json.bytes[0]).toBe('{'.charCodeAt(0));
    }
  });

  it('has a README in the language naming every column, the licence and the page to cite', async () => {
    const file = await download(dataReadmePath(locale));
    expect(file.status).toBe(200);
    expect(file.type).toBe(TYPES.txt);
    for (const column of Object.keys({ ...en.data.columns.membership, ...en.data.columns.events }))
      expect(file.text).toMatch(new RegExp(`^  ${column} `, 'm'));
    expect(file.text).toContain('https://creativecommons.org/licenses/by/4.0/');
    expect(file.text).toContain(pagePath('map', locale));
    expect(file.text).toContain(WORDS[locale].data.readme.licenceHeading);
  });
});

describe.each(LOCALES.flatMap((locale) => DATASETS.map((dataset) => [locale, dataset] as const)))(
  'the download links in %s for %s',
  (locale, dataset) => {
    const path = pagePath(PAGES[dataset], locale);
    const files: [DataFormat | 'txt', string][] = [
      ['csv', dataFilePath(dataset, 'csv', locale)],
      ['json', dataFilePath(dataset, 'json', locale)],
      ['txt', dataReadmePath(locale)],
    ];

    it('link each file, state its real size, and download it', async () => {
      const { page, context, consoleErrors } = await openPage(browser, path);
      const block = page.locator('.data-downloads');
      await expect.poll(() => block.count()).toBe(1);
      await expect.poll(() => block.getByRole('heading').textContent()).toBe(WORDS[locale].data.block.heading);
      for (const [format, href] of files) {
        const link = block.locator(`a[href="${href}"]`);
        expect(await link.count(), href).toBe(1);
        const file = await download(href);
        expect(file.status).toBe(200);
        expect(file.type).toBe(TYPES[format]);
        // The size it states is the file's, written as the page's language writes it; to the byte
        // in data-bytes, since "27 kB" would hide a file that changed after the page was built.
        expect(Number(await link.getAttribute('data-bytes'))).toBe(file.bytes.length);
        expect(await link.textContent()).toContain(formatFileSize(file.bytes.length, locale));
        if (format !== 'txt') {
          expect(await link.textContent()).toContain(WORDS[locale].data.formats[format]);
          const [saved] = await Promise.all([page.waitForEvent('download'), link.click()]);
          expect(saved.suggestedFilename()).toBe(href.slice(href.lastIndexOf('/') + 1));
          expect(saved.url()).toBe(baseURL() + href);
        }
      }
      expect(consoleErrors).toEqual([]);
      await context.close();
    });

    it('are there without JavaScript and print their full address', async () => {
      const { page, context } = await openPage(browser, path, { javaScriptEnabled: false });
      expect(await page.locator('.data-downloads a[download]').count()).toBe(2);
      await page.emulateMedia({ media: 'print' });
      const after = await page
        .locator(`.data-downloads a[href="${files[0]?.[1]}"]`)
        .evaluate((a) => getComputedStyle(a, '::after').content);
      expect(after).toMatch(new RegExp(`^" \\(https?://[^/]+${(files[0]?.[1] ?? '').replace(/[.]/g, '\\.')}\\)"$`));
      await context.close();
    });
  },
);
