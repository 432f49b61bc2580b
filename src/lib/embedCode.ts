/**
 * The `<iframe>` code another site pastes to show one of our figures (share menus, /teach/).
 * Pure, so the page that offers the code and the tests that check it build the same string.
 */
import type { EmbeddableFigure } from './urls';

/**
 * Heights (CSS px) that show each embed without an inner scroll bar at a course page's usual
 * column width (about 700 px); hosts that listen to the embed's resize message adjust it.
 * Measured at 700 px in Chromium (issue 13): the map 1,438 px in both languages (its table
 * folded); the timeline, which is in rows at that width, 3,661 px (English) to 3,790 px
 * (Spanish), 3,791 px with 2019's main event open. Rounded up a little for longer panels.
 */
export const EMBED_HEIGHT: Record<EmbeddableFigure, number> = { map: 1460, timeline: 3820 };

/** The `type` of the message an embed posts to its host with its content height. */
export const EMBED_RESIZE_MESSAGE = 'celac-oas-embed:resize';

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `<iframe src=… title=… width="100%" height=… loading="lazy" …></iframe>`, script-free. */
export function iframeCode({ src, title, height }: { src: string; title: string; height: number }): string {
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${height}"` +
    ` style="border:0;max-width:100%" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"></iframe>`
  );
}
