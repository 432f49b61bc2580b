import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launch, openPage, VIEWPORTS } from '../support/browser';
import { scrollThrough } from '../support/scrollThrough';
import { builtHtml, chapterPaths, embedPagePaths, pagesToVisit, sitemapPaths } from '../support/sitePages';
import { parsePath } from '../../src/lib/urls';

// The embeds are not in the sitemap: they are added by name.
const paths = [...pagesToVisit(), ...embedPagePaths(), '/404.html'];
const cspOf = (p: string): string => /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(builtHtml(p))?.[1] ?? '';

let browser: Browser;
beforeAll(async () => (browser = await launch()));
afterAll(async () => browser?.close());

describe('content security policy', () => {
  it.each(paths)('%s carries a strict policy: same-origin only, scripts by hash, never unsafe-inline', (path) => {
    const csp = cspOf(path);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc).toMatch(/^'self'/);
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
  });

  it('every inline script on every built page is allowed by a hash in that page’s policy', () => {
    for (const path of [...sitemapPaths(), ...embedPagePaths(), '/404.html']) {
      const html = builtHtml(path);
      const scriptSrc = /script-src ([^;]+)/.exec(cspOf(path))?.[1] ?? '';
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
        .map((m) => m[1] ?? '')
        .filter((code) => code.trim());
      expect(inline.length, path).toBeGreaterThan(0);
      for (const code of inline) {
        const hash = `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
        expect(scriptSrc, `${path}: inline script “${code.slice(0, 50)}…” is not in the policy`).toContain(hash);
      }
    }
  });

  it('dist/_headers sends the same policy per page, plus frame-ancestors (any origin for an embed, our own for the rest) and the other security headers', () => {
    const headers = readFileSync('dist/_headers', 'utf8');
    for (const h of [
      'Referrer-Policy: strict-origin-when-cross-origin',
      'X-Content-Type-Options: nosniff',
      'Permissions-Policy: camera=()',
    ]) {
      expect(headers).toContain(h);
    }
    for (const path of paths) {
      const block = headers.split('\n\n').find((b) => b.startsWith(`${path}\n`));
      expect(block, path).toBeDefined();
      const ancestors = parsePath(path)?.kind === 'embed' ? '*' : "'self'";
      expect(block).toContain(`Content-Security-Policy: ${cspOf(path).replace(/;\s*$/, '')}; frame-ancestors ${ancestors}`);
      expect(block?.match(/frame-ancestors/g), path).toHaveLength(1);
    }
    // Only the embeds may be framed by anyone.
    expect(headers.match(/frame-ancestors \*/g)).toHaveLength(embedPagePaths().length);
  });

  it.each([...paths, `${chapterPaths()[0] ?? '/'}?present`])('%s triggers no CSP violation while loading and scrolling', async (path) => {
    const { page, context } = await openPage(browser, '/404.html', { viewport: VIEWPORTS.laptop });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(new URL(path, page.url()).href, { waitUntil: 'load' });
    await scrollThrough(page, 600, 30);
    // A hold, not a wait for something: violations are reported asynchronously, and the long
    // handout never reaches network idle on a busy machine (its islands load as they scroll by).
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    await context.close();
  });
});
