import { slug } from 'github-slugger';

/**
 * A marked box's own address (#what-is-celac), from its title. Callout.astro gives the box
 * this id, and the timeline's "Read in chapter N" links (lib/eventSections.ts) point at it,
 * so both must use this one function. github-slugger is what Astro's Markdown gives headings
 * their ids with, so a box and a heading of the same words get the same id (“Mexico’s” →
 * "mexicos", accents kept, as in the heading "#lópez-obrador-goes-further").
 */
export function calloutId(title: string): string {
  return slug(title);
}
