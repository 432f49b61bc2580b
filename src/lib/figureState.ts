/**
 * What a figure's address carries of the reader's state, and that state moved onto another of
 * the figure's addresses: the map's day (`?date=2019-11-10`) and the timeline's open event
 * (`#celac-founded`, `#y2019`), read from the full page or the embed and written onto the
 * other one, the embed code or a copied link. Pure (addresses are lib/urls.ts's), so the share
 * menu, the embed's link back and the tests agree.
 */
import { DATE_PARAM, dateFromSearch, parseTimelineHash, type EmbeddableFigure } from './urls';

/** The part of an address that holds a figure's state: "?date=2019-11-10", "#celac-founded", or "". */
export function figureStateOf(figure: EmbeddableFigure, where: { search: string; hash: string }): string {
  if (figure === 'map') {
    const date = dateFromSearch(where.search);
    return date ? `?${DATE_PARAM}=${date}` : '';
  }
  return parseTimelineHash(where.hash) ? where.hash : '';
}

/** `path` (no query or hash of its own) with the figure's state from `where`: "/embed/map/?date=2019-11-10". */
export function withFigureState(path: string, figure: EmbeddableFigure, where: { search: string; hash: string }): string {
  return `${path}${figureStateOf(figure, where)}`;
}
