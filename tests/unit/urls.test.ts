import { describe, expect, it } from 'vitest';
import {
  embedPath,
  EMBEDDABLE_FIGURES,
  dataFilePath,
  dataReadmePath,
  absoluteUrl,
  chapterPath,
  chapterSlugOf,
  dateFromSearch,
  eventIdOf,
  eventPagePath,
  glossaryTermHref,
  handoutSectionHref,
  hashForEvent,
  hashOf,
  isPreview,
  ogImagePath,
  ogPageImagePath,
  ogRouteParam,
  pagePath,
  parsePath,
  parseTimelineHash,
  presenterHref,
  presentModeOf,
  ROUTES,
  sectionHref,
  slideHref,
  slideOf,
  slidePreviewSrc,
  stateHistoryHref,
  timelineHref,
  timelineYearHref,
  withDate,
  withoutPresent,
  type PageKey,
} from '../../src/lib/urls';
import { LOCALES } from '../../src/lib/locales';

const PAGES: PageKey[] = ['home', 'timeline', 'map', 'glossary', 'about', 'handout'];

describe('English addresses have no language prefix', () => {
  it('spells every page, chapter and event path as the site has always served them', () => {
    expect(PAGES.map((p) => pagePath(p))).toEqual(['/', '/timeline/', '/map/', '/glossary/', '/about/', '/handout/']);
    expect(chapterPath('nobodys-lackey')).toBe('/chapters/nobodys-lackey/');
    expect(eventPagePath('ships-to-cuba')).toBe('/timeline/ships-to-cuba/');
  });

  it('builds section, glossary, handout and state-history anchors', () => {
    expect(sectionHref('/chapters/x/', 'what-is-celac')).toBe('/chapters/x/#what-is-celac');
    expect(sectionHref('', 'questions')).toBe('#questions');
    expect(glossaryTermHref('celac')).toBe('/glossary/#celac');
    expect(handoutSectionHref('membership')).toBe('/handout/#membership');
    expect(stateHistoryHref('NIC')).toBe('/map/#history-NIC');
    expect(stateHistoryHref('NIC', '')).toBe('#history-NIC');
    expect(hashOf('/chapters/x/#a-b')).toBe('#a-b');
    expect(hashOf('/chapters/x/')).toBe('');
  });

  it('makes an absolute address on the deployed site', () => {
    expect(absoluteUrl(pagePath('map'), 'https://example.org')).toBe('https://example.org/map/');
  });
});

describe('a language prefix', () => {
  it('gives every other language its prefix and its own route names', () => {
    expect(pagePath('home', 'es')).toBe('/es/');
    expect(pagePath('timeline', 'es')).toBe(`/es/${ROUTES.timeline.es}/`);
    expect(chapterPath('x', 'es')).toBe(`/es/${ROUTES.chapters.es}/x/`);
    expect(timelineHref('y2019', 'es')).toBe(`/es/${ROUTES.timeline.es}/#y2019`);
  });

  it('keeps route names distinct within a language, so every path parses back to one route', () => {
    for (const locale of LOCALES) {
      const names = Object.values(ROUTES).map((r) => r[locale]);
      expect(new Set(names).size, locale).toBe(names.length);
    }
  });
});

