/**
 * Sentences of a chapter as a reader meets them, for the writing rules (no sentence over 35
 * words): MDX markup, footnotes and link targets removed by readingTime's proseText, then
 * split at sentence ends. Lists and headings end at line breaks, so each item counts alone.
 */
import { countWords, proseText } from '../../src/lib/readingTime.ts';

export interface Sentence {
  text: string;
  words: number;
}

export function sentencesOf(mdxBody: string): Sentence[] {
  return proseText(mdxBody)
    .split(/\n\s*\n|\n(?=\s*(?:-|\d+\.)\s)/)
    .flatMap((block) => block.replace(/\s+/g, ' ').split(/(?<=[.?!…][”’"]?)\s+(?=[“"‘(]?[A-Z0-9¿¡])/u))
    .map((text) => text.trim())
    .filter((text) => text.length > 0)
    .map((text) => ({ text, words: countWords(text) }));
}
