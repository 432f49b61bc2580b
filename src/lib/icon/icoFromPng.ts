/**
 * Wraps PNG images in an ICO container. Since Windows Vista an ICO entry may hold a PNG
 * as is, so the container is a 6-byte header, a 16-byte directory entry per image, then
 * the PNG bytes. Browsers and crawlers that ask for /favicon.ico without reading the page's
 * <link rel="icon"> get this file instead of a 404.
 */
export interface IcoImage {
  /** Edge length in pixels (1–256). */
  size: number;
  png: Uint8Array;
}

export function icoFromPng(images: readonly IcoImage[]): Uint8Array {
  const headerBytes = 6 + 16 * images.length;
  const total = headerBytes + images.reduce((sum, i) => sum + i.png.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0, true); // reserved
  view.setUint16(2, 1, true); // type 1 = icon
  view.setUint16(4, images.length, true);
  let offset = headerBytes;
  images.forEach((image, index) => {
    if (image.size < 1 || image.size > 256) throw new RangeError(`icon size ${image.size} is outside 1–256`);
    const entry = 6 + 16 * index;
    view.setUint8(entry, image.size === 256 ? 0 : image.size); // 0 means 256
    view.setUint8(entry + 1, image.size === 256 ? 0 : image.size);
    view.setUint8(entry + 2, 0); // no palette
    view.setUint8(entry + 3, 0); // reserved
    view.setUint16(entry + 4, 1, true); // colour planes
    view.setUint16(entry + 6, 32, true); // bits per pixel
    view.setUint32(entry + 8, image.png.length, true);
    view.setUint32(entry + 12, offset, true);
    out.set(image.png, offset);
    offset += image.png.length;
  });
  return out;
}
