/** The index of the first item whose `start` is at or after `position`, in items sorted by `start`: a binary search. */
export function firstAtOrAfter(items: readonly { start: number }[], position: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as { start: number }).start < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The items (sorted by `start`) that start in [start, end), without scanning the others. */
export function startingIn<T extends { start: number }>(items: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = firstAtOrAfter(items, start); i < items.length; i++) {
    const item = items[i] as T;
    if (item.start >= end) break;
    out.push(item);
  }
  return out;
}
