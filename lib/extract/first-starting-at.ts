/** Index of the first of `count` items, ascending by `startOf`, that starts at or after `offset` (a binary search). */
export function firstStartingAt(count: number, startOf: (index: number) => number, offset: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (startOf(middle) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
