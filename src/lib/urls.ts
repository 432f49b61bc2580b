/**
 * Every address the site builds, and every parse of one: page paths, chapter and event
 * pages, section anchors, the timeline's hashes, the map's `?date=`, present mode's
 * `?present` / `?presenter` / `&slide=`, share-card images. Pure and without dependencies:
 * pages, components, build-time modules and browser scripts all import it, so each address
 * is spelt once (as Starlight keeps its URL logic in `utils/path.ts` and `canonical.ts`).
 *
 * Every builder takes an optional locale. English has no prefix ("/timeline/"); another
 * language gets one and its own route names ("/es/linea-de-tiempo/"), from lib/locales.ts.
 */

import { DEFAULT_LOCALE, isLocale, LOCALE_INFO, LOCALES, type Locale } from './locales';

export type RouteKey = keyof (typeof LOCALE_INFO)['en']['routes'];

/** The first path segment of each route, per route and language: ROUTES.timeline.es = "linea-de-tiempo". */
export const ROUTES = Object.fromEntries(
  (Object.keys(LOCALE_INFO.en.routes) as RouteKey[]).map((key) => [
    key,
    Object.fromEntries(LOCALES.map((l) => [l, LOCALE_INFO[l].routes[key]])),
  ]),
) as Record<RouteKey, Record<Locale, string>>;

/** The pages that have one address each (chapters and events have one per entry; embeds and data files are not pages of the site's own). */
export type PageKey = 'home' | Exclude<RouteKey, 'chapters' | 'embed' | 'data'>;

/** The figures that can be embedded in another site's page. */
export const EMBEDDABLE_FIGURES = ['map', 'timeline'] as const;
export type EmbeddableFigure = (typeof EMBEDDABLE_FIGURES)[number];

/** What an address of ours names, once parsed. */
export type Route = { locale: Locale } & (
  | { kind: 'page'; page: PageKey }
  | { kind: 'chapter'; slug: string }
  | { kind: 'event'; id: string }
  | { kind: 'embed'; figure: EmbeddableFigure }
);

const prefix = (locale: Locale): string => (locale === DEFAULT_LOCALE ? '' : `/${locale}`);

/** "/", "/timeline/", "/es/cronologia/". */
export function pagePath(page: PageKey, locale: Locale = DEFAULT_LOCALE): string {
  return page === 'home' ? `${prefix(locale)}/` : `${prefix(locale)}/${ROUTES[page][locale]}/`;
}

/** "/chapters/nobodys-lackey/". */
export function chapterPath(slug: string, locale: Locale = DEFAULT_LOCALE): string {
  return `${prefix(locale)}/${ROUTES.chapters[locale]}/${slug}/`;
}

/** A timeline event's own page, "/timeline/ships-to-cuba/": the address to share (its preview names the event). */
export function eventPagePath(id: string, locale: Locale = DEFAULT_LOCALE): string {
  return `${pagePath('timeline', locale)}${encodeURIComponent(id)}/`;
}

/** A figure alone, for another site's iframe: "/embed/map/", "/es/insertar/linea-de-tiempo/". */
export function embedPath(figure: EmbeddableFigure, locale: Locale = DEFAULT_LOCALE): string {
  return `${prefix(locale)}/${ROUTES.embed[locale]}/${ROUTES[figure][locale]}/`;
}

/** The datasets the site publishes, and the formats of each. */
export type Dataset = 'membership' | 'events';
export type DataFormat = 'csv' | 'json';

/** A downloadable file, generated at build time from content/: "/data/membership-history.csv". */
export function dataFilePath(dataset: Dataset, format: DataFormat, locale: Locale = DEFAULT_LOCALE): string {
  return `${prefix(locale)}/${ROUTES.data[locale]}/${LOCALE_INFO[locale].dataFiles[dataset]}.${format}`;
}

/** What each column of the data files means, their licence and how to cite them: "/data/README.txt". */
export function dataReadmePath(locale: Locale = DEFAULT_LOCALE): string {
  return `${prefix(locale)}/${ROUTES.data[locale]}/${LOCALE_INFO[locale].dataFiles.readme}.txt`;
}

// --- installing and offline use ---------------------------------------------------------

/** The web app manifest of a language's edition ("/manifest.webmanifest", "/es/manifest.webmanifest"). */
export function manifestPath(locale: Locale = DEFAULT_LOCALE): string {
  return `${prefix(locale)}/manifest.webmanifest`;
}

/** The app icons rendered from the favicon ("/icons/192.png", "/icons/maskable-512.png"). */
export type AppIcon = '192' | '512' | 'maskable-512' | 'apple-touch-180';
export const appIconPath = (icon: AppIcon): string => `/icons/${icon}.png`;

