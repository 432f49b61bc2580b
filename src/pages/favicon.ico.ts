/**
 * /favicon.ico rendered at build time from public/favicon.svg (resvg skips the SVG's
 * prefers-color-scheme block, so the ICO has the dark tile, which reads on light and dark tabs),
 * at the sizes tabs, bookmarks and shortcuts use.
 */
import type { APIRoute } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import { icoFromPng } from '../lib/icon/icoFromPng';
// Read through Vite so the path holds wherever the built chunk runs.
import svg from '../../public/favicon.svg?raw';

export const GET: APIRoute = async () => {
  const images = [16, 32, 48].map((size) => ({
    size,
    png: new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng(),
  }));
  return new Response(icoFromPng(images) as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/x-icon' } });
};
