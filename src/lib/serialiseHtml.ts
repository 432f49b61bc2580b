import type { Options } from 'hast-util-to-html';

/**
 * How rewritten pages are written back: as close to what Astro wrote as the tree allows.
 * `allowDangerousCharacters` keeps ' and ` literal inside double-quoted attributes (the
 * default encodes them for browsers of the last century), so a page's content-security-policy
 * reads as Astro wrote it, and named references (&quot;, as Astro writes an island's props)
 * replace hexadecimal ones; what a browser parses is the same either way.
 */
export const SERIALISE: Options = { allowDangerousCharacters: true, characterReferences: { useNamedReferences: true } };
