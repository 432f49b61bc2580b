/**
 * Renders a share card to PNG at build time: satori lays the tree out as SVG (text as
 * paths), resvg rasterises it. Fonts are the self-hosted @fontsource files (satori reads
 * woff, not woff2), so the build makes no network request.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import type { OgCard } from './ogCard';
import { cardTree, OG_FONT, OG_HEIGHT, OG_WIDTH } from './ogLayout';
import { palettePng } from './palettePng';

const WEIGHTS = [400, 600, 700] as const;

let fonts: ReturnType<typeof loadFonts> | undefined;

/**
 * The card's font: Source Serif 4's "latin" subset (U+0000–00FF with the general punctuation
 * block), which holds every letter and mark Spanish needs (¿ ¡ ñ á é í ó ú ü, “ ” ‘ ’ ·);
 * tests/unit/ogCard.test.ts checks that satori finds each of them in it.
 */
export const cardFonts = (): ReturnType<typeof loadFonts> => (fonts ??= loadFonts());

function loadFonts() {
  // Resolved from node_modules wherever the built chunk runs (dist/.prerender in a build).
  const require = createRequire(import.meta.url);
  return Promise.all(
    WEIGHTS.map(async (weight) => ({
      name: OG_FONT,
      weight,
      style: 'normal' as const,
      data: await readFile(require.resolve(`@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff`)),
    })),
  );
}

export async function renderCard(card: OgCard, host: string): Promise<Uint8Array> {
  // satori's element type is React's; the plain-object tree is what it reads from JSX.
  const tree = cardTree(card, host) as unknown as Parameters<typeof satori>[0];
  const svg = await satori(tree, { width: OG_WIDTH, height: OG_HEIGHT, fonts: await cardFonts() });
  const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  return palettePng(image.pixels, image.width, image.height) ?? image.asPng();
}
