/**
 * Places in the Americas that are not states of CELAC or the OAS: drawn in a neutral fill so
 * they are not mistaken for members. Ids are world-atlas (ISO numeric) shape ids; France (250)
 * and the Netherlands (528) are single shapes in Natural Earth, clipped to their American parts
 * (lib/geo/mapProjections.ts, inAmericas). Sources: ../shared/reference/events.md §3 (map
 * notes) and §5 (the Falklands/Malvinas: UK-administered, claimed by Argentina).
 */
export interface Territory {
  /** world-atlas shape id. */
  id: string;
  /** Name shown in the map's hover title and the territory list. */
  name: string;
  /** Who holds it, and any dispute the article touches on. */
  note: string;
  /** A visible label on the map, where there is room for one. */
  label?: {
    text: string;
    /** Which panel the label is drawn on. */
    panel: 'overview' | 'inset';
    /** Offset from the shape's centre and text anchor, in the panel's map units. */
    dx: number;
    dy: number;
    anchor: 'start' | 'middle' | 'end';
    /** Characters per line before the label wraps (two lines at most). */
    wrap: number;
    /** A part's centre to anchor on, for multi-part shapes (lon, lat). */
    at?: [number, number];
    /** Phones draw labels larger (lib/geo/mapProjections.ts, COMPACT): where that needs another place or wrap. */
    compact?: { dx: number; dy: number; anchor: 'start' | 'middle' | 'end'; wrap: number; lines: number };
    /**
     * false: not drawn on a projector, where labels are 24 px and this one would run out of
     * the overview into the enlargement (membershipMap.css, present mode).
     */
    projector?: false;
  };
}

export const AMERICAS_TERRITORIES: readonly Territory[] = [
  { id: '304', name: 'Greenland', note: 'an autonomous territory of Denmark', label: { text: 'Greenland (Denmark)', panel: 'overview', dx: 10, dy: 12, anchor: 'middle', wrap: 10 } },
  {
    id: '250',
    name: 'French Guiana, Guadeloupe and Martinique',
    note: 'parts of France',
    label: { text: 'French Guiana (France)', panel: 'overview', dx: 4, dy: -26, anchor: 'start', at: [-53.2, 3.9], wrap: 14, projector: false },
  },
  { id: '630', name: 'Puerto Rico', note: 'a territory of the United States', label: { text: 'Puerto Rico (US)', panel: 'inset', dx: -14, dy: 16, anchor: 'middle', wrap: 20 } },
  {
    id: '238',
    name: 'Falkland Islands / Islas Malvinas',
    note: 'administered by the United Kingdom and claimed by Argentina',
    label: {
      text: 'Falklands/Malvinas (UK; claimed by Argentina)',
      panel: 'overview',
      dx: 8,
      dy: -2,
      anchor: 'start',
      wrap: 20,
      // Phones: three lines in the South Atlantic above the islands, inside the panel's edge.
      compact: { dx: -10, dy: -34, anchor: 'start', wrap: 15, lines: 3 },
      projector: false,
    },
  },
  { id: '239', name: 'South Georgia and the South Sandwich Islands', note: 'a territory of the United Kingdom' },
  { id: '666', name: 'Saint Pierre and Miquelon', note: 'part of France' },
  { id: '060', name: 'Bermuda', note: 'a territory of the United Kingdom' },
  { id: '796', name: 'Turks and Caicos Islands', note: 'a territory of the United Kingdom' },
  { id: '136', name: 'Cayman Islands', note: 'a territory of the United Kingdom' },
  { id: '092', name: 'British Virgin Islands', note: 'a territory of the United Kingdom' },
  { id: '850', name: 'United States Virgin Islands', note: 'a territory of the United States' },
  { id: '660', name: 'Anguilla', note: 'a territory of the United Kingdom' },
  { id: '500', name: 'Montserrat', note: 'a territory of the United Kingdom' },
  { id: '663', name: 'Saint Martin', note: 'part of France' },
  { id: '652', name: 'Saint Barthélemy', note: 'part of France' },
  { id: '534', name: 'Sint Maarten', note: 'a country within the Kingdom of the Netherlands' },
  { id: '533', name: 'Aruba', note: 'a country within the Kingdom of the Netherlands' },
  { id: '531', name: 'Curaçao', note: 'a country within the Kingdom of the Netherlands' },
  { id: '528', name: 'Bonaire, Sint Eustatius and Saba', note: 'part of the Netherlands' },
];
