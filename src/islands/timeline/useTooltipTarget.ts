import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Which event's tooltip shows: the one under the pointer, else the one with the keyboard
 * focus, until Escape dismisses it (WCAG 1.4.13: dismissible, hoverable, persistent). The
 * pointer's tip lingers a moment after it leaves, so it can move onto the tip itself.
 */
export function useTooltipTarget(): {
  tipId: string | null;
  hint: (id: string | null, how: 'pointer' | 'focus') => void;
  dismiss: () => void;
} {
  const [pointer, setPointer] = useState<string | null>(null);
  const [focus, setFocus] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const leaving = useRef(0);
  useEffect(() => () => window.clearTimeout(leaving.current), []);
  const hint = useCallback((id: string | null, how: 'pointer' | 'focus') => {
    if (how === 'focus') {
      setFocus(id);
      if (id) setDismissed(false);
      return;
    }
    window.clearTimeout(leaving.current);
    if (id) {
      setPointer(id);
      setDismissed(false);
    } else leaving.current = window.setTimeout(() => setPointer(null), 300);
  }, []);
  const dismiss = useCallback(() => setDismissed(true), []);
  return { tipId: dismissed ? null : (pointer ?? focus), hint, dismiss };
}
