import { describe, expect, it } from 'vitest';
import { actionForKey } from '../../src/lib/presentKeys';

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
      'first', 'last', 'fullscreen', 'fullscreen', 'exit', 'overview', 'overview', 'notes', 'qr',
    ]);
  });

  it('leaves browser shortcuts alone', () => {
    expect(key('f', { ctrlKey: true })).toBeNull();
    expect(key('ArrowLeft', { altKey: true })).toBeNull();
    expect(key('x')).toBeNull();
  });
});
