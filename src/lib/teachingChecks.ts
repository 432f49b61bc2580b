/**
 * The checks on the teachers' lessons (content/teaching.yaml and each translation's) that no
 * single entry can make: one lesson per chapter of its language and none for a chapter that
 * does not exist, every event and map day an activity opens present in the data, and each
 * translation's lesson built like the original's (same steps, minutes, events, days and
 * embed), so the two editions teach the same lesson. Each problem names the file to fix.
 * Pure; src/loaders/teachingLoader.ts runs it at `astro sync`, so the build stops early.
 */

/** A lesson as read from YAML, before the schema: only the fields the checks look at. */
export interface RawLesson {
  chapter?: unknown;
  activity?: {
    embed?: { figure?: unknown; event?: unknown; date?: unknown };
    steps?: { minutes?: unknown; events?: unknown; mapDates?: unknown }[];
  };
}

export interface LessonList {
  /** The file, as messages name it ("content/es/teaching.yaml"). */
  file: string;
  items: RawLesson[];
  /** The English slugs of the chapters this language has (a translation's `translationOf`). */
  chapters: string[];
  /** Where those chapters are, for the message ("content/es/chapters"). */
  chaptersDir: string;
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const day = (value: unknown): string => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

/** Missing and stray lessons of one language. */
export function lessonCoverageProblems({ file, items, chapters, chaptersDir }: LessonList): string[] {
  const keys = items.map((i) => String(i.chapter));
  return [
    ...chapters
      .filter((c) => !keys.includes(c))
      .map((c) => `${file}: no lesson for chapter "${c}" (in ${chaptersDir}); add an entry with chapter: ${c}`),
    ...keys.filter((k) => !chapters.includes(k)).map((k) => `${file}: the lesson for chapter "${k}" names no chapter in ${chaptersDir}`),
  ];
}

/** Events and map days an activity opens that the data does not have. */
export function lessonDataProblems(
  { file, items }: Pick<LessonList, 'file' | 'items'>,
  data: { eventIds: ReadonlySet<string>; mapDays: ReadonlySet<string>; eventsFile: string; statesFile: string },
): string[] {
  return items.flatMap((lesson) => {
    const where = `${file}: the lesson for chapter "${String(lesson.chapter)}"`;
    const steps = lesson.activity?.steps ?? [];
    const embed = lesson.activity?.embed;
    const events = [...steps.flatMap((s) => list(s.events)), ...(embed?.event === undefined ? [] : [String(embed.event)])];
    const days = [...steps.flatMap((s) => list(s.mapDates).map(day)), ...(embed?.date === undefined ? [] : [day(embed.date)])];
    return [
      ...events.filter((id) => !data.eventIds.has(id)).map((id) => `${where} opens event "${id}", which is not in ${data.eventsFile}`),
      ...days
        .filter((d) => !data.mapDays.has(d))
        .map(
          (d) =>
            `${where} opens the map at ${d}, which is neither a change in ${data.statesFile} nor an event's date in ${data.eventsFile}`,
        ),
    ];
  });
}

/** What a lesson's translation must share with the original: its activity's shape and what it opens. */
const shape = (lesson: RawLesson): string =>
  JSON.stringify({
    embed: {
      figure: lesson.activity?.embed?.figure,
      event: lesson.activity?.embed?.event,
      date: lesson.activity?.embed?.date === undefined ? undefined : day(lesson.activity.embed.date),
    },
    steps: (lesson.activity?.steps ?? []).map((s) => ({ minutes: s.minutes, events: list(s.events), mapDates: list(s.mapDates).map(day) })),
  });

/** A translation's lessons whose activity differs in shape from the original's. */
export function lessonParityProblems(
  original: Pick<LessonList, 'file' | 'items'>,
  translation: Pick<LessonList, 'file' | 'items'>,
): string[] {
  const byChapter = new Map(original.items.map((l) => [String(l.chapter), l]));
  return translation.items.flatMap((l) => {
    const o = byChapter.get(String(l.chapter));
    if (!o || shape(o) === shape(l)) return [];
    return [
      `${translation.file}: the lesson for chapter "${String(l.chapter)}" must have the same steps (minutes, events, map days) and embed as in ${original.file}`,
    ];
  });
}
