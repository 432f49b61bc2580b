import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { SERIALISE } from '../lib/serialiseHtml.ts';
import { fill } from '../lib/fill.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../lib/locales.ts';
import { dictionary } from '../i18n/index.ts';
import { htmlFiles, routeOf } from './builtPages.ts';

/**
 * The Markdown processor (satteri) writes the footnotes' back links in English ("Back to
 * reference 3") and takes one heading for every page (astro.config.mjs). On each page in
 * another language this rewrites both from that language's dictionary (site.footnotes), so a
 * Spanish page has no English for a screen reader to read out. Text and attributes only:
 * no script or style changes, so every CSP hash still holds.
 */
const BACKREF = /^Back to reference (\d+(?:-\d+)?)$/;

export function localiseFootnotes(html: string, locale: Locale): { html: string; changed: number } {
  if (locale === DEFAULT_LOCALE) return { html, changed: 0 };
  const { footnotes } = dictionary(locale).site;
  const english = dictionary(DEFAULT_LOCALE).site.footnotes.label;
  const tree: Root = fromHtml(html);
  let changed = 0;
  visit(tree, (node) => {
    if (node.type === 'text' && node.value.includes(english)) {
      node.value = node.value.replaceAll(english, footnotes.label);
      changed += 1;
    }
    if (node.type !== 'element') return;
    const el = node;
    for (const name of ['ariaLabel', 'title'] as const) {
      const value = el.properties[name];
      if (typeof value !== 'string') continue;
      const n = BACKREF.exec(value)?.[1];
      if (n) el.properties[name] = fill(footnotes.backToReference, { n });
      else if (value.includes(english)) el.properties[name] = value.replaceAll(english, footnotes.label);
      else continue;
      changed += 1;
    }
  });
  return changed ? { html: toHtml(tree, SERIALISE), changed } : { html, changed };
}

const localeOfRoute = (route: string): Locale => LOCALES.find((l) => l !== DEFAULT_LOCALE && route.startsWith(`/${l}/`)) ?? DEFAULT_LOCALE;

export default function localiseFootnotesIntegration(): AstroIntegration {
  return {
    name: 'localise-footnotes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let pages = 0;
        for (const file of await htmlFiles(root)) {
          const locale = localeOfRoute(routeOf(file, root));
          if (locale === DEFAULT_LOCALE) continue;
          const result = localiseFootnotes(await readFile(file, 'utf8'), locale);
          if (result.changed) {
            await writeFile(file, result.html);
            pages += 1;
          }
        }
        logger.info(`footnote labels in the page's language on ${pages} pages`);
      },
    },
  };
}
