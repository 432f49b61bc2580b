import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { map as en } from '../../src/i18n/en/map';
import { map as es } from '../../src/i18n/es/map';
import { membershipMapData, stateViews } from '../../src/figures/membershipMapData';
import { americasMap } from '../../src/lib/geo/americasMap';
import { COMPACT, INSET } from '../../src/lib/geo/mapProjections';
import { labelBox } from '../../src/lib/geo/markerLabels';
import { placeTerritoryLabels } from '../../src/lib/geo/territoryLabels';
import { categoryCounts } from '../../src/lib/mapCategories';
import { announceDate, announceState, rowFor, sortRows } from '../../src/lib/map/mapModel';
import MembershipMap from '../../src/islands/map/MembershipMap';
import { StateHistories } from '../../src/islands/map/StateHistories';
import type { MembershipState } from '../../src/schemas/membership';
import type { TerritoryEntry } from '../../src/schemas/territory';
import { membershipStates, territoryEntries } from '../support/contentData';

/**
 * The map in Spanish, before any /es/ page is built: the model, the figure's data and the
 * island's server drawing (what a reader without JavaScript gets) with the Spanish dictionary
 * and Spanish names. The names are CLDR's (Intl.DisplayNames, es-419), as the content's Spanish
 * membership file gives them; notes and source titles are left out here (content, not the
 * island's words), so any English left in the output is the island's own.
 */
const SPANISH_NAMES: Record<string, string> = {
  ATG: 'Antigua y Barbuda',
  ARG: 'Argentina',
  BHS: 'Bahamas',
  BRB: 'Barbados',
  BLZ: 'Belice',
  BOL: 'Bolivia',
  BRA: 'Brasil',
  CAN: 'Canadá',
  CHL: 'Chile',
  COL: 'Colombia',
  CRI: 'Costa Rica',
  CUB: 'Cuba',
  DMA: 'Dominica',
  DOM: 'República Dominicana',
  ECU: 'Ecuador',
  SLV: 'El Salvador',
  GRD: 'Granada',
  GTM: 'Guatemala',
  GUY: 'Guyana',
  HTI: 'Haití',
  HND: 'Honduras',
  JAM: 'Jamaica',
  MEX: 'México',
  NIC: 'Nicaragua',
  PAN: 'Panamá',
  PRY: 'Paraguay',
  PER: 'Perú',
  KNA: 'San Cristóbal y Nieves',
  LCA: 'Santa Lucía',
  VCT: 'San Vicente y las Granadinas',
  SUR: 'Surinam',
  TTO: 'Trinidad y Tobago',
  USA: 'Estados Unidos',
  URY: 'Uruguay',
  VEN: 'Venezuela',
};

/** Spanish territory words as long as the content's are likely to be (the labels are the longest). */
const SPANISH_TERRITORIES: Record<string, Pick<TerritoryEntry, 'name' | 'note' | 'label'>> = {
  '304': { name: 'Groenlandia', note: 'territorio autónomo de Dinamarca', label: 'Groenlandia (Dinamarca)' },
  '250': { name: 'Guayana Francesa, Guadalupe y Martinica', note: 'partes de Francia', label: 'Guayana Francesa (Francia)' },
  '630': { name: 'Puerto Rico', note: 'territorio de Estados Unidos', label: 'Puerto Rico (EE. UU.)' },
  '238': {
    name: 'Islas Malvinas / Falkland Islands',
    note: 'administradas por el Reino Unido y reclamadas por Argentina',
    label: 'Malvinas/Falklands (R. U.; reclamadas por Argentina)',
  },
};

const collator = new Intl.Collator('es-419');
const states: MembershipState[] = membershipStates()
  .map((s) => {
    const bare = (c: MembershipState['oas'][number]) => ({ ...c, note: undefined, source: { ...c.source, title: 'OEA' } });
    return { ...s, name: SPANISH_NAMES[s.iso3] ?? s.name, celac: s.celac.map(bare), oas: s.oas.map(bare) };
  })
  .sort((a, b) => collator.compare(a.name, b.name));
const territories = placeTerritoryLabels(
  territoryEntries().map((t) => {
    const words = SPANISH_TERRITORIES[t.id];
    // The others (names the content gives, not the island's words) get stand-ins in Spanish.
    return words ? { ...t, ...words } : { ...t, name: `Territorio ${t.id}`, note: 'territorio dependiente' };
  }),
);
const data = membershipMapData(states, territories, '2022-04-13', es, 'es');
const view = (iso3: string) => {
  const found = data.states.find((s) => s.iso3 === iso3);
  if (!found) throw new Error(`no ${iso3}`);
  return found;
};

type Tree = { readonly [key: string]: Tree | string };
/** Every string of a dictionary section, its {placeholders} taken out (they are names, not words). */
const leaves = (tree: Tree): string[] =>
  Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v.replace(/\{\w+\}/g, ' ')] : leaves(v)));

