/**
 * Walks every slide (and every scroll step of a tall slide) of present mode at 1920×1080 and
 * 1280×720 and prints, per page and size, the smallest text on any slide (the chapter's own
 * text and the figures' islands apart) and every box under the controls; with --shots it also
 * writes a PNG of each step to reports/present/ to look at.
 * Usage: npm run build && node tests/tools/present-audit.ts [/path/ …] [--shots]
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from '../support/findBrowser.ts';
import { serveStatic } from '../support/staticServer.ts';
import { auditSlide, type SlideText } from '../support/slideAudit.ts';
import { chapterPaths } from '../support/sitePages.ts';
import { walkSlides } from '../support/presentWalk.ts';

const SIZES = [
  { name: '1080p', viewport: { width: 1920, height: 1080 } },
  { name: '720p', viewport: { width: 1280, height: 720 } },
] as const;

const args = process.argv.slice(2);
const shots = args.includes('--shots');
const paths = args.filter((a) => a.startsWith('/'));
const targets = paths.length ? paths : [...chapterPaths(), '/timeline/', '/map/'];
if (shots) mkdirSync('reports/present', { recursive: true });

const smallest = (texts: SlideText[]): SlideText | undefined =>
  texts.reduce<SlideText | undefined>((m, t) => (!m || t.size < m.size ? t : m), undefined);
const fmt = (t: SlideText | undefined): string => (t ? `${t.size.toFixed(1)} px "${t.text}" (${t.where})` : '—');

const server = await serveStatic('dist');
const browser = await chromium.launch({ executablePath: findBrowser(), args: CHROMIUM_ARGS });
for (const size of SIZES) {
  for (const path of targets) {
    const context = await browser.newContext({ viewport: size.viewport });
    const page: Page = await context.newPage();
    await page.goto(`${server.url}${path}?present`, { waitUntil: 'load' });
    const chapter: SlideText[] = [];
    const island: SlideText[] = [];
    const overlaps: string[] = [];
    let steps = 0;
    const started = await page.waitForSelector('html[data-present]', { timeout: 5000 }).then(
      () => true,
      () => false,
    );
    if (!started) {
      console.log(`${size.name} ${path}: present mode does not start`);
      await context.close();
      continue;
    }
    await walkSlides(page, async (step) => {
      steps += 1;
      const audit = await page.evaluate(auditSlide);
      for (const t of audit.texts) (t.island ? island : chapter).push(t);
      overlaps.push(...audit.overlaps.map((o) => `${step}: ${o}`));
      if (shots) await page.screenshot({ path: `reports/present/${path.replace(/\//g, '_')}${size.name}-${step}.png` });
    });
    console.log(
      `${size.name} ${path} (${steps} steps)\n  chapter text: ${fmt(smallest(chapter))}\n  island text:  ${fmt(smallest(island))}\n  overlaps: ${overlaps.length}`,
    );
    for (const o of overlaps.slice(0, 12)) console.log(`    ${o}`);
    const floor = size.viewport.height >= 1080 ? 24 : 16;
    for (const [name, list] of [
      ['chapter', chapter],
      ['island', island],
    ] as const) {
      const under = new Map<string, SlideText>();
      for (const t of list)
        if (t.size < floor - 0.05 && (!under.has(t.where) || t.size < (under.get(t.where)?.size ?? 0))) under.set(t.where, t);
      if (under.size) console.log(`  ${name} text under ${floor} px:\n${[...under.values()].map((t) => `    ${fmt(t)}`).join('\n')}`);
    }
    await context.close();
  }
}
await browser.close();
await server.close();
