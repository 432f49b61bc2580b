import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';
import { OFFLINE_CACHE_ID, type OfflineSummary } from '../lib/offline.ts';
import { OFFLINE_SUMMARY_PATH, SERVICE_WORKER_PATH } from '../lib/urls.ts';

/**
 * Writes the service worker for a built site in `root` (dist/): Workbox's generated worker with a
 * precache list of every page of every language, the islands, fonts, share cards, icons and
 * data files, each with its content hash, and the summary the "Save for offline" control shows.
 * Exported so the update test can build a second deployment from a changed copy of dist/.
 */
export async function writeOfflineWorker(root: string): Promise<OfflineSummary & { warnings: string[] }> {
  const { count, size, warnings } = await generateSW({
    globDirectory: root,
    globPatterns: ['**/*.{html,js,css,woff2,png,svg,ico,webmanifest,json,csv,txt}'],
    // The host's header rules and the crawlers' files are not pages to read offline.
    globIgnores: ['_headers', '**/sitemap-*.xml', OFFLINE_SUMMARY_PATH.slice(1), SERVICE_WORKER_PATH.slice(1)],
    swDest: join(root, SERVICE_WORKER_PATH.slice(1)),
    cacheId: OFFLINE_CACHE_ID,
    // One file, no importScripts of Workbox's runtime from elsewhere: the worker is same-origin and self-contained.
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    // "/chapters/x/" is dist/chapters/x/index.html; every query (?present, ?date=, &slide=)
    // asks for the same file, which the page's own scripts read.
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    // Astro's hashed assets change name when they change; everything else is keyed by revision.
    dontCacheBustURLsMatching: /\/_astro\//,
    // A new deployment installs beside the old one and waits: the page offers "a newer version
    // is available" and the reader chooses when to switch (skipWaiting on the page's message).
    skipWaiting: false,
    // The first save takes control at once, so the visit that saved the site is already offline-ready.
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // The handout is the largest page; nothing on the site comes near this.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  });
  const summary: OfflineSummary = { files: count, bytes: size };
  await writeFile(join(root, OFFLINE_SUMMARY_PATH.slice(1)), JSON.stringify(summary) + '\n');
  return { ...summary, warnings };
}

/** After the build (and after the other integrations have written their files), the worker. */
export default function offlineWorker(): AstroIntegration {
  return {
    name: 'offline-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { files, bytes, warnings } = await writeOfflineWorker(fileURLToPath(dir));
        for (const warning of warnings) logger.warn(warning);
        logger.info(`service worker precaches ${files} files (${(bytes / 1e6).toFixed(1)} MB)`);
      },
    },
  };
}