/** The service worker (src/integrations/offlineWorker.ts writes it); its scope is the whole site, both languages. */
export const SERVICE_WORKER_PATH = '/sw.js';

/** What saving the site for offline use downloads: { files, bytes }, written beside the worker. */
export const OFFLINE_SUMMARY_PATH = '/offline.json';

/** The absolute address of one of our paths on the deployed site ("https://…/timeline/"). */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  return new URL(path, site).href;
}

/** "/chapters/x/#what-is-celac"; "" as the path gives the same page's "#what-is-celac". */
export function sectionHref(path: string, id: string): string {
  return `${path}#${id}`;
}

/** The "#section" part of an href, or "" when it has none. */
export function hashOf(href: string): string {
  const at = href.indexOf('#');
  return at === -1 ? '' : href.slice(at);
}

/** A glossary entry on the glossary page ("/glossary/#celac"). */
export function glossaryTermHref(name: string, locale: Locale = DEFAULT_LOCALE): string {
  return sectionHref(pagePath('glossary', locale), name);
}

/** The parts at the end of the handout that chapters' figures point to. */
export type HandoutSection = 'timeline' | 'membership';

export function handoutSectionHref(section: HandoutSection, locale: Locale = DEFAULT_LOCALE): string {
  return sectionHref(pagePath('handout', locale), section);
}

// --- the membership map -------------------------------------------------------------------

/** The id of a state's history on the map page (StateHistories.tsx). */
export const historyId = (iso3: string): string => `history-${iso3}`;

/** A state's history: "#history-NIC" on the map page (`base` ""), "/map/#history-NIC" elsewhere. */
export function stateHistoryHref(iso3: string, base: string = pagePath('map')): string {
  return sectionHref(base, historyId(iso3));
}

/** The search parameter that carries the map's (and the timeline's) selected day. */
export const DATE_PARAM = 'date';

const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isIsoDay(value: unknown): value is string {
  return typeof value === 'string' && ISO_DAY.test(value);
}

/** The day a search string carries, or null ("?date=2019-11-10" → "2019-11-10"). */
export function dateFromSearch(search: string): string | null {
  const value = new URLSearchParams(search).get(DATE_PARAM);
  return isIsoDay(value) ? value : null;
}

