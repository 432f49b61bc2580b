/** What a key press means in present mode (reveal.js conventions; clickers send PageUp/PageDown). */
export type PresentAction = 'next' | 'prev' | 'first' | 'last' | 'fullscreen' | 'exit' | 'overview' | 'notes' | 'qr' | 'presenter';

type KeyPress = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>;

export function actionForKey(e: KeyPress): PresentAction | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case ' ':
      return e.shiftKey ? 'prev' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'exit';
    default:
      break;
  }
  switch (e.key.toLowerCase()) {
    case 'f':
      return 'fullscreen';
    case 'o':
    case 'g':
      return 'overview';
    case 'n':
      return 'notes';
    case 'q':
      return 'qr';
    case 's':
      // reveal.js opens its speaker view on S.
      return 'presenter';
    default:
      return null;
  }
}

/**
 * The overview's grid of slides: where an arrow key, Home or End moves focus from `index`
 * (0-based) among `count` items laid out in rows of `columns`. Left/right by one, up/down by
 * a row, stopping at the edges (as a WAI-ARIA grid does); null for any other key.
 */
export function gridMove(key: string, index: number, count: number, columns: number): number | null {
  const cols = Math.max(1, Math.floor(columns));
  const last = count - 1;
  const clamp = (n: number): number => Math.min(Math.max(n, 0), last);
  switch (key) {
    case 'ArrowRight':
      return clamp(index + 1);
    case 'ArrowLeft':
      return clamp(index - 1);
    case 'ArrowDown':
      return index + cols <= last ? index + cols : index;
    case 'ArrowUp':
      return index - cols >= 0 ? index - cols : index;
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
