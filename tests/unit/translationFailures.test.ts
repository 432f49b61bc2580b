import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { createAstroSandbox, type AstroSandbox } from '../support/astroSandbox';

/**
 * A translation that drifts from its original stops `astro sync` (where the loaders check it),
 * naming the file. Each case copies the real content/es/ to a scratch folder, breaks one
 * thing, and points TRANSLATIONS_DIR at it.
 */
let sandbox: AstroSandbox;
const scratch: string[] = [];
beforeAll(() => {
  sandbox = createAstroSandbox('translations');
});
afterAll(() => {
  sandbox?.dispose();
  for (const d of scratch) rmSync(d, { recursive: true, force: true });
});

/** A copy of the translations with `edit` applied to its es/ folder; returns the root for TRANSLATIONS_DIR. */
function brokenCopy(edit: (es: string) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'explainer-es-'));
  scratch.push(root);
  cpSync('content/es', join(root, 'es'), { recursive: true });
  edit(join(root, 'es'));
  return root;
}
const rewrite = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
const editList = (file: string, change: (items: Record<string, unknown>[]) => Record<string, unknown>[]) =>
  writeFileSync(file, stringify(change(parse(readFileSync(file, 'utf8')) as Record<string, unknown>[])));
const sync = (root: string) => sandbox.run('sync', { TRANSLATIONS_DIR: root });

describe('the build rejects translations that drift from the original', () => {
  it('chapters: an unknown original, an untranslated chapter, two claims, other footnotes, boxes and dates', () => {
    const root = brokenCopy((es) => {
      rewrite(join(es, 'chapters/lacayo-de-nadie.mdx'), (t) =>
        t.replace('translationOf: nobodys-lackey', 'translationOf: no-such-chapter'),
      );
      rewrite(join(es, 'chapters/viejos-proyectos.mdx'), (t) =>
        t.replace(/\[\^([a-z0-9-]+)\]/g, (m, id: string) => (id === /\[\^([a-z0-9-]+)\]:/.exec(t)?.[1] ? '[^renamed]' : m)),
      );
      rewrite(join(es, 'chapters/la-otra-oferta.mdx'), (t) =>
        t.replace('<FactCheck title=', '<Background title=').replace('</FactCheck>', '</Background>'),
      );
      rewrite(join(es, 'chapters/despues-del-articulo.mdx'), (t) => t.replace(/<SinceThen date="[^"]*"/, '<SinceThen date="2099-01-01"'));
      const copy = readFileSync(join(es, 'chapters/en-la-cuerda-floja.mdx'), 'utf8').replace(/^order: \d+$/m, 'order: 99');
      writeFileSync(join(es, 'chapters/copia.mdx'), copy);
    });
    const { code, output } = sync(root);
    expect(code).not.toBe(0);
    expect(output).toMatch(
      /es\/chapters\/lacayo-de-nadie\.mdx: frontmatter field "translationOf" names "no-such-chapter", which is no chapter/,
    );
    expect(output).toMatch(/content\/chapters\/nobodys-lackey\.mdx: has no es translation/);
    expect(output).toMatch(
      /es\/chapters\/viejos-proyectos\.mdx \(translation of content\/chapters\/echoes-of-old-projects\.mdx\): footnote ids differ/,
    );
    expect(output).toMatch(/es\/chapters\/la-otra-oferta\.mdx .*: has \d+ <FactCheck> boxes, the original \d+/);
    expect(output).toMatch(/es\/chapters\/despues-del-articulo\.mdx .*: its <SinceThen> dates are 2099-01-01/);
    expect(output).toMatch(
      /es\/chapters\/en-la-cuerda-floja\.mdx: frontmatter field "translationOf" names "a-taut-tightrope", which .*copia\.mdx already translates|copia\.mdx: frontmatter field "translationOf" names "a-taut-tightrope", which .*en-la-cuerda-floja\.mdx already translates/,
    );
  }, 120_000);

  it('timeline: an event without its Spanish entry, and an entry without an event', () => {
    const root = brokenCopy((es) =>
      editList(join(es, 'timeline.yaml'), (items) => [...items.slice(1), { ...items[1], id: 'no-such-event' }]),
    );
    const { code, output } = sync(root);
    expect(code).not.toBe(0);
    expect(output).toMatch(/es\/timeline\.yaml: event "treaty-of-guadalupe-hidalgo" of .*events\.yaml has no entry here/);
    expect(output).toMatch(/es\/timeline\.yaml: event "no-such-event" is not in .*events\.yaml/);
  }, 120_000);

  it('timeline: an empty title names the event and the field', () => {
    const root = brokenCopy((es) =>
      editList(join(es, 'timeline.yaml'), (items) => items.map((e, i) => (i === 0 ? { ...e, title: '' } : e))),
    );
    const { code, output } = sync(root);
    expect(code).not.toBe(0);
    expect(output).toMatch(/treaty-of-guadalupe-hidalgo/);
    expect(output).toMatch(/title\**: every event needs a title in this language/);
  }, 120_000);

  it('glossary and map: a missing glossary id, a state without its Spanish name', () => {
    const glossary = brokenCopy((es) => editList(join(es, 'glossary.yaml'), (items) => items.filter((e) => e['id'] !== 'celac')));
    const g = sync(glossary);
    expect(g.code).not.toBe(0);
    expect(g.output).toMatch(/es\/glossary\.yaml: glossary id "celac" of content\/glossary\.yaml has no entry here/);

    const states = brokenCopy((es) =>
      editList(join(es, 'membership.yaml'), (items) => items.map(({ name, ...s }) => (s['iso3'] === 'CUB' ? s : { name, ...s }))),
    );
    const s = sync(states);
    expect(s.code).not.toBe(0);
    expect(s.output).toMatch(/CUB/);
    expect(s.output).toMatch(/name\**: every state needs its name in this language/);
  }, 240_000);

  it('a translation folder without one of its files names the file', () => {
    const root = brokenCopy((es) => unlinkSync(join(es, 'territories.yaml')));
    const { code, output } = sync(root);
    expect(code).not.toBe(0);
    expect(output).toMatch(/es\/territories\.yaml: missing/);
  }, 120_000);
});
