/** What a key press means in present mode (reveal.js conventions; clickers send PageUp/PageDown). */
export type PresentAction = 'next' | 'prev' | 'first' | 'last' | 'fullscreen' | 'exit' | 'overview' | 'notes' | 'qr';

export function actionForKey(e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>): PresentAction | null {
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
    default:
      return null;
  }
}
