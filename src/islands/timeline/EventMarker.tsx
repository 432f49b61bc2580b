import type { FocusEvent, Ref } from 'react';
import { TARGET, type Marker } from '../../lib/timeline/timelineLayout';
import type { EventMark } from '../../lib/timeline/timelineModel';

interface Props {
  event: EventMark;
  marker: Marker;
  selected: boolean;
  vertical: boolean;
  /** Ends the option's name when the event has a fact check (" (fact check)"). */
  factCheckNote: string;
  onSelect: (id: string) => void;
  /** Pointer over, or focus on, the option: where its tooltip goes (when it has no title). */
  onHint: (id: string | null, how: 'pointer' | 'focus') => void;
  optionRef: Ref<SVGGElement>;
}

/**
 * One event: a listbox option with a roving tabindex (only the selected option is in the Tab
 * order). Its box (the invisible .tl-hit) is the touch target and the focus ring: the marker
 * and its title together. Horizontal titles sit on a backing in the page's colour, so a
 * leader line from a higher lane stops at the title rather than running through its words.
 * Leader lines are EventLeaders' job.
 */
export function EventMarker({ event, marker: m, selected, vertical, factCheckNote, onSelect, onHint, optionRef }: Props) {
  const half = TARGET / 2;
  const r = event.main ? 8 : 6;
  const kind = `${event.main ? ' tl-option--main' : ''}${event.afterOpEd ? ' tl-option--after' : ''}${m.label ? '' : ' tl-option--bare'}`;
  const label = m.label;
  const hint = (how: 'pointer' | 'focus', on: boolean) => () => onHint(on ? event.id : null, how);
  return (
    <g
      ref={optionRef}
      role="option"
      aria-selected={selected}
      tabIndex={selected ? 0 : -1}
      aria-label={`${event.dateLabel}: ${event.title}${event.checked ? factCheckNote : ''}`}
      className={`tl-option${kind}`}
      data-event={event.id}
      onClick={() => onSelect(event.id)}
      onPointerEnter={hint('pointer', true)}
      onPointerLeave={hint('pointer', false)}
      onFocus={(e: FocusEvent) => e.target === e.currentTarget && onHint(event.id, 'focus')}
      onBlur={hint('focus', false)}
    >
      <rect className="tl-hit" x={m.hit.x0} y={m.hit.y0} width={m.hit.x1 - m.hit.x0} height={m.hit.y1 - m.hit.y0} rx={4} />
      {label && !vertical && (
        <rect
          className="tl-label-bg"
          x={(label.anchor === 'start' ? label.x : label.x - label.width) - 2}
          y={m.y - (label.lines.length * label.lineHeight) / 2 - 1}
          width={label.width + 4}
          height={label.lines.length * label.lineHeight + 2}
          rx={3}
        />
      )}
      <circle className="tl-ring" cx={m.x} cy={m.y} r={half - 1} />
      <circle className="tl-dot" cx={m.x} cy={m.y} r={r} />
      {event.checked && <circle className="tl-flag" cx={m.x + r * 0.8} cy={m.y - r * 0.8} r={3.5} />}
      {vertical && m.date && label ? (
        <text className="tl-row" x={m.date.x} y={m.date.y}>
          {/* The trailing space keeps "date title" apart in the text, as in the option's name. */}
          <tspan className="tl-row__date">{`${m.date.text} `}</tspan>
          {label.lines.map((line, i) => (
            <tspan key={i} className="tl-row__title" x={label.x} y={label.y + i * label.lineHeight}>
              {i < label.lines.length - 1 ? `${line} ` : line}
            </tspan>
          ))}
        </text>
      ) : (
        label && (
          <text className="tl-label" x={label.x} y={label.y} textAnchor={label.anchor}>
            {label.lines.map((line, i) => (
              <tspan key={i} x={label.x} dy={i === 0 ? 0 : label.lineHeight}>
                {i < label.lines.length - 1 ? `${line} ` : line}
              </tspan>
            ))}
          </text>
        )
      )}
    </g>
  );
}
