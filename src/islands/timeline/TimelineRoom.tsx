import type { TimelineRoomSize } from '../../lib/timeline/timelineLayout';

/**
 * The room a drawing the server does not send will take: an empty SVG of its size (laid out
 * at build time), which scales in a narrow box exactly as the drawing would (max-width, aspect
 * ratio), so the page below does not move when the island draws into it (Timeline.tsx).
 */
export function TimelineRoom({ room }: { room: TimelineRoomSize }) {
  return (
    <svg
      className="tl-room"
      data-drawing={room.drawing}
      viewBox={`0 0 ${room.width} ${room.height}`}
      width={room.width}
      height={room.height}
      aria-hidden="true"
    />
  );
}
