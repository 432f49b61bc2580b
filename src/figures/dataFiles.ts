/**
 * The data downloads of one language, read from the content: the one place the endpoint
 * (src/pages/_dataFiles.ts) and the download links (src/components/DataDownloads.astro) get
 * them, so a link states the size of exactly the file the build writes. The records and bytes
 * themselves are src/figures/dataExports.ts (pure, tested without Astro).
 */
import { getEvents, getMembershipStates } from '../content';
import { FACTS_CHECKED } from '../site';
import type { Locale } from '../lib/locales';
import { dataFiles, type DataFile } from './dataExports';

const cache = new Map<string, Promise<DataFile[]>>();

async function read(locale: Locale, site: URL | string): Promise<DataFile[]> {
  const [states, events] = await Promise.all([getMembershipStates(locale), getEvents(locale)]);
  return dataFiles({
    locale,
    site,
    states,
    events: events.map(({ event, chapters }) => ({ event, chapters: chapters.map((c) => ({ slug: c.chapter.slug, href: c.href })) })),
    eventsChecked: FACTS_CHECKED.date,
  });
}

/** Every file of a language (each page that links them asks once per build, not once per link). */
export function loadDataFiles(locale: Locale, site: URL | string | undefined): Promise<DataFile[]> {
  if (!site) throw new Error('The data files need `site` in astro.config.mjs: every address in them is absolute.');
  const key = `${locale} ${String(site)}`;
  let files = cache.get(key);
  // Not cached in the dev server, so an edited YAML file shows in the next download.
  if (!files || import.meta.env.DEV) {
    files = read(locale, site);
    cache.set(key, files);
  }
  return files;
}
