import { describe, expect, it } from 'vitest';
import { formatElapsed } from '../../src/lib/elapsedTime';

describe('presenter view clock', () => {
  it('shows minutes and seconds under an hour, hours after', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(59_999)).toBe('0:59');
    expect(formatElapsed(65_000)).toBe('1:05');
    expect(formatElapsed(3_723_000)).toBe('1:02:03');
  });

  it('never shows a negative time (a clock set back)', () => {
    expect(formatElapsed(-5000)).toBe('0:00');
  });
});
