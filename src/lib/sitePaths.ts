/**
 * Reading the site's own URL paths back: which chapter or timeline event a path is. Pure, so
 * build-time modules (share cards) and components use the same patterns.
 */
const CHAPTER_PATH = /^\/chapters\/([^/]+)\/$/;
const EVENT_PATH = /^\/timeline\/([^/]+)\/$/;

/** "/chapters/nobodys-lackey/" → "nobodys-lackey"; undefined for any other path. */
export const chapterSlugOf = (pathname: string): string | undefined => CHAPTER_PATH.exec(pathname)?.[1];

/** "/timeline/ships-to-cuba/" → "ships-to-cuba"; undefined for any other path. */
export const eventIdOf = (pathname: string): string | undefined => EVENT_PATH.exec(pathname)?.[1];