/** URLSearchParams writes a bare flag such as ?present as "present="; this keeps it bare. */
const bareFlags = (href: string): string => href.replace(/([?&][^=&#]+)=(?=[&#]|$)/g, '$1');

/** `href` (absolute) with its date parameter set, everything else (other parameters, hash) kept. */
export function withDate(href: string, date: string): string {
  const url = new URL(href);
  url.searchParams.set(DATE_PARAM, date);
  return bareFlags(url.href);
}

// --- the timeline -------------------------------------------------------------------------

/** The hash name of an anchor year: "y2019" (opens that year's main event). */
export const yearHashName = (year: number): string => `y${year}`;

/** The hash that names an event (or "y2019"), for history.replaceState. */
export function hashForEvent(id: string): string {
  return `#${encodeURIComponent(id)}`;
}

/** What a timeline hash names: an event id, an anchor year, or nothing ("", "#"). */
export function parseTimelineHash(hash: string): { id: string } | { year: number } | null {
  const name = decodeURIComponent(hash.replace(/^#/, ''));
  if (!name) return null;
  const year = /^y(\d{4})$/.exec(name);
  return year ? { year: Number(year[1]) } : { id: name };
}

/** An event (or "y2019", a year's main event) opened on the full timeline page: "/timeline/#id". */
export function timelineHref(id: string, locale: Locale = DEFAULT_LOCALE): string {
  return `${pagePath('timeline', locale)}${hashForEvent(id)}`;
}

/** An anchor year on the full timeline page: "/timeline/#y2019". */
export function timelineYearHref(year: number, locale: Locale = DEFAULT_LOCALE): string {
  return timelineHref(yearHashName(year), locale);
}

// --- present mode -------------------------------------------------------------------------

/** The parameters present mode reads and writes. */
const PRESENT = 'present';
const PRESENTER = 'presenter';
const SLIDE = 'slide';
const PREVIEW = 'preview';

/** What a search string asks for: the slides, the presenter view, or the plain page (null). */
export function presentModeOf(search: string): 'present' | 'presenter' | null {
  const query = new URLSearchParams(search);
  return query.has(PRESENTER) ? 'presenter' : query.has(PRESENT) ? 'present' : null;
}

/** The slide a search string asks for, as written (slidePlan.ts's slideFromQuery reads it). */
export const slideOf = (search: string): string | null => new URLSearchParams(search).get(SLIDE);

/** The deck drawn without controls inside the presenter view (`&preview`). */
export const isPreview = (search: string): boolean => new URLSearchParams(search).has(PREVIEW);

/**
 * `href`'s page presented from the section whose heading is `#id` (no slide number: the deck
 * opens at that section's first slide). How present mode hands its place to a translation,
 * whose sections may take a different number of slides.
 */
export function sectionSlidesHref(href: string, id: string): string {
  const url = new URL(href);
  url.searchParams.set(PRESENT, '');
  url.searchParams.delete(SLIDE);
  url.hash = id;
  return url.href;
}

/** The address of slide `n` of `href`'s page: ?present&slide=N, keeping the rest (the map's ?date, the timeline's #event). */
export function slideHref(href: string, n: number): string {
  const url = new URL(href);
  url.searchParams.set(PRESENT, '');
  url.searchParams.set(SLIDE, String(n));
  return bareFlags(url.href);
}

/** The deck at slide `n` without controls, as the presenter view's previews load it. */
export function slidePreviewSrc(pathname: string, n: number): string {
  return `${pathname}?${PRESENT}&${SLIDE}=${n}&${PREVIEW}`;
}

/** The presenter view of a page (only the path is kept: it opens on its own). */
export function presenterHref(pathname: string, origin: string): string {
  const url = new URL(pathname, origin);
  url.search = `?${PRESENTER}`;
  return url.href;
}

/** `href` with present mode's parameters removed (leaving the slides). */
export function withoutPresent(href: string): string {
  const url = new URL(href);
  for (const p of [PRESENT, SLIDE, PREVIEW]) url.searchParams.delete(p);
  return url.href;
}

// --- share cards --------------------------------------------------------------------------

/** The share card of one of the pages that has its own: "/og/timeline.png", "/og/home.png". */
export function ogPageImagePath(page: PageKey, locale: Locale = DEFAULT_LOCALE): string {
  return `${prefix(locale)}/og/${page}.png`;
}

/**
 * The image a page's share tags point at, derived from its path alone: a chapter's or an
 * event's own card, a page's card, and the home card for any other page (404).
 */
export function ogImagePath(pathname: string): string {
  const route = parsePath(pathname);
  const locale = route?.locale ?? DEFAULT_LOCALE;
  if (route?.kind === 'chapter') return `${prefix(locale)}/og/${ROUTES.chapters.en}/${route.slug}.png`;
  if (route?.kind === 'event') return `${prefix(locale)}/og/${ROUTES.timeline.en}/${route.id}.png`;
  return ogPageImagePath(route?.kind === 'page' ? route.page : 'home', locale);
}

/** The og route's parameter for an image path: "/og/chapters/x.png" → "chapters/x". */
export const ogRouteParam = (imagePath: string): string => imagePath.replace(/^\/og\/|\.png$/g, '');

// --- reading our own paths back -----------------------------------------------------------

const routeKeyOf = (segment: string, locale: Locale): RouteKey | undefined =>
  (Object.keys(ROUTES) as RouteKey[]).find((key) => ROUTES[key][locale] === segment);

/**
 * What one of our paths names ("/chapters/x/", "/es/cronologia/", "/timeline/ships-to-cuba/"),
 * or null for any other path (404, an asset, a path without its closing slash).
 */
export function parsePath(pathname: string): Route | null {
  if (!pathname.endsWith('/')) return null;
  const parts = pathname.split('/').slice(1, -1);
  const first = parts[0];
  const locale = isLocale(first) && first !== DEFAULT_LOCALE ? first : DEFAULT_LOCALE;
  if (locale !== DEFAULT_LOCALE) parts.shift();
  if (parts.some((p) => p === '')) return null;
  const [segment, entry, ...rest] = parts;
  if (segment === undefined) return { locale, kind: 'page', page: 'home' };
  const key = routeKeyOf(segment, locale);
  if (!key || rest.length > 0) return null;
  if (key === 'chapters') return entry === undefined ? null : { locale, kind: 'chapter', slug: entry };
  if (key === 'data') return null;
  if (key === 'embed') {
    const figure = EMBEDDABLE_FIGURES.find((f) => ROUTES[f][locale] === entry);
    return figure ? { locale, kind: 'embed', figure } : null;
  }
  if (entry === undefined) return { locale, kind: 'page', page: key };
  return key === 'timeline' ? { locale, kind: 'event', id: decodeURIComponent(entry) } : null;
}

/** "/chapters/nobodys-lackey/" → "nobodys-lackey"; undefined for any other path. */
export function chapterSlugOf(pathname: string): string | undefined {
  const route = parsePath(pathname);
  return route?.kind === 'chapter' ? route.slug : undefined;
}

/** "/timeline/ships-to-cuba/" → "ships-to-cuba"; undefined for any other path. */
export function eventIdOf(pathname: string): string | undefined {
  const route = parsePath(pathname);
  return route?.kind === 'event' ? route.id : undefined;
}
