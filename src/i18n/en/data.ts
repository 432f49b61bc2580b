/** English strings: the data downloads (/data/…): the files' column notes, the sidecar README and the "Download the data" links. */
export const data = {} as const;
