/**
 * The source policy a teacher can rely on (content/WRITERS-BRIEF.md, "Sources"): every address
 * in content/ is https, names a host rather than a bare IP address, and is not on the denylist
 * in content/sources/denylist.yaml. Pure: the caller reads the files.
 */

export interface DeniedSite {
  domain: string;
  why: string;
  note?: string | undefined;
}

export interface SourceProblem {
  file: string;
  line: number;
  url: string;
  problem: string;
}

/** Absolute addresses in prose, YAML or Markdown links; stops at the characters that end a link. */
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"'`)\]]+/g;
const BARE_IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** True when `host` is `domain` or one of its subdomains (www.docslib.org matches docslib.org). */
export function hostMatches(host: string, domain: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  const d = domain.toLowerCase();
  return h === d || h.endsWith(`.${d}`);
}

/** What is wrong with one address, or undefined when it may be cited. */
export function urlProblem(url: string, denylist: readonly DeniedSite[]): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'malformed address';
  }
  const host = parsed.hostname;
  if (BARE_IPV4.test(host) || host.startsWith('[')) return 'bare IP address: cite the site by its name, or find the original';
  if (parsed.protocol !== 'https:') return 'not https: use the https address of the same page';
  if (!host.includes('.')) return 'malformed address: no domain';
  const denied = denylist.find((d) => hostMatches(host, d.domain));
  if (denied) return `denied source (${denied.why}: ${denied.note ?? denied.domain}); cite the original instead`;
  return undefined;
}

/** Every problem in one file's text, with 1-based line numbers. */
export function sourceProblems(file: string, text: string, denylist: readonly DeniedSite[]): SourceProblem[] {
  const out: SourceProblem[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    for (const m of line.matchAll(URL_IN_TEXT)) {
      const url = m[0].replace(/[.,;:]+$/, '');
      const problem = urlProblem(url, denylist);
      if (problem) out.push({ file, line: i + 1, url, problem });
    }
  }
  return out;
}
