import type { Ref } from 'react';
import { ROW_TARGET, TARGET, type Marker } from './timelineLayout';
import type { EventView } from './timelineModel';

interface Props {
  event: EventView;
  marker: Marker;
  selected: boolean;
  /** Vertical rows are clickable across their label too. */
  rowWidth?: number | undefined;
  onSelect: (id: string) => void;
  optionRef: Ref<SVGGElement>;
}

/**
 * One event: a listbox option with a roving tabindex (only the selected option is in the Tab
 * order). The invisible square (a whole row when vertical) is the touch target, and the
 * option's box, so the site's focus outline fits it. Leader lines are EventLeaders' job.
 */
export function EventMarker({ event, marker: m, selected, rowWidth, onSelect, optionRef }: Props) {
  const half = TARGET / 2;
  // A vertical row is taller than a bare marker (two text lines) but stays inside its row.
  const hitHeight = rowWidth ? ROW_TARGET : TARGET;
  const r = event.main ? 8 : 6;
  const kind = event.main ? ' tl-option--main' : '';
  return (
    <g
      ref={optionRef}
      role="option"
      aria-selected={selected}
      tabIndex={selected ? 0 : -1}
      aria-label={`${event.dateLabel}: ${event.title}${event.factCheck ? ' (fact check)' : ''}`}
      className={`tl-option${kind}`}
      data-event={event.id}
      onClick={() => onSelect(event.id)}
    >
      <rect
        className="tl-hit"
        x={m.x - half}
        y={m.y - hitHeight / 2}
        width={rowWidth ? rowWidth - 8 - (m.x - half) : TARGET}
        height={hitHeight}
        rx={4}
      />
      <circle className="tl-ring" cx={m.x} cy={m.y} r={half - 1} />
      <circle className="tl-dot" cx={m.x} cy={m.y} r={r} />
      {event.factCheck && <circle className="tl-flag" cx={m.x + r * 0.8} cy={m.y - r * 0.8} r={3.5} />}
      {m.lines && (
        <text className="tl-row" x={m.x + half + 6} y={m.y - 3}>
          {/* The trailing space keeps "date title" apart in the text, as in the option's name. */}
          <tspan className="tl-row__date">{`${m.lines[0]} `}</tspan>
          <tspan className="tl-row__title" x={m.x + half + 6} dy={15}>
            {m.lines[1]}
          </tspan>
        </text>
      )}
    </g>
  );
}
