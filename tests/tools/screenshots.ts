/**
 * Takes the screenshots a person should look at before calling a page done:
 * phone 390×844, laptop 1280×800, projector 1920×1080, dark mode, and ?present.
 * Usage: npm run build && npm run screenshots [-- /path/ …]   (PNGs in reports/shots/)
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from '../support/findBrowser.ts';
import { serveStatic } from '../support/staticServer.ts';

const shots = [
  { name: 'phone', viewport: { width: 390, height: 844 }, scheme: 'light', query: '' },
  { name: 'laptop', viewport: { width: 1280, height: 800 }, scheme: 'light', query: '' },
  { name: 'projector', viewport: { width: 1920, height: 1080 }, scheme: 'light', query: '' },
  { name: 'phone-dark', viewport: { width: 390, height: 844 }, scheme: 'dark', query: '' },
  { name: 'laptop-dark', viewport: { width: 1280, height: 800 }, scheme: 'dark', query: '' },
  { name: 'present', viewport: { width: 1920, height: 1080 }, scheme: 'light', query: '?present' },
] as const;

const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const fullPage = process.argv.includes('--full');
const targets = paths.length ? paths : ['/', '/chapters/nobodys-lackey/', '/timeline/', '/map/', '/glossary/', '/about/'];

mkdirSync('reports/shots', { recursive: true });
const server = await serveStatic('dist');
const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
for (const path of targets) {
  for (const s of shots) {
    const context = await browser.newContext({ viewport: s.viewport, colorScheme: s.scheme });
    const page = await context.newPage();
    await page.goto(server.url + path + s.query, { waitUntil: 'networkidle' });
    const file = `reports/shots/${path.replace(/\//g, '_') || '_'}${s.name}.png`;
    await page.screenshot({ path: file, fullPage });
    console.log(file);
    await context.close();
  }
}
await browser.close();
await server.close();
