import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import jsQR from 'jsqr';
import { axeViolations } from '../support/axe';
import { launch, openPage, VIEWPORTS } from '../support/browser';
import { builtHtml, chapterPaths } from '../support/sitePages';
import { decodePng } from '../support/png';
import { DEFAULT_LOCALE, type Locale } from '../../src/lib/locales';
import { chapterSlugOf, embedPath, pagePath, parsePath, parseTimelineHash, presentModeOf, dateFromSearch } from '../../src/lib/urls';
import { ACTIVITY_MINUTES } from '../../src/schemas/teaching';

/**
 * The teachers' page (/teach/, /es/ensenar/): a lesson for every chapter with the chapter's
 * own questions, a 10–15-minute activity, and links that work: slides, the handout, a QR code
 * of the chapter's address, the embed code; it reads on a phone, works without JavaScript and prints.
 */
let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

const LOCALES: Locale[] = ['en', 'es'];
const chaptersDir = (l: Locale) => (l === DEFAULT_LOCALE ? 'content/chapters' : `content/${l}/chapters`);

/** A chapter's discussion questions, straight from its frontmatter. */
function frontmatterQuestions(locale: Locale, slug: string): string[] {
  const file = readdirSync(chaptersDir(locale)).find((f) => f === `${slug}.mdx`);
  if (!file) throw new Error(`no chapter file for ${slug}`);
  const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(`${chaptersDir(locale)}/${file}`, 'utf8'))?.[1] ?? '';
  return (parse(front) as { questions: string[] }).questions;
}

interface Lesson {
  slug: string;
  kicker: string;
  title: string;
  titleHref: string;
  summary: string;
  goals: number;
  questions: string[];
  stepMinutes: number[];
  totalText: string;
  present: string;
  handout: string;
  open: string[];
  embed: string;
  qrLabel: string;
}

const readLessons = (page: Page): Promise<Lesson[]> =>
  page.$$eval('section.lesson', (blocks) =>
    blocks.map((b) => {
      const text = (sel: string) => b.querySelector(sel)?.textContent?.trim() ?? '';
      const href = (sel: string) => b.querySelector(sel)?.getAttribute('href') ?? '';
      return {
        slug: b.id,
        kicker: text('.lesson__kicker'),
        title: text('h2'),
        titleHref: href('h2 a'),
        summary: text('[data-part="summary"] p'),
        goals: b.querySelectorAll('[data-part="goals"] li').length,
        questions: [...b.querySelectorAll('[data-part="questions"] li')].map((li) => li.textContent?.trim() ?? ''),
        // The minutes as the page prints them ("3 min"), not a data attribute: what a teacher reads.
        stepMinutes: [...b.querySelectorAll('.lesson-activity__minutes')].map((s) => Number.parseInt(s.textContent ?? '', 10)),
        totalText: text('.lesson-activity__total'),
        present: href('a[data-link="present"]'),
        handout: href('a[data-link="handout"]'),
        open: [...b.querySelectorAll('.lesson-activity a[data-open]')].map((a) => a.getAttribute('href') ?? ''),
        embed: b.querySelector('.lesson-links__code code')?.textContent ?? '',
        qrLabel: b.querySelector('svg[role="img"]')?.getAttribute('aria-label') ?? '',
      };
    }),
  );

