import type { Marker } from '../../lib/timeline/timelineLayout';

/**
 * Where each event really falls: a dot on the axis at its true date, the span of a lasting
 * event, and a leader line up to its marker (which may have been moved aside to stay clear of
 * its neighbours: then the line drops straight down and bends to the date just above the
 * axis). Drawn before the options, so a title's backing covers a leader passing behind it,
 * and outside them, so each option's box is just its target and its focus outline stays tight.
 */
export function EventLeaders({ markers, selectedId }: { markers: readonly Marker[]; selectedId: string }) {
  return (
    <g className="tl-leaders">
      {markers.map((m) => (
        <g key={m.id} className={m.id === selectedId ? 'tl-leader-group is-selected' : 'tl-leader-group'}>
          <polyline className="tl-leader" points={m.leader.map((p) => p.join(',')).join(' ')} />
          {m.ax2 !== undefined && m.ay2 !== undefined && <line className="tl-span" x1={m.ax} y1={m.ay} x2={m.ax2} y2={m.ay2} />}
          <circle className="tl-foot" cx={m.ax} cy={m.ay} r={2.5} />
        </g>
      ))}
    </g>
  );
}
