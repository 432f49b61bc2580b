import { describe, expect, it } from 'vitest';
import { datePrecision, formatDate, formatDateSpan } from '../../src/lib/formatDate';

describe('a date reads to the precision it is known to', () => {
  it('writes a day, a month or a year in British English', () => {
    expect(formatDate('2011-12-03')).toBe('3 December 2011');
    expect(formatDate('2026-01')).toBe('January 2026');
    expect(formatDate('1977')).toBe('1977');
    expect(datePrecision('1937-11')).toBe('month');
  });

  it('writes the map’s short ticks without the year', () => {
    expect(formatDate('2022-04-13', { month: 'short', year: false })).toBe('13 Apr');
    expect(formatDate('2026-12-01', { precision: 'month', month: 'short', year: false })).toBe('Dec');
  });

  it('keeps a calendar day whatever the time zone (an ISO day is not an instant)', () => {
    expect(formatDate('2022-01-01')).toBe('1 January 2022');
    expect(formatDate('2021-12-31')).toBe('31 December 2021');
  });

  it('takes a locale', () => {
    expect(formatDate('2011-12-03', { locale: 'es' })).toBe('3 de diciembre de 2011');
  });
});

describe('a span writes what its ends share once', () => {
  it('follows the house style in English', () => {
    expect(formatDateSpan('2022-04-18', '2022-04-20')).toBe('18–20 April 2022');
    expect(formatDateSpan('1937-05-28', '1937-06-09')).toBe('28 May – 9 June 1937');
    expect(formatDateSpan('2021-12-30', '2022-01-02')).toBe('30 December 2021 – 2 January 2022');
    expect(formatDateSpan('1937-11', '1938-02')).toBe('November 1937 – February 1938');
    expect(formatDateSpan('1848-02-02')).toBe('2 February 1848');
  });

  it('uses Intl’s range format in another language', () => {
    expect(formatDateSpan('2022-04-18', '2022-04-20', { locale: 'es' })).toBe('18–20 de abril de 2022');
  });
});