describe.each(LOCALES)('the teachers’ page in %s', (locale) => {
  const path = pagePath('teach', locale);
  const chapters = () => chapterPaths(locale);

  it('has one lesson per chapter, in reading order, each with its summary, goals, the chapter’s own questions and an activity of 10–15 minutes', async () => {
    const { page, context, consoleErrors } = await openPage(browser, path);
    const lessons = await readLessons(page);
    expect(lessons.map((l) => l.titleHref).sort()).toEqual([...chapters()].sort());
    // In reading order: the kickers count 1, 2, 3… (the sitemap's order is alphabetical).
    expect(lessons.map((l) => Number(/\d+/.exec(l.kicker)?.[0]))).toEqual(lessons.map((_, i) => i + 1));
    for (const l of lessons) {
      expect(l.slug).toBe(chapterSlugOf(l.titleHref));
      expect(l.summary.length, l.slug).toBeGreaterThan(200);
      expect(l.goals, l.slug).toBeGreaterThanOrEqual(2);
      expect(l.goals, l.slug).toBeLessThanOrEqual(4);
      expect(l.questions, l.slug).toEqual(frontmatterQuestions(locale, l.slug));
      const total = l.stepMinutes.reduce((a, b) => a + b, 0);
      expect(
        l.stepMinutes.every((m) => m > 0),
        l.slug,
      ).toBe(true);
      expect(total, l.slug).toBeGreaterThanOrEqual(ACTIVITY_MINUTES.min);
      expect(total, l.slug).toBeLessThanOrEqual(ACTIVITY_MINUTES.max);
      expect(l.totalText, 'the total printed matches its steps').toContain(String(total));
      expect(l.open.length, `${l.slug}: the activity opens the timeline or the map`).toBeGreaterThan(0);
    }
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('links each activity to events the timeline has and to real days on the map', async () => {
    const { page, context } = await openPage(browser, path);
    const timeline = builtHtml(pagePath('timeline', locale));
    for (const l of await readLessons(page)) {
      for (const href of l.open) {
        const url = new URL(href, 'http://x');
        const route = parsePath(url.pathname);
        expect(route?.kind === 'page' && route.locale === locale, href).toBe(true);
        if (route?.kind === 'page' && route.page === 'timeline') {
          const target = parseTimelineHash(url.hash);
          expect(target && 'id' in target, href).toBe(true);
          if (target && 'id' in target) expect(timeline, `${l.slug}: ${href}`).toContain(`id="${target.id}"`);
        } else {
          expect(route?.kind === 'page' && route.page, href).toBe('map');
          expect(dateFromSearch(url.search), href).not.toBeNull();
        }
      }
    }
    await context.close();
  });

  it('its present links open each chapter in present mode', async () => {
    const { page, context } = await openPage(browser, path);
    const lessons = await readLessons(page);
    await context.close();
    for (const l of lessons) {
      expect(presentModeOf(new URL(l.present, 'http://x').search), l.present).toBe('present');
      const slides = await openPage(browser, l.present, { viewport: VIEWPORTS.projector });
      await slides.page.waitForSelector('html[data-present]', { timeout: 15_000 });
      expect(new URL(slides.page.url()).pathname).toBe(l.titleHref);
      expect(slides.consoleErrors).toEqual([]);
      await slides.context.close();
    }
  }, 180_000);

  it('its handout links point at each chapter’s own section of the handout', async () => {
    const { page, context } = await openPage(browser, path);
    const lessons = await readLessons(page);
    await context.close();
    const handout = builtHtml(pagePath('handout', locale));
    for (const l of lessons) {
      const url = new URL(l.handout, 'http://x');
      expect(url.pathname).toBe(pagePath('handout', locale));
      const id = decodeURIComponent(url.hash.slice(1));
      expect(handout, l.handout).toMatch(
        new RegExp(`<section class="handout-chapter"[^>]*data-chapter="${l.slug}"[\\s\\S]{0,400}?id="${id}"`),
      );
    }
  });

  it('its QR codes decode to each chapter’s address and are named by it', async () => {
    const { page, context } = await openPage(browser, path);
    const origin = new URL((await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').origin;
    const lessons = await readLessons(page);
    const qrs = page.locator('section.lesson svg[role="img"]');
    expect(await qrs.count()).toBe(lessons.length);
    for (const [i, l] of lessons.entries()) {
      const shot = await qrs.nth(i).screenshot();
      const { width, height, data } = decodePng(shot);
      const address = new URL(l.titleHref, origin).href;
      expect(jsQR(data, width, height)?.data, l.slug).toBe(address);
      expect(l.qrLabel).toContain(address);
    }
    await context.close();
  });

  it('its embed code is an iframe of the map or timeline embed in the page’s language, with a title and a height', async () => {
    const { page, context } = await openPage(browser, path);
    for (const l of await readLessons(page)) {
      const frame = /^<iframe src="([^"]+)" title="([^"]+)" width="100%" height="(\d+)"[^>]*><\/iframe>$/.exec(l.embed);
      expect(frame, l.embed).not.toBeNull();
      const src = new URL(frame?.[1]?.replace(/&amp;/g, '&') ?? '');
      const figure = src.pathname === embedPath('map', locale) ? 'map' : src.pathname === embedPath('timeline', locale) ? 'timeline' : null;
      expect(figure, src.pathname).not.toBeNull();
      // It opens at the activity's state: a day on the map, an event on the timeline.
      if (figure === 'map') expect(dateFromSearch(src.search)).not.toBeNull();
      else expect(src.hash.length).toBeGreaterThan(1);
      expect(Number(frame?.[3])).toBeGreaterThan(300);
    }
    await context.close();
  });

  it('passes axe and reads on a phone without sideways scrolling', async () => {
    const { page, context } = await openPage(browser, path, { viewport: VIEWPORTS.phone });
    expect(await axeViolations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('shows every lesson, QR code and embed code with JavaScript off', async () => {
    const { page, context } = await openPage(browser, path, { javaScriptEnabled: false });
    const n = chapters().length;
    expect(await page.locator('section.lesson').count()).toBe(n);
    expect(await page.locator('section.lesson svg[role="img"]').count()).toBe(n);
    expect(await page.locator('.lesson-links__code code').count()).toBe(n);
    await expect(page.locator('section.lesson svg[role="img"]').first().isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('is linked from the home page', () => {
    expect(builtHtml(pagePath('home', locale))).toContain(`href="${path}"`);
  });

  for (const format of ['A4', 'Letter'] as const) {
    it(`prints to ${format}: each lesson starts a page, QR codes print, and links print their address`, async () => {
      const { page, context } = await openPage(browser, path);
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => {
        const lessons = [...document.querySelectorAll('section.lesson')];
        const link = document.querySelector('section.lesson a[data-print-url]');
        return {
          breaks: lessons.map((l) => getComputedStyle(l).breakBefore),
          qrVisible: [...document.querySelectorAll<SVGElement>('section.lesson svg[role="img"]')].every(
            (s) => s.getBoundingClientRect().width > 90,
          ),
          after: link ? getComputedStyle(link, '::after').content : '',
          address: link?.getAttribute('data-print-url') ?? '',
        };
      });
      expect(new Set(printed.breaks)).toEqual(new Set(['page']));
      expect(printed.qrVisible).toBe(true);
      expect(printed.after).toContain(printed.address);
      const pdf = await page.pdf({ format });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      // The introduction, a page or more per lesson, and the two closing sections.
      expect(pages).toBeGreaterThanOrEqual(chapters().length + 2);
      // And no more than two pages a lesson, give or take one: the links box (QR code and
      // addresses) keeps to its lesson's last page instead of taking a page of its own, as it did
      // when it printed the iframe code too (22 pages in English, 24 in Spanish on A4; now 16, 17).
      if (format === 'A4') expect(pages).toBeLessThanOrEqual(2 * chapters().length + 3);
      await context.close();
    }, 120_000);
  }
});
