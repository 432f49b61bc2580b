import { describe, expect, it } from 'vitest';
import { icoFromPng } from '../../src/lib/icon/icoFromPng';

const png = (n: number) => Uint8Array.from({ length: n }, (_, i) => i % 251);

describe('icoFromPng', () => {
  it('writes a header, one directory entry per image and the PNG bytes at the offsets it names', () => {
    const images = [
      { size: 16, png: png(40) },
      { size: 256, png: png(70) },
    ];
    const ico = icoFromPng(images);
    const view = new DataView(ico.buffer);
    expect([view.getUint16(0, true), view.getUint16(2, true), view.getUint16(4, true)]).toEqual([0, 1, 2]);
    expect(ico.length).toBe(6 + 32 + 40 + 70);
    images.forEach((image, i) => {
      const entry = 6 + 16 * i;
      expect(view.getUint8(entry)).toBe(image.size === 256 ? 0 : image.size);
      expect(view.getUint32(entry + 8, true)).toBe(image.png.length);
      const offset = view.getUint32(entry + 12, true);
      expect(ico.slice(offset, offset + image.png.length)).toEqual(image.png);
    });
  });

  it('refuses sizes an ICO cannot describe', () => {
    expect(() => icoFromPng([{ size: 300, png: png(4) }])).toThrow(/300/);
  });
});
