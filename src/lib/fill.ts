/**
 * Fills a dictionary template: "Event {n} of {total}" with { n: 3, total: 42 } → "Event 3 of 42".
 * Templates rather than functions, so a language's strings are plain data: they travel to an
 * island as props and a translator edits words, not code. Pure; runs in the browser too.
 * An unknown placeholder is left as written, so a missing value shows up in review.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The placeholder names a template uses, in order ("{n} of {total}" → ["n", "total"]). */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
}

/** A template cut at its placeholders: ["Read ", { name: "link" }, " here."]. */
export function templateParts(template: string): (string | { name: string })[] {
  return template.split(/(\{\w+\})/).flatMap((part): (string | { name: string })[] => {
    if (part === '') return [];
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return name ? [{ name }] : [part];
  });
}
