/** English strings: the present section (owner fills it; see src/i18n/index.ts). */
export const present = {} as const;
