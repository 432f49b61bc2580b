import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { builtFileOf, builtHtmlFiles } from '../support/sitePages';

/** Every internal link and #anchor in the built site resolves (checked on the HTML files). */
function pageFor(pathname: string): string | null {
  const file = builtFileOf(pathname);
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let set = ids.get(file);
  if (!set) {
    set = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
    ids.set(file, set);
  }
  return set;
}

describe('internal links', () => {
  const files = builtHtmlFiles();
  it.each(files)('every link and anchor in %s resolves', (file) => {
    const html = readFileSync(file, 'utf8');
    const here = '/' + file.slice('dist/'.length).replace(/index\.html$/, '');
    const broken: string[] = [];
    for (const [, href = ''] of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
      if (/^(https?:|mailto:)/.test(href)) continue;
      const url = new URL(href.replace(/&amp;/g, '&'), `http://site${here}`);
      const target = pageFor(url.pathname);
      if (!target) broken.push(href);
      else if (url.hash && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(href);
    }
    expect(broken).toEqual([]);
  });
});
