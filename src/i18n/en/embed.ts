/** English strings: the embed pages (/embed/…), the figures' share menu and its iframe code. */
export const embed = {} as const;
