/** English strings: the timeline section (owner fills it; see src/i18n/index.ts). */
export const timeline = {} as const;
