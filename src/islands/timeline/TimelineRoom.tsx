import type { TimelineLayout } from '../../lib/timeline/timelineLayout';

/**
 * The room a drawing the server does not send will take: an empty SVG of its size, which
 * scales in a narrow box exactly as the drawing would (max-width, aspect ratio), so the page
 * below does not move when the island draws into it (Timeline.tsx serverDrawings).
 */
export function TimelineRoom({ layout, drawing }: { layout: TimelineLayout; drawing: string | undefined }) {
  return (
    <svg
      className="tl-room"
      data-drawing={drawing}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      aria-hidden="true"
    />
  );
}
