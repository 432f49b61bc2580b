/**
 * A translation's words laid over the original's facts: an event with its title, summary,
 * note and fact check in another language (and that language's sources after the original's);
 * a state with its name and notes. Dates, ids, statuses and the original sources never change.
 * Pure; content.ts calls it with the collections, tests with the YAML files.
 */
import type { TimelineEvent } from '../schemas/timelineEvent';
import type { MembershipState, StatusChange } from '../schemas/membership';
import type { EventWords, StateWords } from '../schemas/translations';

/** `event` in the words of `words` (content/<locale>/timeline.yaml, named `file` in errors). */
export function eventInLanguage(event: TimelineEvent, words: EventWords | undefined, file: string): TimelineEvent {
  if (!words) throw new Error(`${file}: event "${event.id}" has no entry (every event needs its title in each language)`);
  const { note: _note, factCheck: _factCheck, ...facts } = event;
  return {
    ...facts,
    title: words.title,
    summary: words.summary,
    ...(words.note !== undefined ? { note: words.note } : {}),
    ...(words.factCheck !== undefined ? { factCheck: words.factCheck } : {}),
    sources: [...event.sources.filter((s) => !(isOwnPage(s.url) && words.sources.some((w) => isOwnPage(w.url)))), ...words.sources],
  };
}

/**
 * A source on this site ("/about/#original"): the translation's own-page source stands in for
 * the original's, which would send a reader of the translation to the English page.
 */
const isOwnPage = (url: string): boolean => url.startsWith('/');

/** `state` with the name and notes of `words` (content/<locale>/membership.yaml, named `file` in errors). */
export function stateInLanguage(state: MembershipState, words: StateWords | undefined, file: string): MembershipState {
  if (!words) throw new Error(`${file}: state "${state.iso3}" has no entry (every state needs its name in each language)`);
  const noted =
    (org: 'celac' | 'oas') =>
    (c: StatusChange): StatusChange => {
      if (c.note === undefined) return c;
      const key = `${org}:${c.date}`;
      const note = words.notes[key];
      if (note === undefined) throw new Error(`${file}: state "${state.iso3}" has no note for '${key}'`);
      return { ...c, note };
    };
  return { ...state, name: words.name, celac: state.celac.map(noted('celac')), oas: state.oas.map(noted('oas')) };
}
