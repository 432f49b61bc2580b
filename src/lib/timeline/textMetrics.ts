/**
 * How wide a line of chart text is, without a DOM: the layout runs on the server (which has
 * no fonts to measure) and must draw the same picture the browser then lays out, so both use
 * this estimate and nothing moves when the island hydrates.
 *
 * The widths are DejaVu Sans's (what system-ui is on most Linux desktops), the widest of the
 * common system-ui fonts: Segoe UI, San Francisco, Roboto and Noto Sans set the same text
 * narrower, so a label sized by this estimate always fits its box, with a little room to
 * spare on other systems.
 */

/**
 * Advance widths of ASCII 32–126 (space to ~) in thousandths of the font size, two digits
 * each, measured from DejaVu Sans Book with canvas measureText at 100 px.
 */
const ASCII =
  '3240468464957827393950843236323464646464646464646464343484848453996869707763587775292966568675796079696361736899696169393439845050616355636235636328285828976361636341523963598259595264346484';
/**
 * Beyond ASCII: typographic punctuation, and Spanish's opening marks (¿ and ¡ as wide as ? and !,
 * « » as DejaVu sets them). Any other character is its base letter's width (below) or 0.64 em.
 */
const WIDE_PUNCTUATION: Record<string, number> = {
  '‘': 32,
  '’': 32,
  '“': 52,
  '”': 52,
  '–': 50,
  '—': 100,
  '…': 100,
  '·': 32,
  '¿': 53,
  '¡': 40,
  '«': 56,
  '»': 56,
};
/** Bold runs this much wider (DejaVu Sans Bold against Book, letters averaged, rounded up). */
const BOLD = 1.14;

function advance(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 32 && code < 127) return Number(ASCII.slice((code - 32) * 2, (code - 32) * 2 + 2));
  const wide = WIDE_PUNCTUATION[ch];
  if (wide !== undefined) return wide;
  // An accented letter is as wide as its base letter (á as a, Ñ as N).
  const base = ch.normalize('NFD')[0];
  return base && base !== ch ? advance(base) : 64;
}

/** Width in px of `text` set at `size` px. */
export function textWidth(text: string, size: number, bold = false): number {
  let sum = 0;
  for (const ch of text) sum += advance(ch);
  return (sum / 100) * size * (bold ? BOLD : 1);
}

/**
 * Breaks `text` into lines no wider than `max` px, at spaces only: a word longer than a line
 * gets a line of its own (and may overflow it; none of the titles has one).
 */
export function wrapText(text: string, max: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, bold) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
