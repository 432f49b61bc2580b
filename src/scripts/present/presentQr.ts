/**
 * The QR code students scan from the projector, made in the browser from the address the
 * page is actually served from (a school's local copy, a preview deploy, the real host), not
 * from the build's SITE_URL. Loaded with present mode only; uqr is a few kB.
 */
import { renderSVG } from 'uqr';
import { fill } from '../../lib/fill';
import { presentWords } from './presentWords';

/** The page's own address without the present-mode query: what a student should open. */
export function servedAddress(loc: Pick<Location, 'origin' | 'pathname'> = location): string {
  return loc.origin + loc.pathname;
}

/** A figure with the code (medium error correction survives glare and cheap cameras) and the address in words. */
export function qrFigure(url = servedAddress()): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'present-qr';
  const svg = new DOMParser().parseFromString(renderSVG(url, { ecc: 'M', border: 2 }), 'image/svg+xml').documentElement;
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', fill(presentWords().qrAlt, { url }));
  const caption = document.createElement('figcaption');
  caption.textContent = url;
  figure.append(document.importNode(svg, true), caption);
  return figure;
}
