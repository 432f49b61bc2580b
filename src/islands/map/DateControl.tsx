import type { DateStep, MapStrings } from '../../lib/map/mapModel';
import { Filled } from './Filled';

interface DateControlProps {
  steps: DateStep[];
  /** The stop the slider sits on (the last one on or before the shown date). */
  index: number;
  /** What the map shows: a stop's label, or a day the timeline picked. */
  dateLabel: string;
  playing: boolean;
  onStep: (index: number) => void;
  onTogglePlay: () => void;
  strings: MapStrings['date'];
}

/**
 * The date: a native range input over the key dates (arrows, Home/End and Page keys work as
 * for any slider; aria-valuetext reads the date), a play button, and the shown date in words.
 * Without JavaScript it is hidden (src/styles/membershipMap.css) and the caption names the date instead.
 */
export function DateControl({ steps, index, dateLabel, playing, onStep, onTogglePlay, strings }: DateControlProps) {
  const last = steps.length - 1;
  return (
    <div className="mm-date">
      <p className="mm-date__shown">
        <Filled template={strings.showing} name="date">
          <strong>{dateLabel}</strong>
        </Filled>
      </p>
      <div className="mm-date__controls">
        {/* The label says what a press does (Play / Pause), so no aria-pressed as well. */}
        <button type="button" className="mm-play" onClick={onTogglePlay}>
          <svg className="mm-play__icon" viewBox="0 0 10 10" aria-hidden="true">
            <path d={playing ? 'M2 1h2v8H2zM6 1h2v8H6z' : 'M2 1l7 4-7 4z'} />
          </svg>
          {playing ? strings.pause : strings.play}
        </button>
        <div className="mm-date__slider">
          <input
            type="range"
            min={0}
            max={last}
            step={1}
            value={index}
            aria-label={strings.slider}
            aria-valuetext={dateLabel}
            onChange={(e) => onStep(Number(e.currentTarget.value))}
          />
          <ol className="mm-date__ticks" aria-hidden="true">
            {steps.map((s, i) => (
              <li key={s.date} className={i === index ? 'is-current' : undefined}>
                <span className="mm-tick--long">{s.tick}</span>
                <span className="mm-tick--short">{s.short}</span>
              </li>
            ))}
          </ol>
        </div>
      </div>
    </div>
  );
}
