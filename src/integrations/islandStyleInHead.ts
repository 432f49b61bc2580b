import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ELEMENT_NODE, TEXT_NODE, parse, render, walkSync, type Node } from 'ultrahtml';
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

const isIslandStyle = (node: Node): boolean =>
  node.type === ELEMENT_NODE && node.name === 'style' && node.children.length === 1 && node.children[0]?.type === TEXT_NODE && node.children[0].value === ISLAND_RULE;

export interface IslandStyleResult {
  html: string;
  /** Island styles were found outside <head> and moved. */
  moved: boolean;
  /** The page has an island, so it needs the rule somewhere. */
  hasIsland: boolean;
  /** The rule is in <head> (after moving, or already). */
  inHead: boolean;
}

/** The page with its island styles moved to the end of <head>. */
export async function moveIslandStyleToHead(html: string): Promise<IslandStyleResult> {
  const tree = parse(html);
  const styles: Node[] = [];
  let head: Node | undefined;
  let hasIsland = false;
  let inHead = false;
  walkSync(tree, (node) => {
    if (node.type !== ELEMENT_NODE) return;
    if (node.name === 'head') head = node;
    if (node.name === 'astro-island') hasIsland = true;
    if (isIslandStyle(node)) {
      if (node.parent?.name === 'head') inHead = true;
      else styles.push(node);
    }
  });
  if (styles.length === 0) return { html, moved: false, hasIsland, inHead };
  if (!head) throw new Error('page has island styles but no <head>');
  for (const style of styles) {
    const siblings = style.parent?.children;
    siblings?.splice(siblings.indexOf(style), 1);
  }
  const [first] = styles;
  if (first) {
    first.parent = head;
    head.children.push(first);
  }
  return { html: await render(tree), moved: true, hasIsland, inHead: true };
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
          const result = await moveIslandStyleToHead(html);
          if (result.moved) {
            await writeFile(file, result.html);
            moved += 1;
          } else if (result.hasIsland && !result.inHead) {
            missed.push(routeOf(file, root));
          }
        }
        if (missed.length > 0) {
          throw new Error(`island-style-in-head: ${missed.join(', ')} has an island but no island style to move. If Astro now puts it in <head> itself (withastro/astro#10308), remove this integration.`);
        }
        logger.info(`moved the island style into <head> on ${moved} pages`);
      },
    },
  };
}
