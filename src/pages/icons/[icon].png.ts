/** The app icons (lib/icon/appIcons.ts) as PNGs, rendered at build time from public/favicon.svg. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import { APP_ICON_SIZE, appIconSvg } from '../../lib/icon/appIcons';
import type { AppIcon } from '../../lib/urls';
// Read through Vite so the path holds wherever the built chunk runs.
import favicon from '../../../public/favicon.svg?raw';

export const getStaticPaths = (() =>
  (Object.keys(APP_ICON_SIZE) as AppIcon[]).map((icon) => ({ params: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const icon = params.icon as AppIcon;
  const png = new Resvg(appIconSvg(favicon, icon), { fitTo: { mode: 'width', value: APP_ICON_SIZE[icon] } }).render().asPng();
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
