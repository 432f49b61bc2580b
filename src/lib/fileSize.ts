/**
 * A file's size for a download link, through Intl in the page's language: "840 bytes",
 * "12 kB", "3.4 kB" ("3,4 kB" where the language writes a decimal comma). Decimal kilobytes
 * (1 kB = 1000 bytes), as browsers' download lists and most operating systems now show them.
 */
import { DEFAULT_LOCALE, INTL_LOCALE, type Locale } from './locales';

export function formatFileSize(bytes: number, locale: Locale = DEFAULT_LOCALE): string {
  const intl = INTL_LOCALE[locale];
  if (bytes < 1000) return new Intl.NumberFormat(intl, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
  const kB = bytes / 1000;
  // One decimal below 10 kB, where it still tells two files apart; whole kilobytes above.
  return new Intl.NumberFormat(intl, {
    style: 'unit',
    unit: 'kilobyte',
    unitDisplay: 'short',
    maximumFractionDigits: kB < 10 ? 1 : 0,
  }).format(kB);
}