describe('round trips: what a builder writes, the parser reads back', () => {
  for (const locale of LOCALES) {
    it(`pages, chapters and events (${locale})`, () => {
      for (const page of PAGES) expect(parsePath(pagePath(page, locale))).toEqual({ locale, kind: 'page', page });
      expect(parsePath(chapterPath('nobodys-lackey', locale))).toEqual({ locale, kind: 'chapter', slug: 'nobodys-lackey' });
      expect(parsePath(eventPagePath('ships-to-cuba', locale))).toEqual({ locale, kind: 'event', id: 'ships-to-cuba' });
    });
  }

  it('chapter slugs and event ids, for the share cards and the figures', () => {
    expect(chapterSlugOf(chapterPath('a-taut-tightrope'))).toBe('a-taut-tightrope');
    expect(eventIdOf(eventPagePath('celac-founded'))).toBe('celac-founded');
    expect(chapterSlugOf(eventPagePath('celac-founded'))).toBeUndefined();
    expect(eventIdOf(chapterPath('x'))).toBeUndefined();
  });

  it('timeline hashes: an event or an anchor year', () => {
    expect(hashForEvent('celac-founded')).toBe('#celac-founded');
    expect(parseTimelineHash(hashForEvent('celac-founded'))).toEqual({ id: 'celac-founded' });
    expect(parseTimelineHash(new URL(timelineYearHref(2019), 'https://x.org').hash)).toEqual({ year: 2019 });
    expect(timelineHref('celac-founded')).toBe('/timeline/#celac-founded');
    expect(parseTimelineHash('')).toBeNull();
    expect(parseTimelineHash('#')).toBeNull();
  });

  it('the map date, leaving other parameters and the hash alone', () => {
    const href = withDate('https://x.org/chapters/a/?present&slide=2#top', '2019-11-10');
    expect(href).toBe('https://x.org/chapters/a/?present&slide=2&date=2019-11-10#top');
    expect(dateFromSearch(new URL(href).search)).toBe('2019-11-10');
    expect(dateFromSearch('?date=2019-13-10')).toBeNull();
    expect(dateFromSearch('')).toBeNull();
  });

  it('present mode: slides, previews, the presenter view and leaving', () => {
    const slide = slideHref('https://x.org/map/?date=2009-07-04#top', 3);
    expect(slide).toBe('https://x.org/map/?date=2009-07-04&present&slide=3#top');
    const search = new URL(slide).search;
    expect(presentModeOf(search)).toBe('present');
    expect(slideOf(search)).toBe('3');
    expect(isPreview(search)).toBe(false);
    const preview = slidePreviewSrc('/map/', 2);
    expect(preview).toBe('/map/?present&slide=2&preview');
    expect(isPreview(new URL(preview, 'https://x.org').search)).toBe(true);
    const presenter = presenterHref('/map/', 'https://x.org');
    expect(presenter).toBe('https://x.org/map/?presenter');
    expect(presentModeOf(new URL(presenter).search)).toBe('presenter');
    expect(presentModeOf('?date=2009-07-04')).toBeNull();
    expect(withoutPresent(slide)).toBe('https://x.org/map/?date=2009-07-04#top');
  });

  it('share-card images, and the og route parameter for each', () => {
    expect(ogImagePath(chapterPath('nobodys-lackey'))).toBe('/og/chapters/nobodys-lackey.png');
    expect(ogImagePath(eventPagePath('celac-founded'))).toBe('/og/timeline/celac-founded.png');
    for (const page of PAGES) expect(ogImagePath(pagePath(page))).toBe(ogPageImagePath(page));
    expect(ogRouteParam(ogImagePath(chapterPath('x')))).toBe('chapters/x');
  });
});

describe('paths that are not ours', () => {
  it('parse to nothing', () => {
    for (const path of [
      '/404/',
      '/constructor/',
      '/chapters/',
      '/chapters/a/b/',
      '/timeline/a/b/',
      '/map/x/',
      '/map',
      '//',
      '/en/timeline/',
    ]) {
      expect(parsePath(path), path).toBeNull();
    }
    expect(ogImagePath('/404/')).toBe('/og/home.png');
  });
});

describe('embeds and data files', () => {
  it('each figure has an embed address per language, and the parser names it', () => {
    expect(embedPath('map')).toBe('/embed/map/');
    expect(embedPath('timeline', 'es')).toBe('/es/insertar/linea-de-tiempo/');
    for (const locale of LOCALES) {
      for (const figure of EMBEDDABLE_FIGURES) {
        expect(parsePath(embedPath(figure, locale))).toEqual({ locale, kind: 'embed', figure });
      }
    }
    expect(parsePath('/embed/')).toBeNull();
    expect(parsePath('/embed/glossary/')).toBeNull();
    expect(parsePath('/es/insertar/map/')).toBeNull();
  });

  it('data files live under the data route with each language’s names, and are not pages', () => {
    expect(dataFilePath('membership', 'csv')).toBe('/data/membership-history.csv');
    expect(dataFilePath('events', 'json', 'es')).toBe('/es/datos/eventos-linea-de-tiempo.json');
    expect(dataReadmePath()).toBe('/data/README.txt');
    expect(dataReadmePath('es')).toBe('/es/datos/LEAME.txt');
    expect(parsePath('/data/')).toBeNull();
    expect(pagePath('teach', 'es')).toBe('/es/ensenar/');
  });
});