/**
 * The English section's words that Spanish never uses, whole words, case-insensitive: what a
 * Spanish page must not contain. Words both languages write (CELAC, Enter, Tab) are left out.
 */
const SHARED = new Set(['celac', 'enter', 'tab', 'panamá']);
const englishWords = new Set(
  leaves(en)
    .flatMap((s) => s.toLowerCase().match(/\p{L}+/gu) ?? [])
    .filter((w) => w.length >= 2 && !SHARED.has(w)),
);
const spanishWords = new Set(leaves(es).flatMap((s) => s.toLowerCase().match(/\p{L}+/gu) ?? []));
/** Words that happen to be spelt alike in both (none today; listed here if one appears). */
const ALIKE = new Set([...englishWords].filter((w) => spanishWords.has(w)));
const englishIn = (text: string): string[] =>
  [...new Set(text.toLowerCase().match(/\p{L}+/gu) ?? [])].filter((w) => englishWords.has(w) && !ALIKE.has(w));

describe('the map’s dictionary in Spanish', () => {
  it('writes Spanish, with no English word of the English section in it', () => {
    expect([...ALIKE]).toEqual([]);
    for (const s of leaves(es)) expect(englishIn(s), s).toEqual([]);
  });
});

describe('the map’s model in Spanish', () => {
  it('names the stops in Spanish: days, short months and the two special dates', () => {
    const { steps } = data;
    const article = steps.find((s) => s.date === '2022-04-13');
    expect(article?.label).toBe('13 de abril de 2022, fecha del artículo');
    expect(article?.tick).toBe('13 abr\n2022');
    expect(steps[0]?.label).toBe('30 de abril de 1948');
    const last = steps.at(-1);
    expect(last?.label).toMatch(/^\d{1,2} de \p{L}+ de \d{4}, última verificación de los datos$/u);
    expect(last?.tick).toMatch(/^\p{Ll}+\.?\n\d{4}$/u);
    expect(steps.map((s) => s.short).every((s) => /^’\d\d$/.test(s))).toBe(true);
  });

  it('writes every change’s date in Spanish', () => {
    expect(view('NIC').oas.find((c) => c.date === '2021-11-19')?.dateLabel).toBe('19 de noviembre de 2021');
    expect(data.states.flatMap((s) => [...s.celac, ...s.oas]).every((c) => !/[A-Z][a-z]+ \d{4}$/.test(c.dateLabel))).toBe(true);
  });

  it('says the state, its category and both standings in Spanish; and the counts when the date changes', () => {
    expect(announceState(rowFor(view('NIC'), '2022-04-13'), '13 de abril de 2022', es)).toBe(
      'Nicaragua: suspendido, excluido, en salida o en disputa el 13 de abril de 2022. CELAC: Miembro fundador. OEA: En salida (aviso presentado).',
    );
    expect(announceDate('3 de diciembre de 2011', categoryCounts(data.states, '2011-12-03'), es, 'es')).toBe(
      'El mapa muestra el 3 de diciembre de 2011: 32 en la CELAC y en la OEA; 1 en la CELAC, sin participar en la OEA; 2 en la OEA, sin participar en la CELAC.',
    );
  });

  it('sorts the table in Spanish alphabetical order', () => {
    const rows = data.states.map((s) => rowFor(s, '2022-04-13'));
    const names = sortRows(rows, { key: 'name', direction: 'ascending' }, 'es').map((r) => r.name);
    expect(names[0]).toBe('Antigua y Barbuda');
    expect(names.at(-1)).toBe('Venezuela');
    // Accents do not move a name out of its letter.
    expect(names.indexOf('Haití')).toBe(names.indexOf('Guyana') + 1);
    expect(names.indexOf('Panamá')).toBeLessThan(names.indexOf('Paraguay'));
    expect(names.indexOf('Perú')).toBeGreaterThan(names.indexOf('Paraguay'));
    expect(names.indexOf('México')).toBeLessThan(names.indexOf('Nicaragua'));
  });
});

