import type { KeyboardEvent, Ref } from 'react';
import { EventLeaders } from './EventLeaders';
import { EventMarker } from './EventMarker';
import { EventTooltip } from './EventTooltip';
import { TimeAxis } from './TimeAxis';
import { TimelineOverview } from './TimelineOverview';
import type { TimelineLayout } from '../../lib/timeline/timelineLayout';
import type { EventMark } from '../../lib/timeline/timelineModel';
import type { Dictionary } from '../../i18n/types';

interface Props {
  layout: TimelineLayout;
  /** Before measuring, which box widths show this drawing (Timeline.tsx serverDrawings, timeline.css). */
  drawing?: string | undefined;
  /** Drawn this many times its layout's size (a slide: larger type, same picture). */
  scale: number;
  events: readonly EventMark[];
  selectedId: string;
  label: string;
  strings: Dictionary['timeline']['island'];
  /** The event whose tooltip shows (only ever one without a title on the chart). */
  tipId: string | null;
  onSelect: (id: string) => void;
  onHint: (id: string | null, how: 'pointer' | 'focus') => void;
  onKeyDown: (e: KeyboardEvent<SVGGElement>) => void;
  optionRef: (id: string) => Ref<SVGGElement>;
}

/**
 * The drawing: overview strip, axis, markers and their titles in one SVG. React renders
 * every element; the layout (pixels) comes from timelineLayout.ts. The markers form a
 * WAI-ARIA listbox, grouped by anchor year; everything else is hidden from assistive
 * technology.
 */
export function TimelineChart({
  layout,
  drawing,
  scale,
  events,
  selectedId,
  label,
  strings,
  tipId,
  onSelect,
  onHint,
  onKeyDown,
  optionRef,
}: Props) {
  const years = [...new Set(events.map((e) => e.anchor))];
  const markers = new Map(layout.markers.map((m) => [m.id, m]));
  const vertical = layout.orientation === 'vertical';
  const tipMarker = tipId === null ? undefined : markers.get(tipId);
  const tipEvent = tipId === null ? undefined : events.find((e) => e.id === tipId);
  return (
    <svg
      className={`tl-chart tl-chart--${layout.orientation}`}
      data-drawing={drawing}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={Math.round(layout.width * scale)}
      height={Math.round(layout.height * scale)}
      role="none"
    >
      <g aria-hidden="true">
        <TimelineOverview layout={layout} caption={strings.realTime} />
        <TimeAxis layout={layout} afterLabel={strings.afterOpEd} />
        <EventLeaders markers={layout.markers} selectedId={selectedId} />
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
                    vertical={vertical}
                    factCheckNote={strings.factCheckNote}
                    onSelect={onSelect}
                    onHint={onHint}
                    optionRef={optionRef(e.id)}
                  />
                ) : null;
              })}
          </g>
        ))}
      </g>
      {tipMarker && tipEvent && !tipMarker.label && (
        <EventTooltip
          event={tipEvent}
          marker={tipMarker}
          chartWidth={layout.width}
          onPointerEnter={() => onHint(tipEvent.id, 'pointer')}
          onPointerLeave={() => onHint(null, 'pointer')}
        />
      )}
    </svg>
  );
}
