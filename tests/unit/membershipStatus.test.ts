import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { membershipStateSchema, type MembershipState } from '../../src/schemas/membership';
import { changeOnDate, statusLabel, statusOnDate } from '../../src/lib/membershipStatus';
import { categoryCounts, categoryOf, categoryOnDate } from '../../src/lib/mapCategories';
import { map as en } from '../../src/i18n/en/map';
import { map as es } from '../../src/i18n/es/map';

const states = (parse(readFileSync('content/membership/states.yaml', 'utf8')) as unknown[]).map((s) => membershipStateSchema.parse(s));
const state = (iso3: string): MembershipState => {
  const s = states.find((x) => x.iso3 === iso3);
  if (!s) throw new Error(`no ${iso3} in states.yaml`);
  return s;
};
const oas = (iso3: string, date: string) => statusOnDate(state(iso3).oas, date);
const celac = (iso3: string, date: string) => statusOnDate(state(iso3).celac, date);

describe('statusOnDate on plain histories', () => {
  const history = [
    { date: '1948-04-30', status: 'founding-member' as const },
    { date: '2009-07-05', status: 'suspended' as const },
    { date: '2011-06-01', status: 'member' as const },
  ];

  it('is null before the first change, and each status holds from its own day until the next', () => {
    expect(statusOnDate(history, '1948-04-29')).toBeNull();
    expect(statusOnDate(history, '1948-04-30')).toBe('founding-member');
    expect(statusOnDate(history, '2009-07-04')).toBe('founding-member');
    expect(statusOnDate(history, '2009-07-05')).toBe('suspended');
    expect(statusOnDate(history, '2011-05-31')).toBe('suspended');
    expect(statusOnDate(history, '2011-06-01')).toBe('member');
  });

  it('counts a year-only change from 1 January of that year, and accepts a year as the date', () => {
    const joined = [{ date: '1977', status: 'member' as const }];
    expect(statusOnDate(joined, '1976-12-31')).toBeNull();
    expect(statusOnDate(joined, '1977-01-01')).toBe('member');
    expect(statusOnDate(history, '2010')).toBe('suspended');
  });

  it('gives the change in force, for "since" dates', () => {
    expect(changeOnDate(history, '2010-01-01')).toEqual(history[1]);
    expect(changeOnDate([], '2010-01-01')).toBeUndefined();
  });

  it('labels a missing standing as not a member', () => {
    expect(statusLabel(null, en.statuses)).toBe('Not a member');
    expect(statusLabel('withdrawal-notified', en.statuses)).toBe('Leaving (notice given)');
    expect(statusLabel(null, es.statuses)).toBe('No es miembro');
    expect(statusLabel('withdrawal-notified', es.statuses)).toBe('En salida (aviso presentado)');
  });
});

