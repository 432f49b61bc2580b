import { describe, expect, it } from 'vitest';
import { findDuplicateOrders } from '../../src/lib/chapterOrder';

describe('duplicate chapter orders', () => {
  it('passes when every order is unique', () => {
    expect(
      findDuplicateOrders([
        { file: 'a.mdx', order: 1 },
        { file: 'b.mdx', order: 2 },
      ]),
    ).toBeNull();
  });

  it('names both files and the order field when two chapters share an order', () => {
    const message = findDuplicateOrders([
      { file: 'content/chapters/b.mdx', order: 2 },
      { file: 'content/chapters/a.mdx', order: 2 },
    ]);
    expect(message).toBe(
      'content/chapters/b.mdx: frontmatter field "order" is 2, which content/chapters/a.mdx already uses. Give each chapter its own order.',
    );
  });
});
