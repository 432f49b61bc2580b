import { memo, type MouseEvent, type PointerEvent, type SVGProps } from 'react';
import type { PanelDrawing } from '../../lib/geo/americasMap';
import type { Callout, PanelId, StateTarget } from '../../lib/geo/stateTargets';
import { MapPatterns, patternId } from './MapPatterns';
import type { StateRow } from './mapModel';

export interface MapPanelProps {
  panel: PanelId;
  drawing: PanelDrawing & { frame?: { x: number; y: number; width: number; height: number }; callout?: Callout };
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
}

const keyAt = (target: EventTarget): string | null => (target instanceof Element ? (target.closest('[data-key]')?.getAttribute('data-key') ?? null) : null);

function Lines({ x, lines, lineHeight }: { x: number; lines: string[]; lineHeight: number }) {
  // Multi-line labels are centred on their anchor point. A line ends in a space, so the text
  // reads "Saint Kitts and Nevis" (the element's accessible name), not "andNevis".
  return lines.map((line, i) => (
    <tspan key={line} x={x} dy={i === 0 ? (-(lines.length - 1) * lineHeight) / 2 : lineHeight}>
      {i < lines.length - 1 ? `${line} ` : line}
    </tspan>
  ));
}

/**
 * One panel of the map as SVG: shapes coloured and patterned by category, the outlines of the
 * pointed and open states, markers (and the Eastern Caribbean callout), labels. React draws;
 * the paths were computed at build time.
 */
export const MapPanel = memo(function MapPanel({ panel, drawing, label, idPrefix, rows, targets, interactive, pointed, open, targetProps, onPoint, onPick }: MapPanelProps) {
  const { frame, callout } = drawing;
  const unit = `${idPrefix}-${panel}`;
  const zoomed = drawing.zoom === 1 ? unit : `${unit}-z`;
  const fill = (prefix: string, iso: string): string => `url(#${patternId(prefix, rows.get(iso)?.category ?? 'none')})`;
  const ownTarget = (iso: string): StateTarget | undefined => (targets[iso]?.panel === panel ? targets[iso] : undefined);
  const outline = (iso: string | null, kind: 'pointed' | 'open') => {
    const shape = iso ? drawing.shapes.find((s) => s.key === iso) : undefined;
    return shape && <path className={`mm-outline mm-outline--${kind}`} d={shape.d} />;
  };
  const point = (e: PointerEvent<SVGSVGElement>) => onPoint(keyAt(e.target), { x: e.clientX, y: e.clientY });
  const pick = (e: MouseEvent<SVGSVGElement>) => {
    const iso = keyAt(e.target);
    if (iso) onPick(iso);
  };
  return (
    <svg
      className={`mm-map mm-map--${panel}`}
      viewBox={`0 0 ${drawing.width} ${drawing.height}`}
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
      <rect className="mm-sea" width={drawing.width - (callout?.width ?? 0)} height={drawing.height} />
      <g transform={drawing.transform}>
        {drawing.shapes.map((s) => {
          if (s.kind === 'territory') {
            return (
              <path key={s.key} className="mm-territory" d={s.d}>
                <title>{s.name}</title>
              </path>
            );
          }
          const shape = <path className="mm-state" data-key={s.key} d={s.d} fill={fill(zoomed, s.key)} />;
          const target = ownTarget(s.key);
          return target && !target.marker ? (
            <g key={s.key} {...targetProps(s.key)}>
              {shape}
            </g>
          ) : (
            <g key={s.key}>{shape}</g>
          );
        })}
        {outline(pointed, 'pointed')}
        {outline(open, 'open')}
      </g>
      {frame && (
        <g className="mm-frame" aria-hidden="true">
          <rect x={frame.x} y={frame.y} width={frame.width} height={frame.height} />
          <text x={frame.x + 4} y={frame.y + 12}>
            Enlarged
          </text>
        </g>
      )}
      {callout && (
        <g className="mm-callout" aria-hidden="true">
          <rect x={callout.x + 4} y={callout.y} width={callout.width - 6} height={callout.height} rx={6} />
          <text x={callout.x + 12} y={callout.y + 16}>
            Eastern Caribbean
          </text>
        </g>
      )}
      {Object.entries(targets).map(([iso, t]) => {
        const m = t.panel === panel ? t.marker : undefined;
        if (!m) return null;
        return (
          <g key={iso} {...targetProps(iso)}>
            {m.leader && <line className="mm-leader" x1={m.leader.x1} y1={m.leader.y1} x2={m.leader.x2} y2={m.leader.y2} />}
            {/* In the callout the marker carries the category; on a small state a ring marks the
                target and leaves the state's own fill in view. */}
            {m.label ? <circle className="mm-marker" cx={m.cx} cy={m.cy} r={m.r} fill={fill(unit, iso)} /> : <circle className="mm-marker mm-marker--ring" cx={m.cx} cy={m.cy} r={m.r - 1} />}
            {m.label && (
              <text className="mm-marker__label" x={m.label.x} y={m.label.y} dominantBaseline="central">
                <Lines x={m.label.x} lines={m.label.lines} lineHeight={13} />
              </text>
            )}
          </g>
        );
      })}
      {drawing.labels.map((l) => (
        <text key={l.lines.join(' ')} className="mm-label" x={l.x} y={l.y} textAnchor={l.anchor} dominantBaseline="central">
          <Lines x={l.x} lines={l.lines} lineHeight={12} />
        </text>
      ))}
    </svg>
  );
});
