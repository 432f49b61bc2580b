/** English strings: the tools section (owner fills it; see src/i18n/index.ts). */
export const tools = {} as const;
