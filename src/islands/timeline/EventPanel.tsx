import type { Ref } from 'react';
import type { EventView } from './timelineModel';

interface Props {
  event: EventView;
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
}

/**
 * The open event: date, title, summary, note, a marked fact check, sources and the chapters
 * that discuss it. Plain HTML, the same on the server and in the browser.
 */
export function EventPanel({ event: e, headingLevel, headingId, currentChapter, fullTimelineHref, permalink, panelRef }: Props) {
  const Heading = (['h1', 'h2', 'h3'] as const)[headingLevel - 1] ?? 'h3';
  const hasLinks = e.chapters.length > 0 || fullTimelineHref !== undefined || permalink !== undefined;
  return (
    <section ref={panelRef} className="tl-panel" aria-labelledby={headingId}>
      <p className="tl-panel__date">
        <time dateTime={e.date}>{e.dateLabel}</time>
        {e.main && <span className="tl-panel__main"> · main event of {e.anchor}</span>}
      </p>
      <Heading id={headingId} className="tl-panel__title">
        {e.title}
      </Heading>
      <p className="tl-panel__text">{e.summary}</p>
      {e.note && <p className="tl-panel__text">{e.note}</p>}
      {e.factCheck && (
        <div className="tl-factcheck" role="note" aria-label="Fact check">
          <p className="tl-factcheck__kicker">
            <span className="tl-factcheck__badge" aria-hidden="true">
              ✓?
            </span>
            Fact check
          </p>
          <p className="tl-panel__text">{e.factCheck}</p>
        </div>
      )}
      <p className="tl-panel__label">{e.sources.length === 1 ? 'Source' : 'Sources'}</p>
      <ul className="tl-sources">
        {e.sources.map((s) => (
          <li key={s.url}>
            <a href={s.url}>{s.title}</a>
          </li>
        ))}
      </ul>
      {hasLinks && <p className="tl-panel__label">In this explainer</p>}
      {hasLinks && (
        <ul className="tl-links">
          {e.chapters.map((c) => (
            <li key={c.slug}>
              {c.slug === currentChapter ? (
                <span>
                  Discussed in this chapter ({c.number}, {c.title})
                </span>
              ) : (
                <a href={`${c.href}`}>
                  Read in chapter {c.number}: {c.title}
                </a>
              )}
            </li>
          ))}
          {fullTimelineHref && (
            <li>
              <a href={fullTimelineHref}>See it on the full timeline</a>
            </li>
          )}
          {permalink && (
            <li>
              <a href={permalink}>A page for this event, to share</a>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
