/** The theme choices a reader can make; "auto" follows the system setting. */
export const THEME_CHOICES = ['auto', 'light', 'dark', 'contrast'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

const KEY = 'theme';

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (THEME_CHOICES as readonly string[]).includes(value);
}

export function readStoredTheme(): ThemeChoice {
  try {
    const value = localStorage.getItem(KEY);
    return isThemeChoice(value) ? value : 'auto';
  } catch {
    return 'auto'; // storage blocked (private mode, school policy): fall back to the system
  }
}

export function storeTheme(choice: ThemeChoice): void {
  try {
    if (choice === 'auto') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    /* storage blocked: the choice lasts for this page only */
  }
}

/** Sets data-theme on <html>; "auto" resolves to light or dark from the system setting. */
export function applyTheme(choice: ThemeChoice): void {
  const resolved = choice === 'auto' ? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light') : choice;
  document.documentElement.dataset['theme'] = resolved;
}
