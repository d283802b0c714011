/**
 * What every file cut into pieces shares (the archive index, the views' rows):
 * runs of consecutive items up to a byte budget, cut where the items
 * themselves say, and a piece's file name from its content, under the folder
 * `_headers` marks immutable. Pure but for the hash, which the build alone
 * needs (`hashedDataFile`, Node only).
 */
import { fnv1a } from "./fnv.ts";

/**
 * A run holds at least this share of its budget before an item may end it
 * (`endsRun`): pieces are not many small files.
 */
export const RUN_FLOOR_SHARE = 0.5;

/**
 * Past the floor, the bytes after which a run ends, on average, where its
 * items say: a piece is then about three quarters of its budget, and the
 * budget itself cuts about one in eight (e^-2).
 */
export const RUN_REACH_SHARE = 0.25;

/**
 * Whether a run of `bytes` (this item's `size` included) ends after the item
 * of `key`: past the floor, with a chance proportional to the item's size,
 * drawn from its key. So where runs end depends on the items about them, not
 * on everything before: a bulletin added to the archive (its rows newest,
 * first) changes the piece its rows join, and the ones after it are cut where
 * they were, files and readers' caches kept. Cut by size alone, every later
 * piece moved, and was written and fetched again.
 */
export function endsRun(bytes: number, size: number, key: string, maxBytes: number): boolean {
  if (bytes < maxBytes * RUN_FLOOR_SHARE) return false;
  return mixed(fnv1a(key)) / 2 ** 32 < size / (maxBytes * RUN_REACH_SHARE);
}

/**
 * MurmurHash3's finaliser: FNV-1a's high bits hardly depend on a key's last
 * letters, so keys that differ only there (`item-424`, `item-425`…, quote
 * ids) all fell under the threshold together, or not at all.
 */
function mixed(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Consecutive runs of `items` whose sizes (`sizeOf`, in bytes) add up to at
 * most `maxBytes`, each ended by the budget or by its last item (`endsRun`,
 * by `keyOf`, which must tell items apart); a single item over the budget is
 * a run of its own.
 */
export function cutRuns<T>(items: readonly T[], sizeOf: (item: T) => number, keyOf: (item: T) => string, maxBytes: number): T[][] {
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
    if (endsRun(bytes, size, keyOf(item), maxBytes)) {
      out.push(run);
      run = [];
      bytes = 0;
    }
  }
  if (run.length > 0) out.push(run);
  return out;
}
