/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests run without a browser; end-to-end tests drive Chromium against the built dist/.
export default getViteConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Two cores: one Chromium per worker, two workers.
          maxWorkers: 2,
          // expect.poll waits for the page (hydration, a layout after a resize) rather than
          // for a fixed time; on a loaded two-core machine that can take seconds, not the
          // default one. A real failure still fails, only later.
          expect: { poll: { timeout: 10_000, interval: 100 } },
        },
      },
    ],
  },
});
