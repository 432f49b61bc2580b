import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles, routeOf } from './builtPages.ts';
import { OFFLINE_SUMMARY_PATH, parsePath, SERVICE_WORKER_PATH } from '../lib/urls.ts';

/** Headers every response gets on hosts that read a `_headers` file (Netlify, Cloudflare Pages). */
export const COMMON_HEADERS: Record<string, string> = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
};

/**
 * Who may show a page in a frame: any site for an embed (/embed/map/ …: that is what it is
 * for), only our own pages for every other (the presenter view frames the slides).
 */
export function frameAncestors(route: string): string {
  return parsePath(route)?.kind === 'embed' ? '*' : "'self'";
}

/**
 * After the build, writes dist/_headers: for each page, the same Content-Security-Policy
 * Astro put in its <meta> (hashes differ per page), plus frame-ancestors (not allowed in a
 * meta policy) and the common security headers. frame-ancestors is 'self' (the presenter view
 * shows the slides in frames of the same page, scripts/present/presenterView.ts; every other
 * origin is refused), except on the embed pages, which any origin may frame (frameAncestors).
 */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const blocks = [
          `/*\n${Object.entries(COMMON_HEADERS)
            .map(([k, v]) => `  ${k}: ${v}`)
            .join('\n')}`,
        ];
        // The offline worker and its summary must be revalidated, or readers who saved the site
        // would not hear of a new deployment until their HTTP cache expired.
        for (const path of [SERVICE_WORKER_PATH, OFFLINE_SUMMARY_PATH]) blocks.push(`${path}\n  Cache-Control: no-cache`);
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
          if (!csp) throw new Error(`${file}: no Content-Security-Policy meta tag; is security.csp on?`);
          const route = routeOf(file, root);
          blocks.push(`${route}\n  Content-Security-Policy: ${csp.replace(/;\s*$/, '')}; frame-ancestors ${frameAncestors(route)}`);
        }
        await writeFile(join(root, '_headers'), blocks.join('\n\n') + '\n');
        logger.info(`wrote _headers for ${blocks.length - 3} pages and the offline worker`);
      },
    },
  };
}
