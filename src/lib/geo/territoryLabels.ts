/**
 * Where the territories' labels sit on the map. The territories themselves (names, notes,
 * the words of each label) are facts and live in content/membership/territories.yaml; this
 * is layout, tuned against the drawn map, so it stays in code, keyed by shape id. France
 * (250) and the Netherlands (528) are single shapes in Natural Earth, clipped to their
 * American parts (mapProjections.ts, inAmericas).
 */
import type { TerritoryEntry } from '../../schemas/territory';

/** A territory as the geometry step draws it: the content entry, with its label placed. */
export interface Territory extends Omit<TerritoryEntry, 'label'> {
  /** A visible label on the map, where there is room for one. */
  label?: LabelPlace & { text: string };
}

/** Where one label goes. */
export interface LabelPlace {
  /** Which panel the label is drawn on. */
  panel: 'overview' | 'inset';
  /** Offset from the shape's centre and text anchor, in the panel's map units. */
  dx: number;
  dy: number;
  anchor: 'start' | 'middle' | 'end';
  /** Characters per line before the label wraps. */
  wrap: number;
  /** Lines at most (2 unless set; the last takes the rest). */
  lines?: number;
  /** A part's centre to anchor on, for multi-part shapes (lon, lat). */
  at?: [number, number];
  /** Phones draw labels larger (lib/geo/mapProjections.ts, COMPACT): where that needs another place or wrap. */
  compact?: { dx: number; dy: number; anchor: 'start' | 'middle' | 'end'; wrap: number; lines: number };
  /**
   * false: not drawn on a projector, where labels are 24 px and this one would run out of
   * the overview into the enlargement (membershipMap.css, present mode).
   */
  projector?: false;
  /**
   * Where a longer label goes (another language's words for the same place): applied over this
   * place when the label has more than `than` characters, so the language it was tuned for
   * keeps its drawing exactly.
   */
  longer?: { than: number } & Partial<Omit<LabelPlace, 'panel' | 'longer'>>;
}

/** Each labelled territory's place, by shape id. Keep in sync with the `label`s of content/membership/territories.yaml. */
export const LABEL_PLACES: Readonly<Record<string, LabelPlace>> = {
  '304': { panel: 'overview', dx: 10, dy: 12, anchor: 'middle', wrap: 10 },
  '250': {
    panel: 'overview',
    dx: 4,
    dy: -26,
    anchor: 'start',
    at: [-53.2, 3.9],
    wrap: 14,
    projector: false,
    // "Guayana Francesa (Francia)": "Guayana Francesa" on one line; on phones three short lines,
    // or it runs out of the overview's right edge.
    longer: { than: 22, wrap: 16, compact: { dx: 4, dy: -26, anchor: 'start', wrap: 9, lines: 3 } },
  },
  '630': { panel: 'inset', dx: -14, dy: 16, anchor: 'middle', wrap: 20 },
  '238': {
    panel: 'overview',
    dx: 8,
    dy: -2,
    anchor: 'start',
    wrap: 20,
    // Phones: three lines in the South Atlantic above the islands, inside the panel's edge.
    compact: { dx: -10, dy: -34, anchor: 'start', wrap: 15, lines: 3 },
    projector: false,
    // "Malvinas/Falklands (R. U.; reclamadas por Argentina)": a line more on each layout.
    longer: { than: 45, wrap: 18, lines: 3, compact: { dx: -10, dy: -40, anchor: 'start', wrap: 15, lines: 4 } },
  },
};

/** A place for this label's words: the `longer` variant when they are longer than the place was tuned for. */
function placeFor({ longer, ...place }: LabelPlace, text: string): LabelPlace {
  if (!longer || text.length <= longer.than) return place;
  const { than: _than, ...variant } = longer;
  return { ...place, ...variant };
}

/**
 * The territories with their labels placed. A label without a place, or a place without a
 * label, stops the build naming the territory, so words and layout cannot drift apart.
 */
export function placeTerritoryLabels(entries: readonly TerritoryEntry[], file = 'content/membership/territories.yaml'): Territory[] {
  const problems: string[] = [];
  const territories = entries.map(({ label, ...t }): Territory => {
    const place = LABEL_PLACES[t.id];
    if (label && !place)
      problems.push(
        `${file}: territory ${t.id} (${t.name}) has a label but src/lib/geo/territoryLabels.ts gives it no place; add one to LABEL_PLACES or drop the label`,
      );
    return label && place ? { ...t, label: { text: label, ...placeFor(place, label) } } : t;
  });
  for (const id of Object.keys(LABEL_PLACES)) {
    if (!entries.some((t) => t.id === id && t.label))
      problems.push(`${file}: src/lib/geo/territoryLabels.ts places a label for territory ${id}, which has no \`label\` here`);
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return territories;
}
