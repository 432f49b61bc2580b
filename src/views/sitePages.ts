/**
 * Every page of the site in every language, for the routes that build them (src/pages/: the
 * chapters, the event pages and the rest, each a route so that its stylesheet holds only its
 * views' styles): its address, its view and that view's props, and the address of
 * the same page in each other language (hreflang, the sitemap, the language switch). The pages
 * come from the route table (lib/urls.ts) and the content, so a language is data, not a route file.
 */
import type { MarkdownHeading } from 'astro';
import { render } from 'astro:content';
import { getChapters, getContentLocales, getEvents, getLessonLocales, type ChapterSummary } from '../content';
import { toEventView } from '../figures/timelineData';
import type { EventView } from '../lib/timeline/timelineModel';
import { DEFAULT_LOCALE, type Locale } from '../lib/locales';
import { chapterPath, EMBEDDABLE_FIGURES, embedPath, eventPagePath, pagePath, type EmbeddableFigure, type PageKey } from '../lib/urls';

/** The same page in every language: locale → path ("/es/capitulos/lacayo-de-nadie/"). */
export type Alternates = Partial<Record<Locale, string>>;

/** What every view receives: the page's language and its twins in the others. */
export interface ViewProps {
  locale: Locale;
  alternates: Alternates;
}

interface ChapterPageProps {
  chapter: ChapterSummary;
  total: number;
  prev: ChapterSummary | undefined;
  next: ChapterSummary | undefined;
  /** The section ids of this chapter's twin in each language, in heading order: the switch maps a #section to its twin. */
  twinSections: Partial<Record<Locale, string[]>>;
}

interface EventPageProps {
  event: EventView;
  prev: EventView | undefined;
  next: EventView | undefined;
  position: number;
  total: number;
}

export type SitePage = { locale: Locale; path: string; alternates: Alternates } & (
  | { view: (typeof SINGLE_PAGES)[number] | 'notFound' }
  | { view: 'chapter'; props: ChapterPageProps }
  | { view: 'event'; props: EventPageProps }
  | { view: 'embed'; props: { figure: EmbeddableFigure } }
);

const SINGLE_PAGES = ['home', 'timeline', 'map', 'glossary', 'about', 'handout', 'teach'] as const satisfies readonly PageKey[];

/** The English chapter a chapter translates (itself for English): the key that pairs twins. */
const twinKey = (c: ChapterSummary): string => c.translationOf;

// Sections and subsections, in order: a chapter and its translation have the same structure.
const sectionIds = (headings: MarkdownHeading[]): string[] => headings.filter((h) => h.depth === 2 || h.depth === 3).map((h) => h.slug);

let built: Promise<SitePage[]> | undefined;

/** Every page; worked out once per build, as each route asks for its own. */
export function sitePages(): Promise<SitePage[]> {
  built ??= listPages();
  return built;
}

export type View = SitePage['view'];

/** The pages of one view: a route of its own builds them (src/pages/[...chapter].astro). */
export async function pagesOfView<V extends View>(view: V): Promise<Extract<SitePage, { view: V }>[]> {
  return (await sitePages()).filter((p): p is Extract<SitePage, { view: V }> => p.view === view);
}

/** The views that have a route of their own; src/pages/[...path].astro builds every other page. */
export const OWN_ROUTE_VIEWS = ['chapter', 'event'] as const satisfies readonly View[];

async function listPages(): Promise<SitePage[]> {
  // The languages that have content (a build with TRANSLATIONS_DIR='' has English alone).
  const locales = await getContentLocales();
  const byLocale = await Promise.all(
    locales.map(async (locale) => {
      const chapters = await getChapters(locale);
      const headings = await Promise.all(chapters.map(async (c) => sectionIds((await render(c.entry)).headings)));
      const events = (await getEvents(locale)).map((entry) => toEventView(entry, locale));
      return { locale, chapters, headings, events };
    }),
  );
  const chapterTwins = (key: string): { alternates: Alternates; sections: Partial<Record<Locale, string[]>> } => {
    const alternates: Alternates = {};
    const sections: Partial<Record<Locale, string[]>> = {};
    for (const { locale, chapters, headings } of byLocale) {
      const i = chapters.findIndex((c) => twinKey(c) === key);
      const twin = chapters[i];
      if (twin) {
        alternates[locale] = chapterPath(twin.slug, locale);
        sections[locale] = headings[i] ?? [];
      }
    }
    return { alternates, sections };
  };
  const everywhere = (path: (l: Locale) => string): Alternates => Object.fromEntries(locales.map((l) => [l, path(l)]));
  // The teachers' page exists where there are lessons (every language, except in fixture builds).
  const lessonLocales = await getLessonLocales();
  const singlePages = (locale: Locale) => SINGLE_PAGES.filter((page) => page !== 'teach' || lessonLocales.includes(locale));
  const singleAlternates = (page: (typeof SINGLE_PAGES)[number]): Alternates =>
    Object.fromEntries(locales.filter((l) => singlePages(l).includes(page)).map((l) => [l, pagePath(page, l)]));

  return byLocale.flatMap(({ locale, chapters, events }) => [
    ...singlePages(locale).map((page) => ({ locale, path: pagePath(page, locale), alternates: singleAlternates(page), view: page })),
    ...chapters.map((chapter, i) => {
      const twins = chapterTwins(twinKey(chapter));
      return {
        locale,
        path: chapterPath(chapter.slug, locale),
        alternates: twins.alternates,
        view: 'chapter' as const,
        props: { chapter, total: chapters.length, prev: chapters[i - 1], next: chapters[i + 1], twinSections: twins.sections },
      };
    }),
    // English's 404 is src/pages/404.astro (/404.html, what hosts serve); each other language
    // has its own at /<locale>/404/, which the host maps to that language's missing paths.
    ...(locale === DEFAULT_LOCALE ? [] : [{ locale, path: `${pagePath('home', locale)}404/`, alternates: {}, view: 'notFound' as const }]),
    // A figure alone, for other sites' frames: never in the sitemap (astro.config.mjs), framed by any origin (integrations/securityHeaders.ts).
    ...EMBEDDABLE_FIGURES.map((figure) => ({
      locale,
      path: embedPath(figure, locale),
      alternates: everywhere((l) => embedPath(figure, l)),
      view: 'embed' as const,
      props: { figure },
    })),
    ...events.map((event, i) => ({
      locale,
      path: eventPagePath(event.id, locale),
      alternates: everywhere((l) => eventPagePath(event.id, l)),
      view: 'event' as const,
      props: { event, prev: events[i - 1], next: events[i + 1], position: i + 1, total: events.length },
    })),
  ]);
}

/** Astro's rest parameter for a path: undefined for "/", "es/capitulos/x" for "/es/capitulos/x/". */
export const restParam = (path: string): string | undefined => path.replace(/^\/|\/$/g, '') || undefined;
