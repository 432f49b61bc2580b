import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from './builtPages.ts';

/**
 * Astro writes the rule that lays out its island wrappers as a <style> just before the
 * first island, which is inside <body>, often deep in a figure. HTML only allows a <style>
 * in <body> if its selectors cannot match anything before its parent, and "astro-island"
 * can, so the W3C checker rejects the page. The rule is page-wide anyway: move it to <head>.
 * The element is moved unchanged, so its CSP hash still holds.
 */
const ISLAND_STYLE = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/g;

export function moveIslandStyleToHead(html: string): string {
  const found = html.match(ISLAND_STYLE);
  if (!found) return html;
  const head = html.indexOf('</head>');
  if (head < 0) throw new Error('page has island styles but no </head>');
  const withoutStyles = html.replace(ISLAND_STYLE, '');
  return withoutStyles.replace('</head>', `${found[0]}</head>`);
}

export default function islandStyleInHead(): AstroIntegration {
  return {
    name: 'island-style-in-head',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        let moved = 0;
        for (const file of await htmlFiles(fileURLToPath(dir))) {
          const html = await readFile(file, 'utf8');
          const fixed = moveIslandStyleToHead(html);
          if (fixed !== html) {
            await writeFile(file, fixed);
            moved += 1;
          }
        }
        logger.info(`moved the island style into <head> on ${moved} pages`);
      },
    },
  };
}
