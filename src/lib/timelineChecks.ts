/**
 * The checks on timeline events that one entry's schema cannot make, because they need the
 * other entries or the chapters collection: every chapter named exists, and each anchor year
 * has exactly one main event. Pure, so tests call it with plain objects.
 */
export interface EventClaims {
  id: string;
  anchor: number;
  main: boolean;
  chapters: readonly string[];
}

/** Every problem found, each naming the file, the event and the field; empty when all is well. */
export function timelineProblems(file: string, events: readonly EventClaims[], chapterIds: readonly string[]): string[] {
  const known = new Set(chapterIds);
  const problems: string[] = [];
  for (const e of events) {
    for (const c of e.chapters) {
      if (!known.has(c)) {
        const hint = [...known].sort().join(', ') || 'none yet';
        problems.push(`${file}: event "${e.id}" field "chapters" names unknown chapter "${c}" (known chapters: ${hint})`);
      }
    }
  }
  const mains = new Map<number, string[]>();
  for (const e of events) {
    if (!mains.has(e.anchor)) mains.set(e.anchor, []);
    if (e.main) mains.get(e.anchor)?.push(e.id);
  }
  for (const [anchor, ids] of [...mains].sort((a, b) => a[0] - b[0])) {
    if (ids.length === 0) problems.push(`${file}: anchor year ${anchor} has no event with field "main: true"; mark its main event`);
    if (ids.length > 1)
      problems.push(`${file}: anchor year ${anchor} has ${ids.length} events with field "main: true" (${ids.join(', ')}); keep one`);
  }
  return problems;
}
