/** Words a minute for an attentive reader of explanatory prose (Brysbaert 2019 puts silent reading of non-fiction at ~238). */
export const WORDS_PER_MINUTE = 230;

/**
 * The words a reader actually reads in an MDX body: markup, component tags, footnote
 * definitions, URLs and import lines are left out.
 */
export function proseText(mdxBody: string): string {
  return mdxBody
    .replace(/^\[\^[^\]]+\]:.*$/gm, ' ') // footnote definitions
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]+>/g, ' ') // component and HTML tags (their text children stay)
    .replace(/\[\^[^\]]+\]/g, ' ') // footnote references
    .replace(/\]\([^)]*\)/g, ']') // link targets
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[#*_>`|[\]{}]/g, ' ');
}

/** Number of words in a piece of prose (letters or digits, with inner apostrophes and hyphens). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Whole minutes to read an MDX body, never less than one. */
export function readingMinutes(mdxBody: string): number {
  return Math.max(1, Math.round(countWords(proseText(mdxBody)) / WORDS_PER_MINUTE));
}
