import type { TimelineRoomSize } from '../../lib/timeline/timelineLayout';
import type { Dictionary } from '../../i18n/types';

/**
 * The room a drawing the server does not send will take: an empty SVG of its size (laid out
 * at build time), which scales in a narrow box exactly as the drawing would (max-width, aspect
 * ratio), so the page below does not move when the island draws into it (Timeline.tsx). Over
 * it, after a moment (timeline.css .tl-waiting), a note that the chart is coming and a link to
 * the figure's list: a script that is slow or never comes still leaves the events readable.
 * The room is shown or hidden as a whole, by the box's width, like the drawing it stands for.
 */
export function TimelineRoom({
  room,
  listId,
  strings,
}: {
  room: TimelineRoomSize;
  /** The figure's list (TimelineList.astro), which readers without JavaScript get. */
  listId: string;
  strings: Pick<Dictionary['timeline']['island'], 'waiting' | 'waitingList'>;
}) {
  return (
    <div className="tl-room-frame" data-drawing={room.drawing}>
      <svg className="tl-room" viewBox={`0 0 ${room.width} ${room.height}`} width={room.width} height={room.height} aria-hidden="true" />
      <p className="tl-waiting">
        {strings.waiting} <a href={`#${listId}`}>{strings.waitingList}</a>
      </p>
    </div>
  );
}
