/** English strings: the teachers' page (/teach/). */
export const teach = {} as const;
