/**
 * The shape every language's dictionary has: the English one's, with its words widened to
 * `string`. A language that lacks a key, or has one English lacks, fails `astro check`
 * (`satisfies Dictionary` in src/i18n/<locale>/index.ts); tests/unit/dictionaries.test.ts also
 * checks that every template keeps English's placeholders.
 */
import type { en } from './en';

type Widen<T> = T extends string ? string : T extends readonly (infer U)[] ? readonly Widen<U>[] : { readonly [K in keyof T]: Widen<T[K]> };

export type Dictionary = Widen<typeof en>;
export type DictionarySection = keyof Dictionary;
