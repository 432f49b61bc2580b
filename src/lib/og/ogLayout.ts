/**
 * The layout of a 1200×630 share card as a satori element tree (plain objects, no JSX):
 * site title, kicker, title, a motif and the credit line. Pure, so it is testable without
 * fonts; ogRender.ts turns it into a PNG.
 */
import { dictionary } from '../../i18n';
import { fill } from '../fill';
import type { Locale } from '../locales';
import { creditLine, STRIP, strip, type OgCard, type OgMotif } from './ogCard';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
export const OG_FONT = 'Source Serif 4';
const LEADING = 1.12;

/** Light-theme values of src/styles/tokens.css (satori cannot read CSS): keep in sync. */
const COLOURS = {
  bg: '#fdfcf8',
  text: '#1c1b18',
  muted: '#4d4a42',
  border: '#8f887a',
  accent: '#a33a1f',
  both: '#2a6f97', // --cat-both
  oasOnly: '#6b4c9a', // --cat-oas-only
} as const;

const PAD_X = 72;
const INNER = OG_WIDTH - 2 * PAD_X;

type Style = Record<string, string | number>;
export interface OgElement {
  type: 'div';
  props: { style: Style; children?: OgChild | OgChild[] };
}
type OgChild = OgElement | string;

const div = (style: Style, children?: OgChild | OgChild[]): OgElement => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

/**
 * The largest font size at which a title fits the room above the motif (or above the credit
 * line when the card has none). A bold serif averages about 0.58 em a character, and a line
 * breaks at a word, so count 90 % of the characters a line could hold.
 */
export function titleSize(title: string, withMotif = true): number {
  const room = withMotif ? 220 : 330;
  const fits = (size: number): boolean => {
    const perLine = Math.floor((INNER / (0.58 * size)) * 0.9);
    return Math.ceil(title.length / perLine) * size * LEADING <= room;
  };
  return [84, 76, 64, 54, 46, 40].find((size) => (withMotif ? size <= 76 : true) && fits(size)) ?? 40;
}

/** Whether the card's motif draws anything: a year strip with nothing on it says nothing. */
export const hasMotif = (m: OgMotif): boolean => m.kind === 'states' || STRIP.some((s) => s.years.some((y) => m.highlight.includes(y)));

function timelineMotif(highlight: readonly number[], locale: Locale): OgElement {
  const stops = strip(locale);
  // Equal columns, each drawing half the line on either side of its dot, so the line joins
  // the dots without passing over them (satori has no z-index).
  const col = INNER / stops.length;
  const half = (visible: boolean): OgElement => div({ flexGrow: 1, height: 4, backgroundColor: visible ? COLOURS.border : COLOURS.bg });
  return div(
    { display: 'flex', width: INNER },
    stops.map((stop, i) => {
      const on = stop.years.some((y) => highlight.includes(y));
      return div({ display: 'flex', flexDirection: 'column', alignItems: 'center', width: col }, [
        div({ display: 'flex', alignItems: 'center', width: col }, [
          half(i > 0),
          div({
            width: 40,
            height: 40,
            borderRadius: '50%',
            border: `5px solid ${on ? COLOURS.accent : COLOURS.border}`,
            backgroundColor: on ? COLOURS.accent : COLOURS.bg,
          }),
          half(i < stops.length - 1),
        ]),
        div({ marginTop: 8, fontSize: 28, fontWeight: on ? 700 : 400, color: on ? COLOURS.text : COLOURS.muted }, stop.label),
      ]);
    }),
  );
}

function statesMotif({ celac: CELAC, states: STATES }: { celac: number; states: number }, locale: Locale): OgElement {
  const { og } = dictionary(locale).tools;
  const perRow = Math.ceil(STATES / 2);
  const dot = (colour: string, size = 34): OgElement => div({ width: size, height: size, borderRadius: '50%', backgroundColor: colour });
  const colour = (i: number): string => (i < CELAC ? COLOURS.both : COLOURS.oasOnly);
  const row = (from: number, to: number): OgElement =>
    div(
      { display: 'flex', gap: 12 },
      Array.from({ length: to - from }, (_, k) => dot(colour(from + k))),
    );
  const key = (c: string, text: string): OgElement => div({ display: 'flex', alignItems: 'center', gap: 10 }, [dot(c, 22), text]);
  return div({ display: 'flex', justifyContent: 'space-between', alignItems: 'center', width: INNER }, [
    div({ display: 'flex', flexDirection: 'column', gap: 12 }, [row(0, perRow), row(perRow, STATES)]),
    div({ display: 'flex', flexDirection: 'column', gap: 8, fontSize: 24, color: COLOURS.muted }, [
      key(COLOURS.both, fill(og.inCelac, { n: CELAC })),
      key(COLOURS.oasOnly, fill(og.outsideCelac, { n: STATES - CELAC })),
    ]),
  ]);
}

const motif = (m: OgMotif, locale: Locale): OgElement =>
  m.kind === 'states' ? statesMotif(m, locale) : timelineMotif(m.highlight, locale);

/** The whole card. `host` is the site's domain, printed so a cropped preview still says where it leads. */
export function cardTree(card: OgCard, host: string): OgElement {
  const { site } = dictionary(card.locale);
  // Satori sizes boxes content-box: the fixed-size root has no padding, the body keeps margins.
  return div(
    {
      display: 'flex',
      flexDirection: 'column',
      width: OG_WIDTH,
      height: OG_HEIGHT,
      backgroundColor: COLOURS.bg,
      color: COLOURS.text,
      fontFamily: OG_FONT,
    },
    [
      div({ height: 14, backgroundColor: COLOURS.accent }),
      div(
        { display: 'flex', flexDirection: 'column', flexGrow: 1, marginTop: 44, marginBottom: 40, marginLeft: PAD_X, marginRight: PAD_X },
        [
          div({ display: 'flex', fontSize: 30, fontWeight: 700 }, site.title),
          div({ display: 'flex', marginTop: 36, fontSize: 30, fontWeight: 600, color: COLOURS.accent }, card.kicker),
          div(
            { display: 'flex', marginTop: 10, fontSize: titleSize(card.title, hasMotif(card.motif)), fontWeight: 700, lineHeight: LEADING },
            card.title,
          ),
          // At least this much air between a three-line title and the motif.
          div({ display: 'flex', flexGrow: 1, minHeight: 28 }),
          ...(hasMotif(card.motif) ? [motif(card.motif, card.locale)] : []),
          div(
            { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', marginTop: 28, fontSize: 26, color: COLOURS.muted },
            [div({ display: 'flex' }, creditLine(card.locale)), div({ display: 'flex', fontSize: 22 }, host)],
          ),
        ],
      ),
    ],
  );
}
