import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * The selected-date channel between islands (src/lib/selectedDate.ts), run against a minimal
 * browser: a real EventTarget as `window`, a location and a history that writes it back.
 * The module keeps the last date in memory, so each test loads a fresh copy.
 */
let href: string;

beforeEach(() => {
  href = 'https://example.test/map/?present#slide-2';
  const target = new EventTarget();
  vi.stubGlobal('window', target);
  vi.stubGlobal('addEventListener', target.addEventListener.bind(target));
  vi.stubGlobal('location', {
    get href() {
      return href;
    },
    get search() {
      return new URL(href).search;
    },
  });
  vi.stubGlobal('history', { state: null, replaceState: (_state: unknown, _title: string, url: string) => (href = url) });
  vi.resetModules();
});
afterEach(() => vi.unstubAllGlobals());

const load = () => import('../../src/lib/selectedDate');

describe('the selected date', () => {
  it('reaches every subscriber, and no longer after it unsubscribes', async () => {
    const { publish, subscribe } = await load();
    const first: string[] = [];
    const second: string[] = [];
    const stopFirst = subscribe((d) => first.push(d));
    subscribe((d) => second.push(d));
    publish('2019-11-10');
    stopFirst();
    publish('2021-09-18');
    expect(first).toEqual(['2019-11-10']);
    expect(second).toEqual(['2019-11-10', '2021-09-18']);
  });

  it('is heard by a separate copy of the module (islands bundled apart)', async () => {
    const { subscribe } = await load();
    const heard: string[] = [];
    subscribe((d) => heard.push(d));
    vi.resetModules();
    const other = await load();
    other.publish('2011-12-03');
    expect(heard).toEqual(['2011-12-03']);
  });

  it('is written into the address, keeping the other parameters and the hash', async () => {
    const { publish } = await load();
    publish('2022-04-13');
    expect(href).toBe('https://example.test/map/?present&date=2022-04-13#slide-2');
    publish('2023-11-19', { url: false });
    expect(href).toBe('https://example.test/map/?present&date=2022-04-13#slide-2');
  });

  it('is read from the address until something is published, then from memory', async () => {
    href = 'https://example.test/map/?date=1948-04-30';
    const { getSelectedDate, publish } = await load();
    expect(getSelectedDate()).toBe('1948-04-30');
    publish('2019-11-10', { url: false });
    expect(getSelectedDate()).toBe('2019-11-10');
  });

  it('refuses what is not an ISO day, and subscribers ignore malformed events', async () => {
    const { publish, subscribe, SELECTED_DATE_EVENT } = await load();
    expect(() => publish('13 April 2022')).toThrow(/not an ISO day/);
    const heard: string[] = [];
    subscribe((d) => heard.push(d));
    window.dispatchEvent(new CustomEvent(SELECTED_DATE_EVENT, { detail: '2022-13-45x' }));
    expect(heard).toEqual([]);
  });
});
