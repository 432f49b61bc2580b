import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Flags that keep Chromium quiet on a machine with no network but loopback. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * The browser the tests drive: $CHROME_PATH, then Debian's /usr/bin/chromium, then a
 * browser Playwright downloaded itself. Fails with a message that says how to get one.
 */
export function findBrowser(): string {
  const candidates: [string, string | undefined][] = [
    ['CHROME_PATH', process.env['CHROME_PATH']],
    ['Debian chromium', '/usr/bin/chromium'],
    ['Playwright chromium', safePlaywrightPath()],
  ];
  for (const [, path] of candidates) if (path && existsSync(path)) return path;
  throw new Error(
    'No Chromium found for the end-to-end tests. Looked at: ' +
      candidates.map(([what, p]) => `${what} (${p ?? 'unset'})`).join(', ') +
      '. Install one with `apt-get install -y chromium` (Debian/Ubuntu) or set CHROME_PATH to a Chrome/Chromium binary.',
  );
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
