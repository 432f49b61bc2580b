import { memo, type MouseEvent, type PointerEvent, type SVGProps } from 'react';
import type { IslandGeometry, IslandPanel, MapLabel } from '../../lib/geo/americasMap';
import type { Marker, PanelId, StateTarget } from '../../lib/geo/stateTargets';
import { MapPatterns, patternId } from './MapPatterns';
import { shapePathId, type MapStrings, type StateRow } from '../../lib/map/mapModel';

export interface MapPanelProps {
  panel: PanelId;
  drawing: IslandPanel & Partial<Pick<IslandGeometry['overview'], 'frame'> & Pick<IslandGeometry['inset'], 'callout' | 'compactKey'>>;
  /** Accessible name: what the panel shows, and on which date. */
  label: string;
  /** Unique per map on the page: prefixes the pattern ids. */
  idPrefix: string;
  rows: ReadonlyMap<string, StateRow>;
  targets: Record<string, StateTarget>;
  /** Hydrated: the panel is a group of buttons rather than one image. */
  interactive: boolean;
  /** The state outlined for the pointer or the focus, and the one whose details are open. */
  pointed: string | null;
  open: string | null;
  /** Attributes and handlers of a state's interactive element (roving tabindex, keys). */
  targetProps: (iso: string) => SVGProps<SVGGElement>;
  /** A state (or nothing) under the pointer; a state clicked or tapped. */
  onPoint: (iso: string | null, at: { x: number; y: number }) => void;
  onPick: (iso: string) => void;
  /** The words drawn on the map: the frame's, the callout's and the phone key's headings. */
  strings: MapStrings['panels'];
}

const keyAt = (target: EventTarget): string | null =>
  target instanceof Element ? (target.closest('[data-key]')?.getAttribute('data-key') ?? null) : null;

function Lines({ x, lines }: { x: number; lines: string[] }) {
  // Multi-line labels are centred on their anchor point, in em so that a larger font (present
  // mode) keeps its lines apart. A line ends in a space, so the text reads "Saint Kitts and
  // Nevis" (the element's accessible name), not "andNevis".
  return lines.map((line, i) => (
    <tspan key={line} x={x} dy={i === 0 ? `${(-(lines.length - 1) * 1.1) / 2}em` : '1.1em'}>
      {i < lines.length - 1 ? `${line} ` : line}
    </tspan>
  ));
}

/** A name written on the map (a territory's, or a state's on the phone layout). */
function Label({ label: l, className }: { label: MapLabel; className: string }) {
  return (
    <text className={className} x={l.x} y={l.y} textAnchor={l.anchor} dominantBaseline="central">
      <Lines x={l.x} lines={l.lines} />
    </text>
  );
}

/**
 * A target too small to be its state's shape: a ring on the state (its own fill stays in
 * view), or, in the callout and the phone key, a disc in the state's fill with its name, the
 * two under one transparent box that takes the pointer, so a tap anywhere on either counts.
 */
function MarkerView({ marker: m, fill }: { marker: Marker; fill: string }) {
  if (!m.label) return <circle className="mm-marker mm-marker--ring" cx={m.cx} cy={m.cy} r={m.r - 1} />;
  return (
    <>
      {m.hit && <rect className="mm-hit" x={m.hit.x} y={m.hit.y} width={m.hit.width} height={m.hit.height} rx={4} />}
      <circle className="mm-marker" cx={m.cx} cy={m.cy} r={m.r} fill={fill} />
      <text className="mm-marker__label" x={m.label.x} y={m.label.y} dominantBaseline="central">
        <Lines x={m.label.x} lines={m.label.lines} />
      </text>
    </>
  );
}

/**
 * One panel of the map as SVG: shapes coloured and patterned by category, the outlines of the
 * pointed and open states, markers (and the Eastern Caribbean callout), labels. React draws;
 * the paths were computed at build time and are drawn once, outside the island, in <defs>.
 */
