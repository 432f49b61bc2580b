import type { KeyboardEvent, Ref } from 'react';
import { EventLeaders } from './EventLeaders';
import { EventMarker } from './EventMarker';
import { TimeAxis } from './TimeAxis';
import { TimelineOverview } from './TimelineOverview';
import type { TimelineLayout } from './timelineLayout';
import type { EventView } from './timelineModel';

interface Props {
  layout: TimelineLayout;
  events: readonly EventView[];
  selectedId: string;
  label: string;
  onSelect: (id: string) => void;
  onKeyDown: (e: KeyboardEvent<SVGGElement>) => void;
  optionRef: (id: string) => Ref<SVGGElement>;
}

/**
 * The drawing: overview strip, axis and markers in one SVG. React renders every element;
 * the layout (pixels) comes from timelineLayout.ts. The markers form a WAI-ARIA listbox,
 * grouped by anchor year; everything else is hidden from assistive technology.
 */
export function TimelineChart({ layout, events, selectedId, label, onSelect, onKeyDown, optionRef }: Props) {
  const years = [...new Set(events.map((e) => e.anchor))];
  const markers = new Map(layout.markers.map((m) => [m.id, m]));
  const vertical = layout.orientation === 'vertical';
  const current = markers.get(selectedId);
  const currentEvent = events.find((e) => e.id === selectedId);
  return (
    <svg
      className={`tl-chart tl-chart--${layout.orientation}`}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      role="none"
    >
      <g aria-hidden="true">
        <TimelineOverview layout={layout} />
        <TimeAxis layout={layout} />
        <EventLeaders markers={layout.markers} selectedId={selectedId} />
        {!vertical && current && currentEvent && (
          // Ties the chart to the details below it: the open event's date over its marker.
          <text className="tl-current" x={Math.min(Math.max(current.x, 70), layout.width - 70)} y={(layout.detailTop ?? 0) + 20} textAnchor="middle">
            {currentEvent.dateLabel}
          </text>
        )}
      </g>
      <g role="listbox" aria-label={label} aria-orientation={layout.orientation} onKeyDown={onKeyDown}>
        {years.map((year) => (
          <g key={year} role="group" aria-label={String(year)}>
            {events
              .filter((e) => e.anchor === year)
              .map((e) => {
                const m = markers.get(e.id);
                return m ? (
                  <EventMarker
                    key={e.id}
                    event={e}
                    marker={m}
                    selected={e.id === selectedId}
                    rowWidth={vertical ? layout.width : undefined}
                    onSelect={onSelect}
                    optionRef={optionRef(e.id)}
                  />
                ) : null;
              })}
          </g>
        ))}
      </g>
    </svg>
  );
}
