/**
 * Text for a link preview's description, which the site keeps to 160 characters (longer ones
 * are cut off mid-word by most apps). Cuts at the last sentence end that fits, else the last
 * word boundary, and marks a cut with an ellipsis.
 */
export function previewText(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const room = clean.slice(0, max - 1);
  const sentence = room.match(/^.*[.!?](?=\s)/)?.[0];
  if (sentence && sentence.length >= max / 2) return sentence;
  const words = room.replace(/\s+\S*$/, '').replace(/[\s,;:–—-]+$/, '');
  return `${words}…`;
}
