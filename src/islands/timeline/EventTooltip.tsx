import { TARGET, TYPE, type Marker } from '../../lib/timeline/timelineLayout';
import type { EventMark } from '../../lib/timeline/timelineModel';
import { textWidth, wrapText } from '../../lib/timeline/textMetrics';

const MAX = 220;
const PAD_X = 8;
const PAD_Y = 5;

interface Props {
  event: Pick<EventMark, 'dateLabel' | 'title'>;
  marker: Marker;
  chartWidth: number;
  /** Keeps the tip open while the pointer is over it (WCAG 1.4.13: hoverable). */
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

/**
 * The date and title of an event whose title has no room on the chart, while the pointer is
 * on it or it has the keyboard focus. Drawn last, over everything, just above its marker
 * (below it when there is no room above). Hidden from assistive technology: the option's
 * own name already says the same.
 */
export function EventTooltip({ event, marker: m, chartWidth, onPointerEnter, onPointerLeave }: Props) {
  const lines = [event.dateLabel, ...wrapText(event.title, MAX, TYPE.label)];
  const width =
    Math.ceil(Math.max(textWidth(event.dateLabel, TYPE.label, true), ...lines.slice(1).map((l) => textWidth(l, TYPE.label)))) + 2 * PAD_X;
  const height = lines.length * TYPE.line + 2 * PAD_Y;
  const x = Math.min(Math.max(m.x - width / 2, 2), chartWidth - width - 2);
  const above = m.y - TARGET / 2 - 6 - height;
  const y = above >= 2 ? above : m.y + TARGET / 2 + 6;
  return (
    <g className="tl-tip" aria-hidden="true" onPointerEnter={onPointerEnter} onPointerLeave={onPointerLeave}>
      <rect className="tl-tip__box" x={x} y={y} width={width} height={height} rx={4} />
      <text x={x + PAD_X} y={y + PAD_Y + TYPE.line - 3.5}>
        {lines.map((line, i) => (
          <tspan key={i} className={i === 0 ? 'tl-tip__date' : undefined} x={x + PAD_X} dy={i === 0 ? 0 : TYPE.line}>
            {/* A trailing space keeps the lines' words apart in the text (copied, or read by a test). */}
            {i < lines.length - 1 ? `${line} ` : line}
          </tspan>
        ))}
      </text>
    </g>
  );
}