describe('the map’s labels with Spanish names', () => {
  const map = americasMap(states, territories);

  it('labels every phone ring beside it, inside its panel, clear of the other labels', () => {
    for (const panel of ['overview', 'inset'] as const) {
      const rings = Object.values(map.targets).filter((t) => t.panel === panel && t.compact && !t.compact.label);
      const labels = map[panel].compactLabels;
      expect(labels, panel).toHaveLength(rings.length);
      const size = panel === 'inset' ? COMPACT.insetLabel : COMPACT.overviewLabel;
      const width = panel === 'inset' ? INSET.width : map.overview.width;
      const boxes = labels.map((l) => labelBox(l, size));
      boxes.forEach((b, i) => {
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width, labels[i]?.lines.join(' ')).toBeLessThanOrEqual(width);
        for (const o of boxes.slice(i + 1))
          expect(b.x + b.width <= o.x || o.x + o.width <= b.x || b.y + b.height <= o.y || o.y + o.height <= b.y).toBe(true);
      });
    }
  });

  it('keeps the Spanish territory labels inside their panel (or no further out than the English), on every layout', () => {
    // Widths are estimated at 0.6 em (markerLabels.ts), more than most fonts need: the English
    // drawing, checked by eye, is the reference where the estimate runs past an edge.
    const english = americasMap(membershipStates(), placeTerritoryLabels(territoryEntries()));
    for (const panel of ['overview', 'inset'] as const) {
      const height = map[panel].height;
      const reach = (size: number, layout: string | undefined): number =>
        Math.max(
          panel === 'inset' ? INSET.width : map.overview.width,
          ...english[panel].labels.filter((l) => l.layout === layout).map((l) => labelBox(l, size).x + labelBox(l, size).width),
        );
      for (const l of map[panel].labels) {
        // membershipMap.css: 11 map units wide, 13 (overview) or 15 (enlargement) on phones, 23.5 on a projector's overview.
        const sizes = [
          ...(l.layout !== 'compact' ? [11] : []),
          ...(l.layout !== 'wide' ? [panel === 'inset' ? COMPACT.insetLabel : COMPACT.overviewLabel] : []),
          ...(panel === 'overview' && l.layout !== 'compact' && l.projector !== false ? [23.5] : []),
        ];
        for (const size of sizes) {
          const b = labelBox(l, size);
          const name = `${l.lines.join(' ')} at ${size}`;
          expect(b.x, name).toBeGreaterThanOrEqual(0);
          expect(b.y, name).toBeGreaterThanOrEqual(0);
          expect(b.x + b.width, name).toBeLessThanOrEqual(reach(size, l.layout));
          expect(b.y + b.height, name).toBeLessThanOrEqual(height);
        }
      }
    }
  });

  it('fits the longest Eastern Caribbean names in the callout and the phone key, in two lines at most', () => {
    const callout = map.inset.callout;
    const key = map.inset.compactKey;
    expect(callout?.keys).toContain('VCT');
    for (const iso of callout?.keys ?? []) {
      const wide = map.targets[iso]?.marker?.label;
      const phone = map.targets[iso]?.compact?.label;
      expect(wide?.lines.join(' '), iso).toBe(SPANISH_NAMES[iso]);
      expect(wide?.lines.length).toBeLessThanOrEqual(2);
      // membershipMap.css: the callout's labels at 11.5 map units in a 170-unit box; on a
      // projector at 15 in a 212-unit box.
      for (const [size, width] of [
        [11.5, callout?.width ?? 0],
        [15, 212],
      ] as const) {
        const box = labelBox({ lines: wide?.lines ?? [], x: wide?.x ?? 0, y: wide?.y ?? 0, anchor: 'start' }, size);
        expect(box.x + box.width, `${iso} at ${size}`).toBeLessThanOrEqual((callout?.x ?? 0) + width);
      }
      expect(phone?.lines.join(' '), iso).toBe(SPANISH_NAMES[iso]);
      const cell = (key?.width ?? 0) / COMPACT.keyColumns;
      const phoneBox = labelBox({ lines: phone?.lines ?? [], x: phone?.x ?? 0, y: phone?.y ?? 0, anchor: 'start' }, COMPACT.insetLabel);
      const hit = map.targets[iso]?.compact?.hit;
      expect(phoneBox.x + phoneBox.width, iso).toBeLessThanOrEqual((hit?.x ?? 0) + cell);
    }
  });
});

describe('the island drawn in Spanish (the page without JavaScript)', () => {
  const text = (html: string): string =>
    html
      .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&[a-z]+;|&#\d+;/g, ' ');
  const attributes = (html: string): string =>
    [...html.matchAll(/(?:aria-label|aria-valuetext|title)="([^"]*)"/g)].map((m) => m[1]).join(' ');

  it('has no English word in its text or its accessible names, for the figure and the still handout', () => {
    for (const still of [false, true]) {
      const html = renderToStaticMarkup(
        createElement(MembershipMap, {
          ...data,
          initialDate: '2022-04-13',
          headingLevel: 2,
          idPrefix: 'mm',
          collapseTable: true,
          still,
          locale: 'es',
          strings: es,
        }),
      );
      expect(html).toContain('El mapa muestra el <strong>13 de abril de 2022, fecha del artículo</strong>');
      expect(html).toContain('Los 35 Estados, en una tabla');
      expect(html).toContain('href="/es/mapa/#history-VEN"');
      expect(englishIn(text(html))).toEqual([]);
      expect(englishIn(attributes(html))).toEqual([]);
    }
  });

  it('writes the histories in Spanish too', () => {
    const html = renderToStaticMarkup(createElement(StateHistories, { states: stateViews(states, 'es'), strings: es }));
    expect(html).toContain('Nunca fue miembro: la CELAC reúne');
    expect(html).toContain('Fuente: <a');
    expect(englishIn(text(html))).toEqual([]);
  });
});