describe('every change listed in issue 4, read from states.yaml', () => {
  it('OAS: 21 founding signatories on 30 April 1948, the others from their accession', () => {
    expect(states.filter((s) => oas(s.iso3, '1948-04-30') === 'founding-member')).toHaveLength(21);
    expect(oas('BRB', '1967-11-14')).toBeNull();
    expect(oas('BRB', '1967-11-15')).toBe('member');
    expect(oas('CAN', '1989-12-31')).toBeNull();
    expect(oas('CAN', '1990-01-08')).toBe('member');
    expect(oas('GUY', '1991-01-08')).toBe('member');
    expect(states.filter((s) => oas(s.iso3, '1991-12-31') !== null)).toHaveLength(35);
  });

  it('Cuba: excluded on 31 January 1962; the exclusion lifted on 3 June 2009 without a return', () => {
    expect(oas('CUB', '1962-01-30')).toBe('founding-member');
    expect(oas('CUB', '1962-01-31')).toBe('excluded');
    expect(oas('CUB', '2009-06-03')).toBe('not-participating');
    expect(oas('CUB', '2026-01-31')).toBe('not-participating');
  });

  it('Honduras: suspended from 4 July 2009 to 1 June 2011', () => {
    expect(oas('HND', '2009-07-03')).toBe('founding-member');
    expect(oas('HND', '2009-07-04')).toBe('suspended');
    expect(oas('HND', '2011-05-31')).toBe('suspended');
    expect(oas('HND', '2011-06-01')).toBe('member');
  });

  it('Venezuela: notice on 28 April 2017, disputed from 27 April 2019', () => {
    expect(oas('VEN', '2017-04-27')).toBe('founding-member');
    expect(oas('VEN', '2017-04-28')).toBe('withdrawal-notified');
    expect(oas('VEN', '2019-04-27')).toBe('disputed');
    expect(oas('VEN', '2022-04-13')).toBe('disputed');
  });

  it('Nicaragua: a member in its notice period on 13 April 2022, no longer a member on 1 January 2024', () => {
    expect(oas('NIC', '2021-11-18')).toBe('founding-member');
    expect(oas('NIC', '2022-04-13')).toBe('withdrawal-notified');
    expect(oas('NIC', '2023-11-18')).toBe('withdrawal-notified');
    expect(oas('NIC', '2023-11-19')).toBe('withdrawn');
    expect(oas('NIC', '2024-01-01')).toBe('withdrawn');
  });

  it('CELAC: founded on 3 December 2011 by the 33; never the United States or Canada', () => {
    expect(states.filter((s) => celac(s.iso3, '2011-12-02') !== null)).toHaveLength(0);
    expect(states.filter((s) => celac(s.iso3, '2011-12-03') === 'founding-member')).toHaveLength(33);
    expect(celac('USA', '2026-01-31')).toBeNull();
    expect(celac('CAN', '2026-01-31')).toBeNull();
  });

  it('Brazil: not taking part in CELAC from 16 January 2020 until 5 January 2023', () => {
    expect(celac('BRA', '2020-01-15')).toBe('founding-member');
    expect(celac('BRA', '2021-09-18')).toBe('not-participating');
    expect(celac('BRA', '2023-01-05')).toBe('member');
    expect(celac('BRA', '2023-01-04')).toBe('not-participating');
    expect(celac('BRA', '2024-06-01')).toBe('member');
  });

  it('every change of every state has a source address', () => {
    for (const s of states) for (const c of [...s.celac, ...s.oas]) expect(c.source.url, `${s.iso3} ${c.date}`).toMatch(/^https?:\/\//);
  });
});

describe('map categories', () => {
  it('put in-between standings first, then say where a state takes part', () => {
    expect(categoryOf('founding-member', 'member')).toBe('both');
    expect(categoryOf('member', 'not-participating')).toBe('celac-only');
    expect(categoryOf('member', 'withdrawn')).toBe('celac-only');
    expect(categoryOf(null, 'member')).toBe('oas-only');
    expect(categoryOf('not-participating', 'founding-member')).toBe('oas-only');
    expect(categoryOf('member', 'withdrawal-notified')).toBe('irregular');
    expect(categoryOf('member', 'disputed')).toBe('irregular');
    expect(categoryOf(null, 'excluded')).toBe('irregular');
    expect(categoryOf(null, 'suspended')).toBe('irregular');
    expect(categoryOf(null, null)).toBe('none');
    expect(categoryOf(null, 'not-participating')).toBe('none');
  });

  it('on the article’s date: 29 in both, Cuba in CELAC only, the US, Canada and Brazil in the OAS only, Nicaragua and Venezuela in between', () => {
    const on = (iso3: string) => categoryOnDate(state(iso3), '2022-04-13');
    expect([on('MEX'), on('CUB'), on('USA'), on('CAN'), on('BRA'), on('NIC'), on('VEN')]).toEqual([
      'both',
      'celac-only',
      'oas-only',
      'oas-only',
      'oas-only',
      'irregular',
      'irregular',
    ]);
    expect(categoryCounts(states, '2022-04-13')).toEqual({ both: 29, 'celac-only': 1, 'oas-only': 3, irregular: 2, none: 0 });
  });

  it('over the key dates', () => {
    expect(categoryCounts(states, '1948-04-30')).toEqual({ both: 0, 'celac-only': 0, 'oas-only': 21, irregular: 0, none: 14 });
    expect(categoryOnDate(state('CUB'), '1962-01-31')).toBe('irregular');
    expect(categoryOnDate(state('CUB'), '2010-01-01')).toBe('none');
    expect(categoryOnDate(state('HND'), '2009-07-04')).toBe('irregular');
    expect(categoryCounts(states, '2011-12-03')).toEqual({ both: 32, 'celac-only': 1, 'oas-only': 2, irregular: 0, none: 0 });
    expect(categoryOnDate(state('NIC'), '2024-01-01')).toBe('celac-only');
    expect(categoryOnDate(state('BRA'), '2024-01-01')).toBe('both');
    expect(categoryCounts(states, '2024-01-01')).toEqual({ both: 30, 'celac-only': 2, 'oas-only': 2, irregular: 1, none: 0 });
  });
});
