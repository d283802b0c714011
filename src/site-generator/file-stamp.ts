/**
 * A bulletin file's size and modification time, taken before its text is
 * read. A start that finds the same stamp as the last one recorded trusts
 * what it kept of that text (dev/summary-index.ts) without reading and
 * hashing the file again: at 10,000 bulletins, 140 MB read, decoded and
 * hashed on every `npm start`, two and a half seconds of each start-up
 * worker. As git does with its index, a file is trusted only once its time
 * is old enough that a second change could not share it.
 */
import { statSync, type Stats } from "node:fs";

export interface FileStamp {
  size: number;
  mtimeMs: number;
}

/**
 * A stamp is recorded only for a file last changed at least this long before
 * it was taken: a file written twice within the file system's clock tick keeps
 * one time, and the second write (of the same size) would look unchanged.
 */
export const SETTLED_AFTER_MS = 2_000;

export const stampOf = (stat: Pick<Stats, "size" | "mtimeMs">): FileStamp => ({ size: stat.size, mtimeMs: stat.mtimeMs });

/** The stamp of a file just read, if it may be recorded (its time `SETTLED_AFTER_MS` before `now`); else undefined. */
export function settledStamp(stamp: FileStamp, now = Date.now()): FileStamp | undefined {
  return now - stamp.mtimeMs >= SETTLED_AFTER_MS ? stamp : undefined;
}

export const sameStamp = (a: FileStamp, b: FileStamp): boolean => a.size === b.size && a.mtimeMs === b.mtimeMs;

/** Whether the file still has the stamp recorded (false when it is gone or unreadable: it is then read, and reported, as any other). */
export function stillStamped(file: string, recorded: FileStamp): boolean {
  try {
    return sameStamp(stampOf(statSync(file)), recorded);
  } catch {
    return false;
  }
}
