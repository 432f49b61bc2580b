import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { glossaryEntrySchema } from '../../src/schemas/glossary';

const entries = parse(readFileSync('content/glossary.yaml', 'utf8')) as unknown[];

describe('glossary', () => {
  it('every entry in content/glossary.yaml is valid', () => {
    for (const e of entries) expect(() => glossaryEntrySchema.parse(e)).not.toThrow();
  });

  it('ids are unique', () => {
    const ids = entries.map((e) => (e as { id: string }).id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('covers the acronyms a newcomer meets', () => {
    const ids = entries.map((e) => (e as { id: string }).id);
    expect(ids).toEqual(expect.arrayContaining(['celac', 'oas', 'usmca', 'nafta', 'ftaa', 'merida']));
  });

  it('rejects an id with spaces or capitals, naming the field', () => {
    const r = glossaryEntrySchema.safeParse({ id: 'Plan Merida', term: 'Plan Mérida', definition: 'A security programme of some kind.' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['id']);
  });
});
