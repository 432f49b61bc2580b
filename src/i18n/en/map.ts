/** English strings: the map section (owner fills it; see src/i18n/index.ts). */
export const map = {} as const;
