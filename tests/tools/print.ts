/**
 * Prints pages to PDF as a teacher's Ctrl+P would (A4, JavaScript on, after the islands have
 * hydrated), then rasterises every page with pdftoppm so a person can look at each one.
 * Usage: npm run build && npm run print [-- /path/ …]   (PDFs and PNGs in reports/print/)
 */
import { mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from '../support/findBrowser.ts';
import { serveStatic } from '../support/staticServer.ts';

const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const targets = paths.length ? paths : ['/handout/', '/timeline/', '/map/', '/chapters/nobodys-lackey/'];
mkdirSync('reports/print', { recursive: true });
const server = await serveStatic('dist');
const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
for (const path of targets) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  const name = path.replace(/\//g, '_') || '_';
  const file = `reports/print/${name}.pdf`;
  await page.pdf({ path: file, format: 'A4', printBackground: false });
  const pages = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout.match(/Pages:\s+(\d+)/)?.[1];
  spawnSync('pdftoppm', ['-png', '-r', '50', file, `reports/print/${name}`]);
  console.log(`${file}: ${pages} pages`);
  await context.close();
}
await browser.close();
await server.close();
