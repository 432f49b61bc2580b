/**
 * The checks on content/membership/states.yaml that one entry's schema cannot make, because
 * they need the other entries or the world atlas: every code is unique and every numeric
 * code has a shape to draw. Pure, so tests call it with plain objects.
 */
export interface StateCodes {
  iso3: string;
  isoNumeric: string;
}

/** Every problem found, each naming the file, the state and the field; empty when all is well. */
export function membershipProblems(file: string, states: readonly StateCodes[], shapeIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const seen = { iso3: new Set<string>(), isoNumeric: new Set<string>() };
  for (const s of states) {
    if (!shapeIds.has(s.isoNumeric)) {
      problems.push(
        `${file}: state "${s.iso3}" field "isoNumeric" ('${s.isoNumeric}') matches no shape in world-atlas countries-50m.json; check the ISO 3166-1 numeric code`,
      );
    }
    for (const field of ['iso3', 'isoNumeric'] as const) {
      if (seen[field].has(s[field]))
        problems.push(`${file}: state "${s.iso3}" field "${field}" repeats '${s[field]}', already used by another state`);
      seen[field].add(s[field]);
    }
  }
  return problems;
}
