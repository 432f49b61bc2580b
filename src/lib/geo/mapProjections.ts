/**
 * Every projection and framing choice of the membership map, in one record (as OWID's
 * MapProjections.ts). Build time only: the browser receives the projected paths, never a
 * projection. Units are "map units": 1 unit is 1 CSS px when a panel is drawn at its
 * reference width, which is what simplification, rounding and marker sizes are tuned for.
 */
import { geoAzimuthalEqualArea, type GeoProjection } from 'd3-geo';

export type LonLat = [lon: number, lat: number];
/** A projected point, in map units. */
export type Point = [x: number, y: number];

export const MAP_PROJECTION = {
  /**
   * Lambert azimuthal equal-area centred near Jamaica: areas stay comparable from Canada to
   * Chile (a Mercator map would make Canada and Greenland dwarf Brazil), and the shapes bend
   * only at the far north, where no small state needs reading.
   */
  create: (): GeoProjection => geoAzimuthalEqualArea().rotate([80, -12]).precision(0.1),
  /** The overview's land is fitted to this width in map units (its height follows from the shape). */
  overviewWidth: 380,
  /** Room kept to the right of the land for the labels of French Guiana and the Falklands/Malvinas. */
  overviewLabelMargin: 40,
  /** Blank space kept round the overview's land, in map units. */
  overviewPadding: 8,
} as const;

/**
 * Which parts of a multi-part shape belong to the Americas, judged by the centre of each part:
 * drops metropolitan France and the Netherlands (keeping French Guiana, Guadeloupe, Martinique
 * and the Caribbean Netherlands), Hawaii, and Chile's Easter Island. The Aleutians west of
 * 180° are kept: they are part of Alaska.
 */
export function inAmericas([lon, lat]: LonLat): boolean {
  const western = lon <= -20 || lon >= 170;
  const hawaii = lon < -150 && lat < 30;
  const easterIsland = lon < -100 && lat < 0;
  return western && !hawaii && !easterIsland;
}

/**
 * The enlargement of Central America, the Caribbean and the north of South America, where 23
 * of the 35 states sit within 40° of longitude (Guyana and Suriname too, which the overview
 * draws smaller than a fingertip). Drawn as a second panel with the overview's own
 * coordinates under one SVG transform (scale `zoom`); the overview outlines the same box.
 */
export const INSET = {
  /** South-west and north-east corners of the enlarged area (Guatemala to Suriname, Venezuela's south to the Bahamas). */
  bounds: [
    [-92.6, 0.3],
    [-53.6, 27.4],
  ] as [LonLat, LonLat],
  /** The panel's width in map units, before the callout column is added. */
  width: 490,
  /** Width of the Eastern Caribbean callout column to the right of the enlarged area. */
  calloutWidth: 170,
  /**
   * States east of this longitude that are too small to point at get a labelled marker in the
   * callout column instead of a marker on the island: the Lesser Antilles are too close
   * together for 24 px targets side by side.
   */
  calloutEastOf: -64,
} as const;

/** Display sizes every interactive element must reach at the reference width (WCAG 2.2 target size). */
export const TARGET = {
  /** Minimum width and height of a state's interactive element, in CSS px (WCAG 2.5.8 asks 24). */
  minSize: 24,
  /**
   * A shape smaller than minSize × safety (either way) at the reference width gets a marker,
   * so targets stay ≥ 24 px with rounding to spare (panels are never drawn narrower than this at 1280 px).
   */
  safety: 1.05,
  /** Marker radius in map units: a 28 px circle is still 24 px when drawn 13 % narrower. */
  markerRadius: 14,
  /** Vertical distance between callout markers, in map units. */
  calloutSpacing: 34,
} as const;

/**
 * Phones: a figure under 640 px wide (the container query in membershipMap.css; keep in
 * sync). There the enlargement drops its callout column and takes the figure's full width
 * for its 490 units of map, and the Eastern Caribbean becomes a key of labelled markers
 * under the map. Sizes are tuned for the narrowest common phone, 360 px, whose figure is
 * 328 px wide: every target is then at least 24 px (26 px on a 390 px phone), every label
 * at least 11 px on a 390 px phone.
 */
export const COMPACT = {
  /** The figure's width, in CSS px, that every target must reach 24 px at. */
  referenceWidth: 328,
  /** Ring radius in map units on the overview (0.78 px a unit at 328 px) and the enlargement (0.67 px a unit). */
  overviewRing: 17,
  insetRing: 19,
  /** Space kept between two rings, in map units. */
  ringGap: 4,
  /** Font size of state labels, in map units (keep in sync with membershipMap.css, .mm-compact text). */
  overviewLabel: 13,
  insetLabel: 15,
  /** The Eastern Caribbean key under the enlargement: columns, row height and label width in characters. */
  keyColumns: 2,
  keyRow: 44,
  keyWrap: 21,
} as const;

/** How finely each panel's outlines are kept, in map units of its own drawing. */
export const DETAIL = {
  /**
   * A point is dropped when it stands less than this many display px off the line between
   * the points kept either side of it (topojson-simplify, weighed by that distance).
   */
  tolerance: 0.65,
  /** Islands smaller than this many square display px are left out (unless a state would vanish). */
  minRingArea: 1.5,
} as const;
