import type { Ref } from 'react';
import type { EventDetails, EventMark } from '../../lib/timeline/timelineModel';
import type { Dictionary } from '../../i18n/types';
import { fill } from '../../lib/fill';
import { hashOf } from '../../lib/urls';

type Neighbour = Pick<EventMark, 'id' | 'title' | 'dateLabel'>;

interface Props {
  event: EventMark;
  /** Its words; null only if the page lost them (the panel then keeps the date, title and links). */
  details: EventDetails | null;
  /** 1 on the event's own page, 2 on the timeline page, 3 inside a chapter. */
  headingLevel: 1 | 2 | 3;
  headingId: string;
  /** Slug of the chapter this timeline sits in, if any. */
  currentChapter?: string | undefined;
  /** In a chapter's slice, a link to the event on the full timeline page. */
  fullTimelineHref?: string | undefined;
  /** The event's own page, whose link preview names the event (crawlers drop a #fragment). */
  permalink?: string | undefined;
  panelRef?: Ref<HTMLElement>;
  /** The panel's words in the page's language (src/i18n/<locale>/timeline.ts, `island`). */
  strings: Dictionary['timeline']['island'];
  /**
   * In the island: step to the previous or next event from the panel, and go back to the
   * chart (shown when the chart runs top to bottom, far above the panel on a phone).
   */
  steps?:
    | {
        position: number;
        total: number;
        prev?: Neighbour | undefined;
        next?: Neighbour | undefined;
        onStep: (id: string) => void;
        onBack: () => void;
      }
    | undefined;
}

/**
 * The open event: date, title, summary, note, a marked fact check, sources and the chapters
 * that discuss it. Plain HTML, the same on the server and in the browser. On a slide
 * (timeline.css, present mode) only the date, title, summary and fact check show, and one
 * line points to the event's page for the rest.
 */
export function EventPanel({
  event: e,
  details: d,
  headingLevel,
  headingId,
  currentChapter,
  fullTimelineHref,
  permalink,
  panelRef,
  strings: T,
  steps,
}: Props) {
  const Heading = (['h1', 'h2', 'h3'] as const)[headingLevel - 1] ?? 'h3';
  const hasLinks = e.chapters.length > 0 || fullTimelineHref !== undefined || permalink !== undefined;
  return (
    <section ref={panelRef} className={d?.factCheck ? 'tl-panel tl-panel--checked' : 'tl-panel'} aria-labelledby={headingId}>
      {steps && (
        <button type="button" className="tl-back" onClick={steps.onBack}>
          <span aria-hidden="true">↑ </span>
          {T.backToChart}
        </button>
      )}
      <div className="tl-panel__head">
        <p className="tl-panel__date">
          <time dateTime={e.date}>{e.dateLabel}</time>
          {e.main && <span className="tl-panel__main">{fill(T.mainEventOf, { year: e.anchor })}</span>}
        </p>
        <Heading id={headingId} className="tl-panel__title">
          {e.title}
        </Heading>
      </div>
      {d && <p className="tl-panel__text tl-panel__summary">{d.summary}</p>}
      {d?.note && <p className="tl-panel__text tl-panel__note">{d.note}</p>}
      {d?.factCheck && (
        <div className="tl-factcheck" role="note" aria-label={T.factCheck}>
          <p className="tl-factcheck__kicker">
            <span className="badge tl-factcheck__badge" aria-hidden="true">
              ✓?
            </span>
            {T.factCheck}
          </p>
          <p className="tl-panel__text">{d.factCheck}</p>
        </div>
      )}
      {permalink && (
        <p className="tl-panel__more">
          <a href={permalink}>{T.onEventPage}</a>
        </p>
      )}
      <div className="tl-panel__refs">
        {d && <p className="tl-panel__label">{d.sources.length === 1 ? T.source : T.sources}</p>}
        {d && (
          <ul className="tl-sources">
            {d.sources.map((s) => (
              <li key={s.url}>
                <a href={s.url}>{s.title}</a>
              </li>
            ))}
          </ul>
        )}
        {hasLinks && <p className="tl-panel__label">{T.inThisExplainer}</p>}
        {hasLinks && (
          <ul className="tl-links">
            {e.chapters.map((c) => (
              <li key={c.slug}>
                {c.slug === currentChapter ? (
                  // The section of this very chapter that discusses it, when there is one.
                  hashOf(c.href) ? (
                    <a href={hashOf(c.href)}>{fill(T.discussedHere, { number: c.number, title: c.title })}</a>
                  ) : (
                    <span>{fill(T.discussedHere, { number: c.number, title: c.title })}</span>
                  )
                ) : (
                  <a href={c.href}>{fill(T.readInChapter, { number: c.number, title: c.title })}</a>
                )}
              </li>
            ))}
            {fullTimelineHref && (
              <li>
                <a href={fullTimelineHref}>{T.onFullTimeline}</a>
              </li>
            )}
            {permalink && (
              <li>
                <a href={permalink}>{T.eventPage}</a>
              </li>
            )}
          </ul>
        )}
      </div>
      {steps && (
        <nav className="tl-steps" aria-label={T.neighbours}>
          <StepButton kicker={T.previous} to={steps.prev} onStep={steps.onStep} />
          <p className="tl-steps__count">{fill(T.position, { n: steps.position, total: steps.total })}</p>
          <StepButton kicker={T.next} to={steps.next} onStep={steps.onStep} />
        </nav>
      )}
    </section>
  );
}

/**
 * Previous or next: names the event it opens. At either end it stays in place, marked
 * unavailable (aria-disabled, not disabled, so a reader's focus is not thrown off it).
 */
function StepButton({ kicker, to, onStep }: { kicker: string; to?: Neighbour | undefined; onStep: (id: string) => void }) {
  return (
    <button type="button" className="tl-step" aria-disabled={to ? undefined : true} onClick={() => to && onStep(to.id)}>
      <span className="tl-step__kicker">{kicker}</span>
      {to && <span className="tl-step__title">{to.title}</span>}
    </button>
  );
}
