/** English strings: the chapter section (owner fills it; see src/i18n/index.ts). */
export const chapter = {} as const;
