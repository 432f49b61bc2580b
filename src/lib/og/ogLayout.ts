/**
 * The layout of a 1200×630 share card as a satori element tree (plain objects, no JSX):
 * site title, kicker, title, a motif and the credit line. Pure, so it is testable without
 * fonts; ogRender.ts turns it into a PNG.
 */
import { SITE } from '../../site';
import { ALL_YEARS, CREDIT_LINE, type OgCard, type OgMotif } from './ogCard';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
export const OG_FONT = 'Source Serif 4';

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

/**
 * CELAC has 33 members among the 35 independent states of the Americas, all of which
 * ratified the OAS charter (src/pages/map.astro states the same counts; keep in sync).
 */
const STATES = 35;
const CELAC = 33;

type Style = Record<string, string | number>;
export interface OgElement {
  type: 'div';
  props: { style: Style; children?: OgChild | OgChild[] };
}
type OgChild = OgElement | string;

const div = (style: Style, children?: OgChild | OgChild[]): OgElement => ({ type: 'div', props: children === undefined ? { style } : { style, children } });

/** Font size that keeps a title within three lines of the card (about 0.5 em per character). */
export function titleSize(title: string): number {
  const n = title.length;
  return n <= 32 ? 76 : n <= 60 ? 64 : n <= 90 ? 54 : 44;
}

function timelineMotif(highlight: readonly number[]): OgElement {
  // Equal columns, each drawing half the line on either side of its dot, so the line joins
  // the dots without passing over them (satori has no z-index).
  const col = INNER / ALL_YEARS.length;
  const half = (visible: boolean): OgElement => div({ flexGrow: 1, height: 4, backgroundColor: visible ? COLOURS.border : COLOURS.bg });
  return div(
    { display: 'flex', width: INNER },
    ALL_YEARS.map((year, i) => {
      const on = highlight.includes(year);
      return div({ display: 'flex', flexDirection: 'column', alignItems: 'center', width: col }, [
        div({ display: 'flex', alignItems: 'center', width: col }, [
          half(i > 0),
          div({ width: 40, height: 40, borderRadius: '50%', border: `5px solid ${on ? COLOURS.accent : COLOURS.border}`, backgroundColor: on ? COLOURS.accent : COLOURS.bg }),
          half(i < ALL_YEARS.length - 1),
        ]),
        div({ marginTop: 8, fontSize: 28, fontWeight: on ? 700 : 400, color: on ? COLOURS.text : COLOURS.muted }, String(year)),
      ]);
    }),
  );
}

function statesMotif(): OgElement {
  const perRow = Math.ceil(STATES / 2);
  const dot = (colour: string, size = 34): OgElement => div({ width: size, height: size, borderRadius: '50%', backgroundColor: colour });
  const colour = (i: number): string => (i < CELAC ? COLOURS.both : COLOURS.oasOnly);
  const row = (from: number, to: number): OgElement => div({ display: 'flex', gap: 12 }, Array.from({ length: to - from }, (_, k) => dot(colour(from + k))));
  const key = (c: string, text: string): OgElement => div({ display: 'flex', alignItems: 'center', gap: 10 }, [dot(c, 22), text]);
  return div({ display: 'flex', justifyContent: 'space-between', alignItems: 'center', width: INNER }, [
    div({ display: 'flex', flexDirection: 'column', gap: 12 }, [row(0, perRow), row(perRow, STATES)]),
    div({ display: 'flex', flexDirection: 'column', gap: 8, fontSize: 24, color: COLOURS.muted }, [key(COLOURS.both, `${CELAC} in CELAC`), key(COLOURS.oasOnly, `${STATES - CELAC} outside it`)]),
  ]);
}

const motif = (m: OgMotif): OgElement => (m.kind === 'states' ? statesMotif() : timelineMotif(m.highlight));

/** The whole card. `host` is the site's domain, printed so a cropped preview still says where it leads. */
export function cardTree(card: OgCard, host: string): OgElement {
  // Satori sizes boxes content-box: the fixed-size root has no padding, the body keeps margins.
  return div({ display: 'flex', flexDirection: 'column', width: OG_WIDTH, height: OG_HEIGHT, backgroundColor: COLOURS.bg, color: COLOURS.text, fontFamily: OG_FONT }, [
    div({ height: 14, backgroundColor: COLOURS.accent }),
    div({ display: 'flex', flexDirection: 'column', flexGrow: 1, marginTop: 44, marginBottom: 40, marginLeft: PAD_X, marginRight: PAD_X }, [
      div({ display: 'flex', fontSize: 30, fontWeight: 700 }, SITE.title),
      div({ display: 'flex', marginTop: 36, fontSize: 30, fontWeight: 600, color: COLOURS.accent }, card.kicker),
      div({ display: 'flex', marginTop: 10, fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.12 }, card.title),
      div({ display: 'flex', flexGrow: 1 }),
      motif(card.motif),
      div({ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-end', marginTop: 28, fontSize: 26, color: COLOURS.muted }, [
        div({ display: 'flex' }, CREDIT_LINE),
        div({ display: 'flex', fontSize: 22 }, host),
      ]),
    ]),
  ]);
}
