import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { timelineEventSchema } from '../../src/schemas/timelineEvent';
import type { TimelineEntry } from '../../src/content';
import { figureWords, timelineData, toEventView } from '../../src/figures/timelineData';
import { buildAxis } from '../../src/figures/timelineScale';
import { en } from '../../src/i18n/en';
import { es } from '../../src/i18n/es';
import { textWidth } from '../../src/lib/timeline/textMetrics';
import Timeline from '../../src/islands/timeline/Timeline';
import { EventPanel } from '../../src/islands/timeline/EventPanel';
import { EventTooltip } from '../../src/islands/timeline/EventTooltip';
import type { Marker } from '../../src/lib/timeline/timelineLayout';
import TimelineList from '../../src/components/TimelineList.astro';

/**
 * The timeline in Spanish, without pages: the figure data, the island's server drawing, the
 * event panel and the no-JS list, built with locale 'es'. The events' own words are content
 * (the content layer merges the Spanish ones); here they are Spanish stand-ins, so every English
 * word left in the output can only come from the interface.
 */
type Tree = { readonly [key: string]: Tree | string | readonly string[] };
const strings = (t: Tree): string[] =>
  Object.values(t).flatMap((v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v : strings(v as Tree)));
const wordsOf = (texts: readonly string[]): Set<string> =>
  new Set(
    texts.flatMap(
      (s) =>
        s
          .replace(/\{\w+\}/g, ' ')
          .toLowerCase()
          .match(/\p{L}{3,}/gu) ?? [],
    ),
  );

/** Words of the English timeline section that the Spanish one never uses ("timeline", "events", "after"…). */
const spanishWords = wordsOf(strings(es.timeline));
const ENGLISH = [...wordsOf(strings(en.timeline))].filter((w) => !spanishWords.has(w));

it('has English words to look for', () => {
  expect(ENGLISH.length).toBeGreaterThan(80);
  expect(ENGLISH).toEqual(expect.arrayContaining(['timeline', 'events', 'years', 'after', 'sources', 'fact', 'check', 'previous', 'next']));
});
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function englishIn(text: string): string[] {
  const words = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
  return [...ENGLISH, ...MONTHS].filter((w) => words.has(w));
}

