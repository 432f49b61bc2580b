import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { eventInLanguage, stateInLanguage } from '../../src/lib/translatedContent';
import { placeTerritoryLabels } from '../../src/lib/geo/territoryLabels';
import { TRANSLATED_LOCALES } from '../../src/lib/contentLocales';
import { dictionary } from '../../src/i18n';
import { eventWords, glossaryEntries, membershipStates, stateWords, territoryEntriesIn, timelineEvents } from '../support/contentData';

/**
 * Each translation's content as the site will show it: the timeline, the map's states and
 * territories, and the chapters' components, checked without a build (no /es/ page exists
 * until the routing lands).
 */
describe.each(TRANSLATED_LOCALES)('the %s edition', (locale) => {
  const events = timelineEvents();
  const words = new Map(eventWords(locale).map((w) => [w.id, w]));
  const file = `content/${locale}/timeline.yaml`;

  it('every event gets its own words and keeps its facts; its sources are the original’s plus its language’s', () => {
    for (const e of events) {
      const t = eventInLanguage(e, words.get(e.id), file);
      const w = words.get(e.id);
      expect(t.title, e.id).toBe(w?.title);
      expect(t.title, e.id).not.toBe(e.title);
      expect(t.summary).toBe(w?.summary);
      expect([t.date, t.until, t.anchor, t.main, t.chapters]).toEqual([e.date, e.until, e.anchor, e.main, e.chapters]);
      // The original's sources first, except a page of this site, which the translation's own page replaces.
      const kept = e.sources.filter((s) => !(s.url.startsWith('/') && (w?.sources ?? []).some((x) => x.url.startsWith('/'))));
      expect(t.sources.slice(0, kept.length)).toEqual(kept);
      expect(Boolean(t.note)).toBe(Boolean(e.note));
      expect(Boolean(t.factCheck)).toBe(Boolean(e.factCheck));
    }
  });

  it('an event without its words stops the build naming the file and the event', () => {
    const [first] = events;
    if (!first) throw new Error('no events');
    expect(() => eventInLanguage(first, undefined, file)).toThrow(new RegExp(`${file}: event "${first.id}" has no entry`));
  });

  it('every state gets its name and every noted change its note', () => {
    const names = new Map(stateWords(locale).map((w) => [w.iso3, w]));
    for (const s of membershipStates()) {
      const t = stateInLanguage(s, names.get(s.iso3), `content/${locale}/membership.yaml`);
      expect(t.name).toBe(names.get(s.iso3)?.name);
      expect(t.celac.map((c) => [c.date, c.status])).toEqual(s.celac.map((c) => [c.date, c.status]));
      for (const [i, c] of t.oas.entries()) expect(c.note === undefined, `${s.iso3} oas ${c.date}`).toBe(s.oas[i]?.note === undefined);
    }
  });

  it('the territories have the same ids, and their labels find their places on the map', () => {
    const entries = territoryEntriesIn(locale);
    expect(entries.map((t) => t.id).sort()).toEqual(
      territoryEntriesIn('en')
        .map((t) => t.id)
        .sort(),
    );
    expect(() => placeTerritoryLabels(entries)).not.toThrow();
  });

  it('the glossary has the same ids as the English one', () => {
    expect(
      glossaryEntries(locale)
        .map((g) => g.id)
        .sort(),
    ).toEqual(
      glossaryEntries()
        .map((g) => g.id)
        .sort(),
    );
  });

  const dir = `content/${locale}/chapters`;
  const chapters = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .map((f) => {
      const text = readFileSync(`${dir}/${f}`, 'utf8');
      return {
        file: `${dir}/${f}`,
        translationOf: /^translationOf:\s*(\S+)\s*$/m.exec(text)?.[1] ?? '',
        body: text.replace(/^---[\s\S]*?\n---\n/, ''),
      };
    });
  const glossary = new Set(glossaryEntries(locale).map((g) => g.id));
  const eventIds = new Set(events.map((e) => e.id));
  const { claim, record } = dictionary(locale).chapter.factCheckLabels;

  it.each(chapters)('$file: its <Term>s and <EventLink>s name real entries', ({ body }) => {
    for (const [, name] of body.matchAll(/<Term name="([^"]+)">/g)) expect(glossary.has(name ?? ''), name).toBe(true);
    for (const [, id] of body.matchAll(/<EventLink id="([^"]+)">/g)) expect(eventIds.has(id ?? ''), id).toBe(true);
  });

  it.each(chapters)('$file: each term is wrapped at most once; every footnote is cited and has a public source', ({ body }) => {
    const names = [...body.matchAll(/<Term name="([^"]+)">/g)].map((m) => m[1] ?? '');
    expect(new Set(names).size).toBe(names.length);
    const refs = new Set([...body.matchAll(/\[\^([^\]]+)\](?!:)/g)].map((m) => m[1]));
    const defs = [...body.matchAll(/^\[\^([^\]]+)\]:(.*)$/gm)].map((m) => ({ id: m[1], text: m[2] ?? '' }));
    expect([...refs].sort()).toEqual([...new Set(defs.map((d) => d.id))].sort());
    for (const d of defs) expect(d.text, `footnote ${d.id}`).toMatch(/https?:\/\//);
  });

  it.each(chapters)('$file: every event it links to lists its original among the chapters that discuss it', ({ translationOf, body }) => {
    const linked = [...new Set([...body.matchAll(/<EventLink id="([^"]+)">/g)].map((m) => m[1] ?? ''))];
    const missing = linked.filter((id) => !(events.find((e) => e.id === id)?.chapters ?? []).includes(translationOf));
    expect(missing, `these events do not list ${translationOf} in content/timeline/events.yaml`).toEqual([]);
  });

  it.each(chapters)('$file: every fact check says what the article says, then what the record shows, in its language', ({ body }) => {
    for (const [, inner = ''] of body.matchAll(/<FactCheck\b[^>]*>([\s\S]*?)<\/FactCheck>/g)) {
      expect(inner).toContain(`**${claim}**`);
      expect(inner).toContain(`**${record}**`);
      expect(inner.indexOf(claim)).toBeLessThan(inner.indexOf(record));
    }
  });
});
