/**
 * What every file cut into pieces shares (the archive index, the views' rows):
 * runs of consecutive items up to a byte budget, and a piece's file name from
 * its content, under the folder `_headers` marks immutable. Pure but for the
 * hash, which the build alone needs (`hashedDataFile`, Node only).
 */

/**
 * Consecutive runs of `items` whose sizes (`sizeOf`, in bytes) add up to at
 * most `maxBytes`; a single item over it is a run of its own.
 */
export function cutBySize<T>(items: readonly T[], sizeOf: (item: T) => number, maxBytes: number): T[][] {
  const out: T[][] = [];
  let run: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (run.length > 0 && bytes + size > maxBytes) {
      out.push(run);
      run = [];
      bytes = 0;
    }
    run.push(item);
    bytes += size;
  }
  if (run.length > 0) out.push(run);
  return out;
}