export const MapPanel = memo(function MapPanel({
  panel,
  drawing,
  label,
  idPrefix,
  rows,
  targets,
  interactive,
  pointed,
  open,
  targetProps,
  onPoint,
  onPick,
  strings,
}: MapPanelProps) {
  const { frame, callout, compactKey } = drawing;
  const unit = `${idPrefix}-${panel}`;
  const zoomed = drawing.zoom === 1 ? unit : `${unit}-z`;
  const fill = (prefix: string, iso: string): string => `url(#${patternId(prefix, rows.get(iso)?.category ?? 'none')})`;
  const ownTarget = (iso: string): StateTarget | undefined => (targets[iso]?.panel === panel ? targets[iso] : undefined);
  // Each shape's path is drawn once, in the figure's <defs> (MapShapePaths.astro); the panel uses it.
  const href = (key: string): string => `#${shapePathId(idPrefix, panel, key)}`;
  const outline = (iso: string | null, kind: 'pointed' | 'open') =>
    iso && drawing.shapes.some((s) => s.key === iso) && <use className={`mm-outline mm-outline--${kind}`} href={href(iso)} />;
  const point = (e: PointerEvent<SVGSVGElement>) => onPoint(keyAt(e.target), { x: e.clientX, y: e.clientY });
  const pick = (e: MouseEvent<SVGSVGElement>) => {
    const iso = keyAt(e.target);
    if (iso) onPick(iso);
  };
  return (
    <svg
      className={`mm-map mm-map--${panel}`}
      // The viewBox is the map; the inset's callout (wide) and key (phones) lie outside it,
      // inside the element, whose aspect ratio the CSS sets per layout.
      viewBox={`0 0 ${drawing.width} ${drawing.height}`}
      preserveAspectRatio="xMinYMin meet"
      role={interactive ? 'group' : 'img'}
      aria-label={label}
      onPointerMove={interactive ? point : undefined}
      onPointerLeave={interactive ? () => onPoint(null, { x: 0, y: 0 }) : undefined}
      onClick={interactive ? pick : undefined}
    >
      <defs>
        <MapPatterns prefix={unit} />
        {drawing.zoom !== 1 && <MapPatterns prefix={zoomed} scale={1 / drawing.zoom} />}
      </defs>
      <rect className="mm-sea" width={drawing.width} height={drawing.height} />
      <g transform={drawing.transform}>
        {drawing.shapes.map((s) => {
          if (s.kind === 'territory') {
            return (
              <use key={s.key} className="mm-territory" href={href(s.key)}>
                <title>{s.name}</title>
              </use>
            );
          }
          const shape = <use className="mm-state" data-key={s.key} href={href(s.key)} fill={fill(zoomed, s.key)} />;
          const target = ownTarget(s.key);
          if (!target || target.marker) return <g key={s.key}>{shape}</g>;
          // The shape is the target on wide layouts; a phone adds a ring, in panel units.
          return (
            <g key={s.key} {...targetProps(s.key)}>
              {shape}
              {target.compact && (
                <g className="mm-compact" transform={drawing.untransform}>
                  <MarkerView marker={target.compact} fill={fill(unit, s.key)} />
                </g>
              )}
            </g>
          );
        })}
        {outline(pointed, 'pointed')}
        {outline(open, 'open')}
      </g>
      {frame && (
        <g className="mm-frame" aria-hidden="true">
          <rect x={frame.x} y={frame.y} width={frame.width} height={frame.height} />
          <text x={frame.x + 4} y={frame.y + 4} dominantBaseline="hanging">
            {strings.enlarged}
          </text>
        </g>
      )}
      {callout && (
        <g className="mm-callout mm-wide" aria-hidden="true">
          <rect x={callout.x + 4} y={callout.y} width={callout.width - 6} height={callout.height} rx={6} />
          <text x={callout.x + 12} y={callout.y + 16}>
            {strings.callout}
          </text>
          {callout.keys.map((iso) => {
            const l = targets[iso]?.marker?.leader;
            return l && <line key={iso} className="mm-leader" x1={l.x1} y1={l.y1} x2={l.x2} y2={l.y2} />;
          })}
        </g>
      )}
      {compactKey && (
        <g className="mm-callout mm-compact" aria-hidden="true">
          <rect
            className="mm-key__frame"
            x={compactKey.frame.x}
            y={compactKey.frame.y}
            width={compactKey.frame.width}
            height={compactKey.frame.height}
            rx={4}
          />
          <rect x={compactKey.x} y={compactKey.y} width={compactKey.width} height={compactKey.height} rx={6} />
          <text x={compactKey.x + 8} y={compactKey.y + 18}>
            {strings.compactKey}
          </text>
        </g>
      )}
      {Object.entries(targets).map(([iso, t]) => {
        if (t.panel !== panel || !t.marker) return null;
        return (
          <g key={iso} {...targetProps(iso)}>
            <g className="mm-wide">
              <MarkerView marker={t.marker} fill={fill(unit, iso)} />
            </g>
            {t.compact && (
              <g className="mm-compact">
                <MarkerView marker={t.compact} fill={fill(unit, iso)} />
              </g>
            )}
          </g>
        );
      })}
      {drawing.labels.map((l) => (
        <Label
          key={`${l.lines.join(' ')}-${l.layout ?? ''}`}
          label={l}
          className={['mm-label', l.layout && `mm-${l.layout}`, l.projector === false && 'mm-label--off-projector']
            .filter(Boolean)
            .join(' ')}
        />
      ))}
      <g className="mm-compact" aria-hidden="true">
        {drawing.compactLabels.map((l) => (
          <Label key={l.lines.join(' ')} label={l} className="mm-label mm-label--state" />
        ))}
      </g>
    </svg>
  );
});
