/**
 * The data downloads' routes, one per extension ([...data].csv.ts, .json.ts, .txt.ts: a route
 * whose file name ends in its extension is served without a trailing slash, which the site's
 * `trailingSlash: 'always'` would otherwise demand of it, in the dev server too). Written at
 * build time from content/ in every language, at the paths lib/urls.ts gives
 * ("/data/membership-history.csv", "/es/datos/LEAME.txt"); the bytes are
 * src/figures/dataExports.ts's, and nothing under public/ is written by hand.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getContentLocales } from '../content';
import { loadDataFiles } from '../figures/dataFiles';
import type { Locale } from '../lib/locales';
import { dataFilePath, dataReadmePath } from '../lib/urls';

const DATASETS = ['membership', 'events'] as const;

interface Props {
  locale: Locale;
  path: string;
}

export function dataRoute(extension: 'csv' | 'json' | 'txt'): { getStaticPaths: GetStaticPaths; GET: APIRoute<Props> } {
  const getStaticPaths = (async () => {
    // The languages that have content (a build with TRANSLATIONS_DIR='' has English alone).
    const locales = await getContentLocales();
    const paths = locales.flatMap((locale) =>
      extension === 'txt'
        ? [{ locale, path: dataReadmePath(locale) }]
        : DATASETS.map((dataset) => ({ locale, path: dataFilePath(dataset, extension, locale) })),
    );
    // The route's parameter is the file's path without its leading slash and its extension.
    return paths.map(({ locale, path }) => ({ params: { data: path.slice(1, -(extension.length + 1)) }, props: { locale, path } }));
  }) satisfies GetStaticPaths;

  const GET: APIRoute<Props> = async ({ props, site }) => {
    const file = (await loadDataFiles(props.locale, site)).find((f) => f.path === props.path);
    if (!file) throw new Error(`${props.path}: src/figures/dataExports.ts wrote no such file`);
    return new Response(file.body, { headers: { 'Content-Type': file.contentType } });
  };

  return { getStaticPaths, GET };
}
