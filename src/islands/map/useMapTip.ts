import { useCallback, useEffect, useState, type RefObject } from 'react';

export interface Tip {
  iso: string;
  /** Where the tip points, in px from the map's top-left corner. */
  x: number;
  y: number;
  /** The map's width when the tip was placed, to keep the tip inside it. */
  width: number;
}

/**
 * The tooltip's state: which state it names and where it points. It follows the pointer, or
 * sits above the focused state; Escape dismisses it without moving either (WCAG 1.4.13).
 */
export function useMapTip(
  rootRef: RefObject<HTMLElement | null>,
): [tip: Tip | null, show: (iso: string | null, clientX?: number, clientY?: number) => void] {
  const [tip, setTip] = useState<Tip | null>(null);
  const show = useCallback(
    (iso: string | null, clientX = 0, clientY = 0) => {
      const root = rootRef.current;
      const box = root?.getBoundingClientRect();
      setTip(iso ? { iso, x: clientX - (box?.left ?? 0), y: clientY - (box?.top ?? 0), width: root?.clientWidth ?? 0 } : null);
    },
    [rootRef],
  );
  useEffect(() => {
    if (!tip) return undefined;
    const dismiss = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') setTip(null);
    };
    document.addEventListener('keydown', dismiss);
    return () => document.removeEventListener('keydown', dismiss);
  }, [tip]);
  return [tip, show];
}
