interface CalloutKeyProps {
  /** The callout's states, north to south as its markers stand (lib/geo/stateTargets.ts). */
  names: string[];
}

/**
 * The Eastern Caribbean callout's names as text. Below a 640 px figure the enlargement is drawn
 * at under 0.97× and its labels would come out at 6–11 px (6.2 px on a 390 px phone), so the
 * CSS hides them there and shows this line instead; wider, it stays hidden.
 */
export function CalloutKey({ names }: CalloutKeyProps) {
  if (names.length === 0) return null;
  return <p className="mm-callout-key">Eastern Caribbean, markers from top to bottom: {names.join(', ')}.</p>;
}
