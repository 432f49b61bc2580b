import { useCallback, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject, type SVGProps } from 'react';
import { announceState, walk, walkActionForKey, type MapStrings, type StateRow } from '../../lib/map/mapModel';

export type TargetProps = SVGProps<SVGGElement> & { 'data-iso': string; 'data-key': string };
export type OpenedBy = 'key' | 'pointer' | 'table';

interface Options {
  /** The keyboard walk (mapModel.ts, keyboardOrder). */
  order: readonly string[];
  rows: ReadonlyMap<string, StateRow>;
  dateLabel: string;
  detailsId: string;
  detailsRef: RefObject<HTMLElement | null>;
  /** Hydrated: targets become buttons in one roving Tab stop. */
  interactive: boolean;
  showTip: (iso: string | null, clientX?: number, clientY?: number) => void;
  announce: (message: string) => void;
  /** The words of the live region's sentence (mapModel.ts, announceState). */
  strings: MapStrings;
}

/**
 * The 35 states' interactive elements as a roving tabindex (WAI-ARIA: one Tab stop, arrows
 * move the focus along the walk, Enter or Space opens the details). Returns stable callbacks,
 * so the map panels redraw only when what they show changes, not on every pointer move.
 */
export function useMapTargets({ order, rows, dateLabel, detailsId, detailsRef, interactive, showTip, announce, strings }: Options) {
  const [active, setActive] = useState(order[0] ?? '');
  const [open, setOpen] = useState<string | null>(null);
  const elements = useRef(new Map<string, SVGGElement>());
  const latest = useRef({ order, rows, dateLabel, strings });
  // The handlers read the latest values without being remade (which would redraw the panels).
  useLayoutEffect(() => {
    latest.current = { order, rows, dateLabel, strings };
  });

  const openState = useCallback(
    (iso: string, how: OpenedBy) => {
      setOpen(iso);
      setActive(iso);
      const panel = detailsRef.current;
      if (how === 'table') panel?.focus();
      // A tap on a phone: the details sit below the maps; bring them into view.
      if (how === 'pointer' && panel && panel.getBoundingClientRect().top > innerHeight * 0.8) {
        panel.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
      }
    },
    [detailsRef],
  );

  const targetProps = useCallback(
    (iso: string): TargetProps => {
      const base: TargetProps = { className: 'mm-target', 'data-iso': iso, 'data-key': iso };
      if (!interactive) return base;
      return {
        ...base,
        role: 'button',
        tabIndex: iso === active ? 0 : -1,
        'aria-label': latest.current.rows.get(iso)?.name,
        'aria-expanded': open === iso,
        'aria-controls': detailsId,
        ref: (el: SVGGElement | null) => void (el && elements.current.set(iso, el)),
        onKeyDown: (e: KeyboardEvent<SVGGElement>) => {
          const action = walkActionForKey(e.key);
          if (!action || e.altKey || e.ctrlKey || e.metaKey) return;
          e.preventDefault();
          if (action === 'open') return openState(iso, 'key');
          const next = walk(latest.current.order, iso, action);
          setActive(next);
          elements.current.get(next)?.focus();
        },
        onFocus: () => {
          const row = latest.current.rows.get(iso);
          const box = elements.current.get(iso)?.getBoundingClientRect();
          setActive(iso);
          if (box) showTip(iso, box.left + box.width / 2, box.top);
          if (row) announce(announceState(row, latest.current.dateLabel, latest.current.strings));
        },
        onBlur: () => showTip(null),
      };
    },
    [interactive, active, open, detailsId, openState, showTip, announce],
  );

  return { open, openState, targetProps };
}
