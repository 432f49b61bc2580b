/** English strings: the site's frame (header, footer, navigation, page titles, language switch). */
export const site = {
  skipToContent: 'Skip to content',
} as const;
