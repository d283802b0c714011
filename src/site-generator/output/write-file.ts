/**
 * Writes a whole file and takes its size and modification time from the open
 * file, as the output ledger records them: the render workers and the data
 * files' writing threads write this way, so the ledger needs no stat of its
 * own to know a file as written.
 */
import { closeSync, fstatSync, openSync, writeSync } from "node:fs";
import type { WrittenStat } from "./ledger.ts";

export function writeFileWithStat(target: string, bytes: Buffer): WrittenStat {
  const fd = openSync(target, "w");
  try {
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
    const { size, mtimeMs } = fstatSync(fd);
    return { size, mtimeMs };
  } finally {
    closeSync(fd);
  }
}
