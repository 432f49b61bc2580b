import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** Source-level integrity of the chapters: what a build would not catch on its own. */
const dir = 'content/chapters';
const chapters = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx') && !f.startsWith('_') && !f.startsWith('zz-'))
  .map((file) => {
    const text = readFileSync(`${dir}/${file}`, 'utf8');
    const body = text.replace(/^---[\s\S]*?\n---\n/, '');
    return { file, text, body };
  });
const eventIds = new Set((parse(readFileSync('content/timeline/events.yaml', 'utf8')) as { id: string }[]).map((e) => e.id));
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

  it.each(chapters)('$file: every footnote reference has a definition with a public source, and vice versa', ({ body }) => {
    const refs = new Set([...body.matchAll(/\[\^([^\]]+)\](?!:)/g)].map((m) => m[1]));
    const defs = [...body.matchAll(/^\[\^([^\]]+)\]:(.*)$/gm)].map((m) => ({ id: m[1], text: m[2] ?? '' }));
    expect([...refs].sort()).toEqual([...new Set(defs.map((d) => d.id))].sort());
    for (const d of defs) expect(d.text, `footnote ${d.id}`).toMatch(/https?:\/\//);
  });

  it.each(chapters)('$file: no MDX autolinks (<https://…>), which MDX cannot parse', ({ body }) => {
    expect(body).not.toMatch(/<https?:\/\//);
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
