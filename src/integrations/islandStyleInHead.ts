import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Element, Parents, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SERIALISE } from '../lib/serialiseHtml.ts';
import { visit } from 'unist-util-visit';
import { htmlFiles, routeOf } from './builtPages.ts';

/**
 * Workaround for withastro/astro#10308 ("Astro islands inject invalid HTML", open; the fix
 * proposed in withastro/astro#15456 for #13832 was closed unmerged): Astro writes the rule
 * that lays out its island wrappers as a <style> just before the first island, inside <body>,
 * often deep in a figure. HTML allows a <style> in <body> only where its selectors cannot
 * match anything before its parent, and "astro-island" can, so the W3C checker rejects the
 * page. The rule is page-wide anyway: this moves it to <head>, unchanged, so its CSP hash
 * still holds. Remove this integration once Astro puts the rule in <head> itself: the build
 * then fails here ("has an island but no island style to move"), which is the signal.
 */
const ISLAND_RULE = 'astro-island,astro-slot,astro-static-slot{display:contents}';

const isIslandStyle = (node: Element): boolean =>
  node.tagName === 'style' && node.children.length === 1 && node.children[0]?.type === 'text' && node.children[0].value === ISLAND_RULE;

export interface IslandStyleResult {
  html: string;
  /** Island styles were found outside <head> and moved. */
  moved: boolean;
  /** The page has an island, so it needs the rule somewhere. */
  hasIsland: boolean;
  /** The rule is in <head> (after moving, or already). */
  inHead: boolean;
}

/**
 * The page with its island styles moved to the end of <head>. Parsed with parse5 (through
 * hast-util-from-html), the HTML standard's algorithm, so the page reads back as a browser
 * reads it; ultrahtml, tried first, dropped the text before each of React's `<!-- -->`
 * markers and broke hydration.
 */
export function moveIslandStyleToHead(html: string): IslandStyleResult {
  const tree: Root = fromHtml(html);
  const styles: { node: Element; parent: Parents }[] = [];
  let head: Element | undefined;
  let hasIsland = false;
  let inHead = false;
  visit(tree, 'element', (node, _index, parent) => {
    if (node.tagName === 'head') head = node;
    if (node.tagName === 'astro-island') hasIsland = true;
    if (!isIslandStyle(node) || !parent) return;
    if (parent.type === 'element' && parent.tagName === 'head') inHead = true;
    else styles.push({ node, parent });
  });
  if (styles.length === 0) return { html, moved: false, hasIsland, inHead };
  if (!head) throw new Error('page has island styles but no <head>');
  for (const { node, parent } of styles) parent.children.splice(parent.children.indexOf(node), 1);
  const [first] = styles;
  if (first) head.children.push(first.node);
  return { html: toHtml(tree, SERIALISE), moved: true, hasIsland, inHead: true };
}

export default function islandStyleInHead(): AstroIntegration {
  return {
    name: 'island-style-in-head',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let moved = 0;
        const missed: string[] = [];
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const result = moveIslandStyleToHead(html);
          if (result.moved) {
            await writeFile(file, result.html);
            moved += 1;
          } else if (result.hasIsland && !result.inHead) {
            missed.push(routeOf(file, root));
          }
        }
        if (missed.length > 0) {
          throw new Error(
            `island-style-in-head: ${missed.join(', ')} has an island but no island style to move. If Astro now puts it in <head> itself (withastro/astro#10308), remove this integration.`,
          );
        }
        logger.info(`moved the island style into <head> on ${moved} pages`);
      },
    },
  };
}
