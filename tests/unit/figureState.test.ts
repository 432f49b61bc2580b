import { describe, expect, it } from 'vitest';
import { figureStateOf, withFigureState } from '../../src/lib/figureState';
import { embedPath, pagePath } from '../../src/lib/urls';

describe('a figure’s state in its address', () => {
  it('the map keeps a valid ?date= and nothing else (present mode’s flags, a hash)', () => {
    expect(figureStateOf('map', { search: '?date=2019-11-10', hash: '' })).toBe('?date=2019-11-10');
    expect(figureStateOf('map', { search: '?present&slide=3&date=2011-12-03', hash: '#history-NIC' })).toBe('?date=2011-12-03');
    expect(figureStateOf('map', { search: '?date=2019-13-40', hash: '' })).toBe('');
    expect(figureStateOf('map', { search: '', hash: '#y2019' })).toBe('');
  });

  it('the timeline keeps its event or year hash and drops the ?date= it writes beside it', () => {
    expect(figureStateOf('timeline', { search: '?date=2011-12-03', hash: '#celac-founded' })).toBe('#celac-founded');
    expect(figureStateOf('timeline', { search: '', hash: '#y2019' })).toBe('#y2019');
    expect(figureStateOf('timeline', { search: '?date=2011-12-03', hash: '' })).toBe('');
    expect(figureStateOf('timeline', { search: '', hash: '#' })).toBe('');
  });

  it('moves the state from the full page to the embed and back, in either language', () => {
    expect(withFigureState(embedPath('map'), 'map', { search: '?date=1962-01-31', hash: '' })).toBe('/embed/map/?date=1962-01-31');
    expect(withFigureState(embedPath('timeline', 'es'), 'timeline', { search: '', hash: '#y2009' })).toBe(
      '/es/insertar/linea-de-tiempo/#y2009',
    );
    expect(withFigureState(pagePath('map', 'es'), 'map', { search: '?date=2009-06-03', hash: '' })).toBe('/es/mapa/?date=2009-06-03');
    expect(withFigureState(pagePath('timeline'), 'timeline', { search: '', hash: '' })).toBe('/timeline/');
  });
});
