import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { TRANSLATED_LOCALES } from '../../src/lib/contentLocales';
import { hostMatches, sourceProblems, urlProblem, type DeniedSite } from '../../src/lib/sourcePolicy';

const denylist = parse(readFileSync('content/sources/denylist.yaml', 'utf8')) as DeniedSite[];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : /\.(mdx?|ya?ml)$/.test(name) ? [p] : [];
  });
}

describe('source policy', () => {
  it('the denylist names each site once, with a reason', () => {
    expect(denylist.length).toBeGreaterThan(10);
    for (const d of denylist) {
      expect(d.domain, JSON.stringify(d)).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
      expect(d.why).toMatch(/^(disinformation|pirate-copy|mirror|repost|content-farm|state-propaganda)$/);
    }
    expect(new Set(denylist.map((d) => d.domain)).size).toBe(denylist.length);
  });

  it('a denied, plain-http, bare-IP or malformed address is refused, and an original is allowed', () => {
    expect(urlProblem('https://www.globalresearch.ca/x', denylist)).toMatch(/disinformation/);
    expect(urlProblem('https://docslib.org/doc/1', denylist)).toMatch(/mirror/);
    expect(urlProblem('http://www.oas.org/en/', denylist)).toMatch(/not https/);
    expect(urlProblem('https://20.210.105.67/txt/time.html', denylist)).toMatch(/bare IP/);
    expect(urlProblem('https://exa mple.org/', denylist)).toMatch(/malformed/);
    expect(urlProblem('https://www.oas.org/en/media_center/press_release.asp?sCodigo=E-109/19', denylist)).toBeUndefined();
    expect(hostMatches('en.wiki.sxisa.org', 'sxisa.org')).toBe(true);
    expect(hostMatches('notdocslib.org', 'docslib.org')).toBe(false);
  });

  it('a problem names the file, the line and the address', () => {
    const problems = sourceProblems('content/x.mdx', 'first line\n[^a]: A copy. [docslib.org](https://docslib.org/doc/5).', denylist);
    expect(problems).toEqual([
      { file: 'content/x.mdx', line: 2, url: 'https://docslib.org/doc/5', problem: expect.stringMatching(/mirror/) },
    ]);
  });

  it('reads every language’s content, translations included', () => {
    const files = filesUnder('content');
    for (const l of TRANSLATED_LOCALES) {
      expect(
        files.some((f) => f.startsWith(join('content', l, 'chapters'))),
        l,
      ).toBe(true);
      expect(files).toContain(join('content', l, 'timeline.yaml'));
    }
  });

  it('every address in content/ may be cited (https, a named host, not on the denylist)', () => {
    const problems = filesUnder('content')
      .filter((f) => !f.endsWith('denylist.yaml'))
      .flatMap((f) => sourceProblems(f, readFileSync(f, 'utf8'), denylist));
    expect(problems.map((p) => `${p.file}:${p.line} ${p.url} — ${p.problem}`)).toEqual([]);
  });
});
