/**
 * The six moments the op-ed's argument rests on (see ../shared/reference/events.md).
 */
export const OP_ED_YEARS = [1848, 1937, 2011, 2019, 2021, 2022] as const;

/**
 * The years after the op-ed that the timeline and the closing chapter follow
 * (../shared/reference/since-2022.md). Add a year here when its first event is added.
 */
export const SINCE_YEARS = [2023, 2024, 2025, 2026] as const;

/** Chapters and the timeline may only name these years as anchors. */
export const ANCHOR_YEARS = [...OP_ED_YEARS, ...SINCE_YEARS] as const;

export type AnchorYear = (typeof ANCHOR_YEARS)[number];
