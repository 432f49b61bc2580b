import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { sentencesOf } from '../support/proseSentences';
import { ORIGINAL } from '../../src/site';

/** Source-level integrity of the chapters: what a build would not catch on its own. */
const dir = 'content/chapters';
const chapters = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx') && !f.startsWith('_') && !f.startsWith('zz-'))
  .map((file) => {
    const text = readFileSync(`${dir}/${file}`, 'utf8');
    const body = text.replace(/^---[\s\S]*?\n---\n/, '');
    return { file, text, body };
  });
const events = parse(readFileSync('content/timeline/events.yaml', 'utf8')) as { id: string; chapters?: string[] }[];
const eventIds = new Set(events.map((e) => e.id));
const glossaryIds = new Set((parse(readFileSync('content/glossary.yaml', 'utf8')) as { id: string }[]).map((e) => e.id));

describe('chapters', () => {
  it('there are six or so chapters', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(5);
  });

  it.each(chapters)('$file: every <Term> names a glossary entry, and each entry is wrapped at most once', ({ body }) => {
    const names = [...body.matchAll(/<Term name="([^"]+)">/g)].map((m) => m[1] ?? '');
    for (const n of names) expect(glossaryIds.has(n), n).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(chapters)('$file: a chapter that shows the timeline also links its text to the events, each by a real id', ({ body }) => {
    const links = [...body.matchAll(/<EventLink id="([^"]+)">/g)].map((m) => m[1] ?? '');
    for (const id of links) expect(eventIds.has(id), id).toBe(true);
    if (body.includes('<TimelineFigure')) expect(links.length).toBeGreaterThan(0);
  });

  it.each(chapters)('$file: every event its text links to lists it among the chapters that discuss it', ({ file, body }) => {
    const slug = file.replace(/\.mdx$/, '');
    const linked = [...new Set([...body.matchAll(/<EventLink id="([^"]+)">/g)].map((m) => m[1] ?? ''))];
    const missing = linked.filter((id) => !(events.find((e) => e.id === id)?.chapters ?? []).includes(slug));
    expect(missing, `add ${slug} to these events' chapters in content/timeline/events.yaml`).toEqual([]);
  });

  it.each(chapters)('$file: every footnote reference has a definition with a public source, and vice versa', ({ body }) => {
    const refs = new Set([...body.matchAll(/\[\^([^\]]+)\](?!:)/g)].map((m) => m[1]));
    const defs = [...body.matchAll(/^\[\^([^\]]+)\]:(.*)$/gm)].map((m) => ({ id: m[1], text: m[2] ?? '' }));
    expect([...refs].sort()).toEqual([...new Set(defs.map((d) => d.id))].sort());
    for (const d of defs) expect(d.text, `footnote ${d.id}`).toMatch(/https?:\/\//);
  });

  it.each(chapters)('$file: no MDX autolinks (<https://…>), which MDX cannot parse', ({ body }) => {
    expect(body).not.toMatch(/<https?:\/\//);
  });

  it.each(chapters)('$file: every “Since then” note is dated after the op-ed and cites a source', ({ body }) => {
    const notes = [...body.matchAll(/<SinceThen\b([^>]*)>([\s\S]*?)<\/SinceThen>/g)];
    for (const [, attrs = '', inner = ''] of notes) {
      const date = /\bdate="([^"]+)"/.exec(attrs)?.[1] ?? '';
      expect(date, attrs).toMatch(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/);
      expect(date > ORIGINAL.date.slice(0, date.length) || date.length === 4, `${date} is not after the op-ed (${ORIGINAL.date})`).toBe(
        true,
      );
      expect(attrs, 'a SinceThen needs a title').toMatch(/\btitle="[^"]{3,}"/);
      expect(inner, `the note dated ${date} cites no source`).toMatch(/\[\^[^\]]+\]/);
    }
  });

  it.each(chapters)('$file: no sentence runs over 35 words (the writers’ brief)', ({ body }) => {
    const long = sentencesOf(body)
      .filter((s) => s.words > 35)
      .map((s) => `${s.words}: ${s.text}`);
    expect(long).toEqual([]);
  });

  it('the closing chapter follows what happened since the op-ed, and comes last', () => {
    const closing = chapters.find((c) => c.file === 'since-the-op-ed.mdx');
    expect(closing, 'content/chapters/since-the-op-ed.mdx').toBeDefined();
    const orders = chapters.map((c) => Number(/^order:\s*(\d+)/m.exec(c.text)?.[1]));
    expect(Number(/^order:\s*(\d+)/m.exec(closing?.text ?? '')?.[1])).toBe(Math.max(...orders));
    expect(closing?.body).toMatch(/<TimelineFigure years=\{\[[^\]]*202[3-6]/);
  });

  it('the fact checks the record requires are all present', () => {
    const checks = chapters.flatMap(({ body }) => [...body.matchAll(/<FactCheck[\s\S]*?<\/FactCheck>/g)].map((m) => m[0])).join('\n');
    expect(checks).toMatch(/18 March 1938/); // the expropriation decree vs the article's 1937
    expect(checks).toMatch(/24 July 2021/); // the Chapultepec speech vs the September summit
    expect(checks).toMatch(/National Palace/);
    expect(checks).toMatch(/Free Trade Area of the Americas|FTAA/); // "Latin American Free Trade Area"
    expect(checks).toMatch(/17 April 2022/); // the electricity vote after publication
    expect(checks).toMatch(/lithium/i);
  });

  it('nothing marked unverified in the fact base is stated: no second 150,000-dose shipment', () => {
    for (const { file, body } of chapters) expect(body, file).not.toMatch(/second (batch|shipment)[^.]*150,000/i);
  });
});
