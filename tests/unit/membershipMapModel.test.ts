import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/formatDate';
import { categoryCounts } from '../../src/lib/mapCategories';
import { checkedDate, membershipMapData, toStateView } from '../../src/figures/membershipMapData';
import { placeTerritoryLabels } from '../../src/lib/geo/territoryLabels';
import { membershipStates, territoryEntries } from '../support/contentData';
import { map as strings } from '../../src/i18n/en/map';
import {
  announceDate,
  announceState,
  dateSteps,
  keyboardOrder,
  nextSort,
  rowFor,
  sortRows,
  stepIndexFor,
  walk,
  walkActionForKey,
} from '../../src/lib/map/mapModel';

const raw = membershipStates();
const views = raw.map(toStateView);
const data = membershipMapData(raw, placeTerritoryLabels(territoryEntries()), '2022-04-13', strings);
const states = raw;
const view = (iso3: string): (typeof views)[number] => {
  const found = views.find((s) => s.iso3 === iso3);
  if (!found) throw new Error(`No state ${iso3} in content/membership/states.yaml`);
  return found;
};

describe('dates', () => {
  it('formats days, months and bare years', () => {
    expect(formatDate('2011-12-03')).toBe('3 December 2011');
    expect(formatDate('2026-01')).toBe('January 2026');
    expect(formatDate('1977')).toBe('1977');
  });

  it('stops at each key year’s last change, the article’s date and the day the data was checked', () => {
    const steps = dateSteps(views, '2022-04-13', '2026-12-01', strings);
    expect(steps.map((s) => s.date)).toEqual([
      '1948-04-30',
      '1962-01-31',
      '2009-07-04',
      '2011-12-03',
      '2017-04-28',
      '2019-04-27',
      '2020-01-16',
      '2022-04-13',
      '2023-11-19',
      '2026-12-01',
    ]);
    expect(steps.map((s) => s.tick)).toEqual(['1948', '1962', '2009', '2011', '2017', '2019', '2020', '13 Apr\n2022', '2023', 'Dec\n2026']);
    // Phones: one width for every tick, so ten fit 320 px (the line above names the day).
    expect(steps.map((s) => s.short)).toEqual(['’48', '’62', '’09', '’11', '’17', '’19', '’20', '’22', '’23', '’26']);
    expect(steps[7]?.label).toBe('13 April 2022, the article’s date');
    expect(steps[9]?.label).toBe('As of 1 December 2026, when the statuses were last checked');
  });

  it('ends the control at the data’s checked date, never the build’s', () => {
    expect(data.steps.at(-1)?.date).toBe(checkedDate(states));
    expect(data.checked).toBe(checkedDate(states));
    expect(data.steps.every((s) => s.date <= data.checked)).toBe(true);
  });

  it('puts the slider on the last stop on or before a date from the timeline', () => {
    const steps = data.steps;
    expect(stepIndexFor(steps, '1848-02-02')).toBe(0);
    expect(stepIndexFor(steps, '2019-11-10')).toBe(5);
    expect(stepIndexFor(steps, '2022-04-13')).toBe(7);
    expect(stepIndexFor(steps, '2030-01-01')).toBe(9);
  });
});

describe('rows, sorting and what is announced', () => {
  it('gives a state’s standing, the change in force and its category on a date', () => {
    const nic = rowFor(view('NIC'), '2022-04-13');
    expect(nic).toMatchObject({ celac: 'founding-member', oas: 'withdrawal-notified', category: 'irregular' });
    expect(nic.oasSince?.date).toBe('2021-11-19');
    expect(rowFor(view('NIC'), '2024-01-01')).toMatchObject({ oas: 'withdrawn', category: 'celac-only' });
  });

  it('sorts by name, by status (in the order statuses are listed) or by category, then by name', () => {
    const rows = views.map((s) => rowFor(s, '2022-04-13'));
    expect(sortRows(rows, { key: 'name', direction: 'ascending' })[0]?.name).toBe('Antigua and Barbuda');
    expect(sortRows(rows, { key: 'name', direction: 'descending' })[0]?.name).toBe('Venezuela');
    const byOas = sortRows(rows, { key: 'oas', direction: 'descending' }).map((r) => r.iso3);
    expect(byOas.slice(0, 3)).toEqual(['VEN', 'NIC', 'CUB']);
    const byCelac = sortRows(rows, { key: 'celac', direction: 'descending' }).map((r) => r.iso3);
    expect(byCelac.slice(0, 3)).toEqual(['CAN', 'USA', 'BRA']);
    expect(
      sortRows(rows, { key: 'category', direction: 'descending' })
        .slice(0, 2)
        .map((r) => r.iso3),
    ).toEqual(['NIC', 'VEN']);
  });

  it('flips the direction on a second press, ascends on a new column', () => {
    expect(nextSort({ key: 'name', direction: 'ascending' }, 'name')).toEqual({ key: 'name', direction: 'descending' });
    expect(nextSort({ key: 'name', direction: 'descending' }, 'oas')).toEqual({ key: 'oas', direction: 'ascending' });
  });

  it('says the state, its category and both standings; and the counts when the date changes', () => {
    expect(announceState(rowFor(view('NIC'), '2022-04-13'), '13 April 2022', strings)).toBe(
      'Nicaragua, suspended, excluded, leaving or disputed on 13 April 2022. CELAC: Founding member. OAS: Leaving (notice given).',
    );
    expect(announceDate('3 December 2011', categoryCounts(views, '2011-12-03'), strings)).toBe(
      'Showing 3 December 2011: 32 in both CELAC and the OAS; 1 in CELAC, not taking part in the OAS; 2 in the OAS, not taking part in CELAC.',
    );
  });
});

describe('the keyboard walk', () => {
  it('goes region by region, north to south, west to east, the callout in its own order', () => {
    expect(data.order).toEqual([
      'CAN',
      'USA',
      'MEX',
      'BLZ',
      'GTM',
      'HND',
      'SLV',
      'NIC',
      'CRI',
      'PAN',
      'BHS',
      'CUB',
      'JAM',
      'HTI',
      'DOM',
      'KNA',
      'ATG',
      'DMA',
      'LCA',
      'BRB',
      'VCT',
      'GRD',
      'TTO',
      'VEN',
      'COL',
      'GUY',
      'SUR',
      'ECU',
      'PER',
      'BRA',
      'BOL',
      'PRY',
      'URY',
      'CHL',
      'ARG',
    ]);
  });

  it('visits every state once', () => {
    expect(new Set(data.order).size).toBe(35);
    expect(keyboardOrder([{ iso3: 'A', region: 'caribbean' }], {})).toEqual(['A']);
  });

  it('moves with either pair of arrows, jumps with Home and End, opens with Enter or Space, and stops at the ends', () => {
    expect(['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End', 'Enter', ' ', 'a'].map(walkActionForKey)).toEqual([
      'next',
      'next',
      'prev',
      'prev',
      'first',
      'last',
      'open',
      'open',
      null,
    ]);
    expect(walk(data.order, 'CAN', 'next')).toBe('USA');
    expect(walk(data.order, 'CAN', 'prev')).toBe('CAN');
    expect(walk(data.order, 'USA', 'last')).toBe('ARG');
    expect(walk(data.order, 'ARG', 'next')).toBe('ARG');
    expect(walk(data.order, 'ARG', 'first')).toBe('CAN');
  });
});
