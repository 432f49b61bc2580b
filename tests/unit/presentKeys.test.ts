import { describe, expect, it } from 'vitest';
import { actionForKey, gridMove } from '../../src/lib/presentKeys';

const key = (k: string, mods: Partial<{ shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) =>
  actionForKey({ key: k, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods });

describe('present-mode keys', () => {
  it('clicker keys (PageDown/PageUp), arrows and Space move between slides', () => {
    expect(['ArrowRight', 'ArrowDown', 'PageDown', ' '].map((k) => key(k))).toEqual(['next', 'next', 'next', 'next']);
    expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map((k) => key(k))).toEqual(['prev', 'prev', 'prev']);
    expect(key(' ', { shiftKey: true })).toBe('prev');
  });

  it('Home/End jump, F fullscreen, Esc exits, O or G overview, N notes, Q QR code', () => {
    expect([key('Home'), key('End'), key('f'), key('F'), key('Escape'), key('o'), key('g'), key('n'), key('q')]).toEqual([
      'first',
      'last',
      'fullscreen',
      'fullscreen',
      'exit',
      'overview',
      'overview',
      'notes',
      'qr',
    ]);
  });

  it('S opens the presenter view (as in reveal.js)', () => {
    expect([key('s'), key('S')]).toEqual(['presenter', 'presenter']);
  });

  it('leaves browser shortcuts alone', () => {
    expect(key('f', { ctrlKey: true })).toBeNull();
    expect(key('ArrowLeft', { altKey: true })).toBeNull();
    expect(key('x')).toBeNull();
  });
});

describe('the overview grid', () => {
  // 10 slides in rows of 4:  0 1 2 3 / 4 5 6 7 / 8 9
  it('left and right move by one, stopping at the ends', () => {
    expect(gridMove('ArrowRight', 3, 10, 4)).toBe(4);
    expect(gridMove('ArrowLeft', 4, 10, 4)).toBe(3);
    expect(gridMove('ArrowLeft', 0, 10, 4)).toBe(0);
    expect(gridMove('ArrowRight', 9, 10, 4)).toBe(9);
  });

  it('up and down move by a row, and stay put where the row has no item below or above', () => {
    expect(gridMove('ArrowDown', 1, 10, 4)).toBe(5);
    expect(gridMove('ArrowDown', 5, 10, 4)).toBe(9);
    expect(gridMove('ArrowDown', 6, 10, 4)).toBe(6);
    expect(gridMove('ArrowUp', 9, 10, 4)).toBe(5);
    expect(gridMove('ArrowUp', 2, 10, 4)).toBe(2);
  });

  it("Home and End go to the first and last slide; other keys are not the grid's", () => {
    expect(gridMove('Home', 6, 10, 4)).toBe(0);
    expect(gridMove('End', 2, 10, 4)).toBe(9);
    expect(gridMove('Enter', 2, 10, 4)).toBeNull();
    expect(gridMove('ArrowDown', 0, 3, 0)).toBe(1);
  });
});