/** Text a reader or a screen reader meets in markup: the text, aria-labels and titles. */
function readable(html: string): string {
  const attributes = [...html.matchAll(/\s(?:aria-label|title|alt)="([^"]*)"/g)].map((m) => m[1]);
  return [html.replace(/<[^>]*>/g, ' '), ...attributes].join(' ').replace(/&[a-z]+;|&#\d+;/g, ' ');
}

const entries: TimelineEntry[] = (parse(readFileSync('content/timeline/events.yaml', 'utf8')) as unknown[])
  .map((raw) => timelineEventSchema.parse(raw))
  .map((event, i) => ({
    event: {
      ...event,
      title: `Hecho número ${i + 1}`,
      summary: 'Resumen del hecho.',
      note: event.note && 'Nota sobre el hecho.',
      factCheck: event.factCheck && 'Lo que dicen las fuentes.',
      sources: event.sources.map((s) => ({ ...s, title: 'Documento citado' })),
    },
    chapters: [
      { chapter: { slug: 'capitulo', number: 2, entry: { data: { shortTitle: 'Capítulo de prueba' } } }, href: '/es/capitulos/capitulo/' },
    ],
  }))
  .sort((a, b) => a.event.date.localeCompare(b.event.date)) as unknown as TimelineEntry[];

describe('the timeline’s words follow the page’s language', () => {
  it('names a figure’s years in Spanish, and in English as before', () => {
    expect(figureWords([2019, 2021], 'es')).toEqual({ caption: 'Línea de tiempo, 2019 y 2021', listboxLabel: 'Hechos, de 2019 a 2021' });
    expect(figureWords([1848, 2011, 2026], 'es')).toEqual({
      caption: 'Línea de tiempo, de 1848 a 2026',
      listboxLabel: 'Hechos, de 1848 a 2026',
    });
    expect(figureWords([2019], 'es')).toEqual({ caption: 'Línea de tiempo, 2019', listboxLabel: 'Hechos, 2019' });
    expect(figureWords([2019, 2021])).toEqual({ caption: 'Timeline, 2019 and 2021', listboxLabel: 'Events, 2019 to 2021' });
    expect(figureWords([1848, 2011, 2026])).toEqual({ caption: 'Timeline, 1848 to 2026', listboxLabel: 'Events, 1848 to 2026' });
  });

  it('writes dates in Spanish', () => {
    const guadalupe = entries.find((e) => e.event.id === 'treaty-of-guadalupe-hidalgo');
    expect(guadalupe && toEventView(guadalupe, 'es').dateLabel).toBe('2 de febrero de 1848');
    expect(guadalupe && toEventView(guadalupe).dateLabel).toBe('2 February 1848');
  });

  it('labels the axis’s breaks and the op-ed’s split in Spanish', () => {
    const events = entries.map((e) => toEventView(e, 'es'));
    const { axis } = timelineData(entries, entries, 'es');
    expect(axis.gaps.slice(0, 3).map((g) => [g.label, g.rowLabel])).toEqual([
      ['88 años', '88 años después'],
      ['71 años', '71 años después'],
      ['4 años', '4 años después'],
    ]);
    expect(axis.gaps.at(-1)).toEqual({ kind: 'split', years: 0, label: 'Después del artículo', rowLabel: 'Después del artículo' });
    // English stays as it was.
    expect(buildAxis(events, events, Date.UTC(2022, 3, 13)).gaps[0]).toMatchObject({ label: '88 years', rowLabel: '88 years later' });
  });

  it('leaves no English word in the figure data', () => {
    for (const years of [undefined, [2019, 2021], [1848], [2023, 2024, 2025, 2026]]) {
      const slice = years ? entries.filter((e) => years.includes(e.event.anchor)) : entries;
      const { events, axis, legend, caption, listboxLabel } = timelineData(slice, entries, 'es');
      const words = [
        legend,
        caption,
        listboxLabel,
        ...events.map((e) => e.dateLabel),
        ...axis.gaps.flatMap((g) => [g.label, g.rowLabel]),
        axis.overview.label,
        ...axis.windows.flatMap((w) => w.years.map((y) => y.label)),
      ].join(' ');
      expect(englishIn(words), String(years)).toEqual([]);
    }
  });

  it('draws the island and its open event in Spanish, without an English word', () => {
    const { marks, initialId, initialDetails, axis, lanes, rooms, legend, listboxLabel } = timelineData(entries, entries, 'es');
    const html = renderToStaticMarkup(
      createElement(Timeline, {
        events: marks,
        initialDetails,
        axis,
        lanes,
        rooms,
        legend,
        label: listboxLabel,
        initialId,
        syncHash: false,
        headingLevel: 3,
        currentChapter: undefined,
        idPrefix: 'tl-',
        listId: 'timeline-list',
        locale: 'es',
        strings: es.timeline.island,
      }),
    );
    expect(html).toContain('Tiempo real, 1848–2026');
    expect(html).toContain('Hecho 1 de ');
    // The note over the chart's room while the island's script loads, and its link to the list.
    expect(html).toContain('Dibujando el gráfico… <a href="#timeline-list">Leer los hechos como lista</a>');
    expect(html).toContain('href="/es/linea-de-tiempo/');
    expect(englishIn(readable(html))).toEqual([]);
  });

  it('draws an event’s own page panel in Spanish', () => {
    const checked = entries.find((e) => e.event.factCheck && e.event.main);
    if (!checked) throw new Error('no main event with a fact check');
    const view = toEventView(checked, 'es');
    const html = renderToStaticMarkup(
      createElement(EventPanel, {
        event: view,
        details: view,
        headingLevel: 1,
        headingId: 'event-title',
        fullTimelineHref: '/es/linea-de-tiempo/#x',
        strings: es.timeline.island,
      }),
    );
    expect(html).toContain('Verificación');
    expect(html).toContain('· hecho principal de');
    expect(englishIn(readable(html))).toEqual([]);
  });

  it('writes the no-JavaScript list in Spanish, without an English word', async () => {
    const container = await AstroContainer.create();
    const { events } = timelineData(entries, entries, 'es');
    const html = await container.renderToString(TimelineList, { props: { events, idPrefix: '', headingLevel: 2, locale: 'es' } });
    expect(html).toContain('Después del artículo');
    expect(html).toContain('Hechos posteriores al 13 de abril de 2022');
    expect(html).toContain('2022, después del artículo');
    expect(html).toContain('Leer en el capítulo 2: Capítulo de prueba');
    expect(englishIn(readable(html))).toEqual([]);
    // The same list in English reads as it always has.
    const english = await container.renderToString(TimelineList, {
      props: { events: entries.map((e) => toEventView(e)), idPrefix: '', headingLevel: 2, locale: 'en' },
    });
    expect(english).toContain('Events dated after 13 April 2022, the date the op-ed carries.');
    expect(english).toContain('2022, after the op-ed');
    expect(english).toContain('Read in chapter 2: Capítulo de prueba');
    // The check finds English where there is some (it is not vacuous).
    expect(englishIn(readable(english))).toEqual(expect.arrayContaining(['after', 'events', 'read', 'chapter', 'source']));
  });
});

describe('chart text in Spanish is measured like any other', () => {
  it('wraps a long title in the tooltip and keeps its words apart in the text', () => {
    const title = 'Termina la revisión conjunta del T-MEC sin que los tres países acuerden renovarlo';
    const html = renderToStaticMarkup(
      createElement(
        'svg',
        null,
        createElement(EventTooltip, {
          event: { dateLabel: '1 de julio de 2026', title },
          marker: { x: 300, y: 200 } as Marker,
          chartWidth: 900,
          onPointerEnter: () => undefined,
          onPointerLeave: () => undefined,
        }),
      ),
    );
    expect(html.match(/<tspan/g)?.length).toBeGreaterThan(2);
    expect(html.replace(/<[^>]*>/g, '')).toBe(`1 de julio de 2026 ${title}`);
  });

  it('gives accented letters their base letter’s width, and ¿ ¡ their own', () => {
    expect(textWidth('Canción así', 13)).toBeCloseTo(textWidth('Cancion asi', 13));
    expect(textWidth('ÑANDÚ', 13)).toBeCloseTo(textWidth('NANDU', 13));
    expect(textWidth('¿Qué?', 13)).toBeCloseTo(2 * textWidth('?', 13) + textWidth('Que', 13));
    expect(textWidth('¡Sí!', 13)).toBeCloseTo(2 * textWidth('!', 13) + textWidth('Si', 13));
  });

  it('measures every character of the Spanish words with a finite, positive width', () => {
    const text = strings(es.timeline).join(' ') + ' áéíóúüñÁÉÍÓÚÜÑ¿¡«»ªº€ 𝄞';
    for (const ch of text.replace(/\s/g, '')) expect(textWidth(ch, 13), ch).toBeGreaterThan(0);
    expect(Number.isFinite(textWidth(text, 13))).toBe(true);
  });
});
