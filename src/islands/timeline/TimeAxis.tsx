import type { TimelineLayout } from '../../lib/timeline/timelineLayout';

/**
 * The detail axis: one line per window (its own linear scale), year boundaries as ticks, month
 * or quarter ticks that show how stretched each window is, year labels (anchor years bold)
 * and a labelled break wherever years are left out. Decorative for assistive technology: the
 * options carry their dates in words.
 */
export function TimeAxis({ layout, afterLabel }: { layout: TimelineLayout; /** "After the op-ed" */ afterLabel: string }) {
  const h = layout.orientation === 'horizontal';
  const c = layout.axisAt;
  // Axis coordinates (along, across) to SVG (x, y).
  const x = (along: number, across = 0): number => (h ? along : c + across);
  const y = (along: number, across = 0): number => (h ? c + across : along);
  const tick = (pos: number, len: number, cls: string, key: string | number) => (
    <line key={key} className={cls} x1={x(pos)} y1={y(pos)} x2={x(pos, h ? len : -len)} y2={y(pos, h ? len : -len)} />
  );
  const afterWindows = layout.windows.filter((w) => w.after);
  const first = afterWindows[0];
  const last = afterWindows.at(-1);
  // The stretch after the op-ed's date: a band behind its markers, labelled once.
  const band = first && last && (
    <g className="tl-after">
      {h ? (
        <rect
          className="tl-after-band"
          x={first.from}
          y={layout.detailTop ?? 0}
          width={last.to - first.from}
          height={c - (layout.detailTop ?? 0)}
        />
      ) : (
        <rect className="tl-after-band" x={0} y={first.from} width={layout.width} height={last.to - first.from} />
      )}
      {h && (
        <text className="tl-after-label" x={first.from + 6} y={(layout.detailTop ?? 0) + 14}>
          {afterLabel}
        </text>
      )}
    </g>
  );
  return (
    <g className="tl-axis">
      {band}
      {layout.windows.map((w, i) => (
        <g key={i}>
          <line className="tl-axis-line" x1={x(w.from)} y1={y(w.from)} x2={x(w.to)} y2={y(w.to)} />
          {w.minor.map((p, k) => tick(p, 3, 'tl-minor', k))}
          {w.ticks.map((p, k) => tick(p, 7, 'tl-tick', `t${k}`))}
          {w.labels.map((l) => (
            <text
              key={l.text}
              className={l.anchor ? 'tl-year tl-year--anchor' : 'tl-year'}
              x={h ? l.pos : c - 12}
              y={h ? c + 22 : l.pos + 4}
              textAnchor={h ? 'middle' : 'end'}
            >
              {l.text}
            </text>
          ))}
        </g>
      ))}
      {layout.breaks.map((b) =>
        b.kind === 'split' ? (
          <g key={b.pos} className="tl-split">
            <line
              className="tl-split-line"
              x1={x(b.pos, h ? -(c - (layout.detailTop ?? 0)) : -c)}
              y1={y(b.pos, h ? -(c - (layout.detailTop ?? 0)) : -c)}
              x2={x(b.pos, h ? 10 : layout.width - c)}
              y2={y(b.pos, h ? 10 : layout.width - c)}
            />
            {!h && (
              <text className="tl-after-label" x={c + 14} y={b.pos + 5}>
                {b.label}
              </text>
            )}
          </g>
        ) : (
          <g key={b.pos} className="tl-break">
            <line className="tl-break-line" x1={x(b.pos - 24)} y1={y(b.pos - 24)} x2={x(b.pos + 24)} y2={y(b.pos + 24)} />
            <path
              className="tl-break-mark"
              d={
                h
                  ? `M${b.pos - 7},${c + 7} l6,-14 M${b.pos + 1},${c + 7} l6,-14`
                  : `M${c - 7},${b.pos + 1} l14,-6 M${c - 7},${b.pos + 9} l14,-6`
              }
            />
            <text className="tl-break-label" x={h ? b.pos : c + 14} y={h ? c + 22 : b.pos + 6} textAnchor={h ? 'middle' : 'start'}>
              {b.label}
            </text>
          </g>
        ),
      )}
    </g>
  );
}
