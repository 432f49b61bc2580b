/**
 * A marked box's own address (#what-is-celac), from its title: lower case, accents dropped,
 * anything else between words a hyphen. Callout.astro gives the box this id, and the
 * timeline's "Read in chapter N" links (lib/eventSections.ts) point at it, so both must use
 * this one function.
 */
export function calloutId(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
