/**
 * What a printed PDF looks like, for tests: its pages rasterised by poppler's pdftoppm (as a
 * printer would draw them) and its words with their boxes from pdftotext -bbox-layout.
 * Needs poppler-utils (Debian: apt-get install poppler-utils; .ci/run installs it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function poppler(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${tool} not found: install poppler-utils (Debian: apt-get install -y poppler-utils) to check printed pages`);
    throw e;
  }
}

/** One page as pixels: [r, g, b] at a point in PDF points (1/72 in) from the top left. */
export interface RasterPage {
  width: number;
  height: number;
  at: (xPt: number, yPt: number) => [number, number, number];
  /** Pixels per PDF point. */
  scale: number;
}

/** Reads a binary PPM (P6) or PGM (P5), which is all pdftoppm writes without -png. */
function readPnm(file: string, scale: number): RasterPage {
  const b = readFileSync(file);
  let i = 0;
  const token = (): string => {
    while (/\s/.test(String.fromCharCode(b[i] ?? 32))) i++;
    let s = '';
    while (i < b.length && !/\s/.test(String.fromCharCode(b[i] ?? 32))) s += String.fromCharCode(b[i++] ?? 32);
    return s;
  };
  const magic = token();
  const width = Number(token());
  const height = Number(token());
  token();
  i++;
  const channels = magic === 'P6' ? 3 : 1;
  const start = i;
  return {
    width,
    height,
    scale,
    at: (xPt, yPt) => {
      const x = Math.min(width - 1, Math.max(0, Math.round(xPt * scale)));
      const y = Math.min(height - 1, Math.max(0, Math.round(yPt * scale)));
      const o = start + (y * width + x) * channels;
      const v = (k: number): number => b[o + k] ?? 255;
      return channels === 3 ? [v(0), v(1), v(2)] : [v(0), v(0), v(0)];
    },
  };
}

/** The number of pages of `pdf`. */
export const pageCount = (pdf: string): number => Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', [pdf]))?.[1] ?? 0);

/**
 * Pages `first` to `last` of `pdf` (from 1; all by default), in colour or in greyscale, at
 * `dpi`; the array is indexed by page number less one, pages outside the range left empty.
 */
export function rasterise(pdf: string, { dpi = 100, gray = false, first = 1, last = pageCount(pdf) } = {}): RasterPage[] {
  const dir = mkdtempSync(join(tmpdir(), 'raster-'));
  poppler('pdftoppm', ['-r', String(dpi), '-f', String(first), '-l', String(last), ...(gray ? ['-gray'] : []), pdf, join(dir, 'p')]);
  const digits = String(pageCount(pdf)).length;
  const pages: RasterPage[] = [];
  for (let n = first; n <= last; n++) {
    // pdftoppm pads page numbers to the width of the last page's number it writes.
    const name = [String(n).padStart(digits, '0'), String(n).padStart(String(last).length, '0')]
      .map((d) => join(dir, `p-${d}.${gray ? 'pgm' : 'ppm'}`))
      .find((f) => existsSync(f));
    if (name) pages[n - 1] = readPnm(name, dpi / 72);
  }
  return pages;
}

/** A line of text on a page, with its words' boxes in PDF points. */
export interface PdfLine {
  page: number;
  text: string;
  words: { text: string; x0: number; y0: number; x1: number; y1: number }[];
}

const unescape = (s: string): string =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/** Every line of text in `pdf`, page by page (page numbers from 1). */
export function pdfLines(pdf: string): PdfLine[] {
  const xml = poppler('pdftotext', ['-bbox-layout', pdf, '-']);
  return xml
    .split('<page ')
    .slice(1)
    .flatMap((page, p) =>
      page
        .split('<line ')
        .slice(1)
        .map((line) => {
          const words = [...line.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
            (m) => ({
              text: unescape(m[5] ?? ''),
              x0: Number(m[1]),
              y0: Number(m[2]),
              x1: Number(m[3]),
              y1: Number(m[4]),
            }),
          );
          return { page: p + 1, text: words.map((w) => w.text).join(' '), words };
        })
        .filter((l) => l.words.length > 0),
    );
}
