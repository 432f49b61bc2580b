import { describe, expect, it } from 'vitest';
import { dictionary } from '../../src/i18n';
import { DEFAULT_LOCALE, LOCALES } from '../../src/lib/locales';
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

const english = leaves(dictionary(DEFAULT_LOCALE));

describe.each(LOCALES.filter((l) => l !== DEFAULT_LOCALE))('the %s dictionary', (locale) => {
  const other = leaves(dictionary(locale));

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
