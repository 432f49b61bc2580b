import { describe, expect, it } from 'vitest';
import { previewText } from '../../src/lib/previewText';

describe('previewText', () => {
  it('keeps short text as it is, spaces tidied', () => {
    expect(previewText('  Mexico grants   asylum. ')).toBe('Mexico grants asylum.');
  });

  it('cuts long text at the last sentence that fits, when that keeps at least half', () => {
    const text = `${'A'.repeat(100)} ends here. And then a second sentence that runs well past the limit of the preview.`;
    expect(previewText(text)).toBe(`${'A'.repeat(100)} ends here.`);
  });

  it('otherwise cuts at a word boundary, without a dangling comma, and adds an ellipsis', () => {
    const text = `${'word '.repeat(30)}tail, and more words beyond the limit`;
    const out = previewText(text, 60);
    expect(out.length).toBeLessThanOrEqual(60);
    expect(out).toMatch(/word…$/);
  });
});
