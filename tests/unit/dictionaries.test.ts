import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { placeholders } from '../../src/lib/fill';

/**
 * Beyond the types (a missing key fails astro check): every language has exactly English's keys,
 * no string is empty, and every template keeps English's {placeholders}.
 */
type Tree = { readonly [key: string]: Tree | string | readonly string[] };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (Array.isArray(value)) (value as readonly string[]).forEach((v, i) => out.set(`${path}.${i}`, v));
    else for (const [k, v] of leaves(value as Tree, path)) out.set(k, v);
  }
  return out;
}

const english = leaves(en as unknown as Tree);

describe.each([['es', es]] as const)('the %s dictionary', (_name, dictionary) => {
  const other = leaves(dictionary as unknown as Tree);

  it('has exactly the English keys', () => {
    expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('has no empty string', () => {
    for (const [key, value] of other) expect(value.trim(), key).not.toBe('');
  });

  it('keeps every template’s placeholders', () => {
    for (const [key, value] of english) expect(placeholders(other.get(key) ?? '').sort(), key).toEqual(placeholders(value).sort());
  });
});
