/**
 * The data downloads, written at build time from content/ in every language: the membership
 * history and the timeline events as CSV and JSON, and the README beside them, at the paths
 * lib/urls.ts gives ("/data/membership-history.csv", "/es/datos/LEAME.txt"). The bytes are
 * src/figures/dataExports.ts's; nothing under public/ is written by hand.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getContentLocales } from '../content';
import { loadDataFiles } from '../figures/dataFiles';
import { dataFilePath, dataReadmePath } from '../lib/urls';

const DATASETS = ['membership', 'events'] as const;
const FORMATS = ['csv', 'json'] as const;

export const getStaticPaths = (async () => {
  // The languages that have content (a build with TRANSLATIONS_DIR='' has English alone).
  const locales = await getContentLocales();
  const paths = locales.flatMap((locale) => [
    ...DATASETS.flatMap((d) => FORMATS.map((f) => ({ locale, path: dataFilePath(d, f, locale) }))),
    { locale, path: dataReadmePath(locale) },
  ]);
  // The route's parameter is the file's path without its leading slash.
  return paths.map(({ locale, path }) => ({ params: { data: path.slice(1) }, props: { locale, path } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const file = (await loadDataFiles(props.locale, site)).find((f) => f.path === props.path);
  if (!file) throw new Error(`${props.path}: src/figures/dataExports.ts wrote no such file`);
  return new Response(file.body, { headers: { 'Content-Type': file.contentType } });
};
