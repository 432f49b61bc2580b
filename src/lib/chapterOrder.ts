/** A chapter file and the order it claims. */
export interface OrderClaim {
  file: string;
  order: number;
}

/**
 * Returns a message naming both files and the field when two chapters claim one order,
 * or null when every order is unique.
 */
export function findDuplicateOrders(claims: readonly OrderClaim[]): string | null {
  const seen = new Map<number, string>();
  for (const { file, order } of [...claims].sort((a, b) => a.file.localeCompare(b.file))) {
    const first = seen.get(order);
    if (first) {
      return `${file}: frontmatter field "order" is ${order}, which ${first} already uses. Give each chapter its own order.`;
    }
    seen.set(order, file);
  }
  return null;
}
