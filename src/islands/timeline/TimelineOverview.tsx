import { fill } from '../../lib/fill';
import type { TimelineLayout } from '../../lib/timeline/timelineLayout';

/**
 * The whole span at true scale, with each enlarged window marked on it; when horizontal, a
 * shaded connector joins each mark to its window below, so the zoom is visible, not implied.
 * Decorative: the same facts are in the axis labels, the break labels and the legend text.
 */
export function TimelineOverview({ layout, caption }: { layout: TimelineLayout; /** "Real time, {span}" */ caption: string }) {
  const { overview: o, windows, detailTop } = layout;
  if (!o) return null;
  return (
    <g className="tl-overview">
      <text className="tl-caption" x={o.x0} y={o.y - 10}>
        {fill(caption, { span: o.label })}
      </text>
      {detailTop !== undefined &&
        o.windows.map((w, i) => {
          const d = windows[i];
          if (!d) return null;
          const points = `${w.x0},${o.y + 5} ${w.x1},${o.y + 5} ${d.to},${detailTop} ${d.from},${detailTop}`;
          return <polygon key={i} className="tl-zoom" points={points} />;
        })}
      <line className="tl-ov-line" x1={o.x0} y1={o.y} x2={o.x1} y2={o.y} />
      {o.ticks.map((t) => (
        <g key={t.label}>
          <line className="tl-tick" x1={t.x} y1={o.y} x2={t.x} y2={o.y + 4} />
          <text className="tl-ov-label" x={t.x} y={o.y + 16}>
            {t.label}
          </text>
        </g>
      ))}
      {o.windows.map((w, i) => (
        <rect key={i} className="tl-ov-window" x={w.x0} y={o.y - 5} width={w.x1 - w.x0} height={10} rx={2} />
      ))}
    </g>
  );
}
