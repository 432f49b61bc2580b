import { describe, expect, it } from 'vitest';
import { countWords, proseText, readingMinutes, WORDS_PER_MINUTE } from '../../src/lib/readingTime';

describe('reading time', () => {
  it('counts words with apostrophes and hyphens as one word, and splits at dashes', () => {
    expect(countWords("Mexico’s president don't re-think US–China")).toBe(6);
  });

  it('leaves out footnote definitions, component tags and link targets', () => {
    const body = [
      'The summit met in 2011.[^caracas]',
      '<FactCheck title="A b c d e f">Two words</FactCheck>',
      'See [the map](/map/) here.',
      '[^caracas]: UN document, [docslib](https://docslib.org/doc/1).',
    ].join('\n');
    expect(countWords(proseText(body))).toBe(5 + 2 + 4);
  });

  it('rounds to whole minutes and never says zero', () => {
    expect(readingMinutes('word')).toBe(1);
    expect(
      readingMinutes(
        Array(WORDS_PER_MINUTE * 5)
          .fill('word')
          .join(' '),
      ),
    ).toBe(5);
  });
});
