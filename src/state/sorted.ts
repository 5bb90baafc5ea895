/**
 * Sorted string sets kept as arrays (JSON-friendly). Order is by UTF-16 code unit, never
 * localeCompare, whose order depends on the engine's locale data.
 */

/**
 * Index of `item` in `list` sorted by `key`, or -(insertion point) - 1 when absent.
 * `key` picks the sort key of an element (the element itself for string lists).
 */
export function searchSorted<T>(
  list: readonly T[],
  item: string,
  key: (element: T) => string = (element) => element as string,
): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const element = list[mid];
    const probe = element === undefined ? '' : key(element);
    if (probe === item) return mid;
    if (probe < item) lo = mid + 1;
    else hi = mid;
  }
  return -lo - 1;
}

/** Inserts `item` into sorted `list` unless present; true if it was added. */
export function insertSorted(list: string[], item: string): boolean {
  const at = searchSorted(list, item);
  if (at >= 0) return false;
  list.splice(-at - 1, 0, item);
  return true;
}

/** True if `list` is strictly ascending (sorted, no duplicates). */
export function isSortedUnique(list: readonly string[]): boolean {
  for (let i = 1; i < list.length; i++) {
    if (!((list[i - 1] ?? '') < (list[i] ?? ''))) return false;
  }
  return true;
}
