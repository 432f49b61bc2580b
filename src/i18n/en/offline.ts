/** English strings: offline use: the "Save for offline" control, its progress and the update notice. */
export const offline = {} as const;
