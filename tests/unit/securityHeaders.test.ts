import { describe, expect, it } from 'vitest';
import { frameAncestors } from '../../src/integrations/securityHeaders';
import { headersFor, parseHeadersFile } from '../support/headersFile';
import { EMBEDDABLE_FIGURES, chapterPath, embedPath, eventPagePath, pagePath } from '../../src/lib/urls';
import { LOCALES } from '../../src/lib/locales';

describe('who may frame a page (dist/_headers)', () => {
  it('any origin may frame an embed, in every language', () => {
    for (const locale of LOCALES) for (const figure of EMBEDDABLE_FIGURES) expect(frameAncestors(embedPath(figure, locale))).toBe('*');
  });

  it('every other page, the figures’ full pages included, only our own', () => {
    for (const locale of LOCALES) {
      for (const path of [
        pagePath('home', locale),
        pagePath('map', locale),
        pagePath('timeline', locale),
        chapterPath('x', locale),
        eventPagePath('celac-founded', locale),
      ]) {
        expect(frameAncestors(path), path).toBe("'self'");
      }
    }
    // Not a page at all (the 404 file, an embed address without its slash, a figure that cannot be embedded).
    for (const path of ['/404.html', '/embed/map', '/embed/glossary/', '/embed/']) expect(frameAncestors(path), path).toBe("'self'");
  });
});

describe('the _headers file the test server applies', () => {
  const file = `/*
  Referrer-Policy: strict-origin-when-cross-origin
  X-Content-Type-Options: nosniff

# a comment
/embed/map/
  Content-Security-Policy: default-src 'self'; frame-ancestors *

/map/
  Content-Security-Policy: default-src 'self'; frame-ancestors 'self'
`;

  it('reads path lines and their indented Name: value lines', () => {
    expect(parseHeadersFile(file)).toEqual([
      {
        path: '/*',
        headers: [
          ['Referrer-Policy', 'strict-origin-when-cross-origin'],
          ['X-Content-Type-Options', 'nosniff'],
        ],
      },
      { path: '/embed/map/', headers: [['Content-Security-Policy', "default-src 'self'; frame-ancestors *"]] },
      { path: '/map/', headers: [['Content-Security-Policy', "default-src 'self'; frame-ancestors 'self'"]] },
    ]);
  });

  it('gives a path the headers of every rule that matches it: /* for all, then its own', () => {
    const rules = parseHeadersFile(file);
    expect(headersFor(rules, '/embed/map/')).toEqual({
      'referrer-policy': 'strict-origin-when-cross-origin',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'self'; frame-ancestors *",
    });
    expect(headersFor(rules, '/map/')['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(headersFor(rules, '/_astro/x.js')).toEqual({
      'referrer-policy': 'strict-origin-when-cross-origin',
      'x-content-type-options': 'nosniff',
    });
  });

  it('refuses a header line with no path above it', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY\n')).toThrow(/not a “Name: value” line under a path/);
  });
});
