/**
 * The app icons an installed explainer shows (home screen, task switcher, splash screen), drawn
 * from the favicon so there is one mark: the two rings on the dark tile. The maskable icon puts
 * the rings inside the central 80 % "safe zone" on a full-bleed tile, as launchers crop it to
 * a circle or a squircle (https://web.dev/articles/maskable-icon).
 */
import type { AppIcon } from '../urls';

/** The favicon's dark tile: resvg ignores its prefers-color-scheme block, so PNGs are dark. */
export const ICON_TILE = '#1c1b18';

export const APP_ICON_SIZE: Record<AppIcon, number> = { '192': 192, '512': 512, 'maskable-512': 512, 'apple-touch-180': 180 };

/** The SVG to render for an icon: the favicon itself, or the favicon inset on a full tile. */
export function appIconSvg(favicon: string, icon: AppIcon): string {
  if (icon !== 'maskable-512' && icon !== 'apple-touch-180') return favicon;
  // Launchers (and iOS's rounded corners) crop the edges: the artwork keeps to the middle 80 %.
  const inner = favicon.replace(/<svg\b[^>]*>/, '<svg x="3.2" y="3.2" width="25.6" height="25.6" viewBox="0 0 32 32">');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${ICON_TILE}"/>${inner}</svg>`;
}
