/**
 * The source files a cache's key is made from. The build's caches whose
 * contents follow from code (the parse cache, each bulletin's files, the
 * search and views files) hash the code they depend on into their key, so that
 * an edit there gives a cold cache, never a stale one; a hand-bumped version
 * is forgotten the first time someone fixes a rule and rebuilds.
 */
import type { Hash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** Files that cannot change what the code does. */
const TEST_FILE = /\.(test|spec)\.tsx?$|(^|\/)__snapshots__\//;

/** `entry` (a file, or a folder walked whole) and what is under it, as sorted `/`-separated paths relative to `root`, tests left out. */
export function sourceFiles(root: string, entry: string): string[] {
  const rel = entry.split(path.sep).join("/");
  if (!statSync(path.join(root, entry)).isDirectory()) return [rel];
  const out: string[] = [];
  for (const child of readdirSync(path.join(root, entry), { withFileTypes: true })) {
    const name = rel === "" || rel === "." ? child.name : `${rel}/${child.name}`;
    if (child.isDirectory()) out.push(...sourceFiles(root, name));
    else if (child.isFile() && !TEST_FILE.test(name)) out.push(name);
  }
  return out.sort();
}

/**
 * Feeds `hash` each source file's path and bytes under `entries` (relative to
 * `root`): the path too, as moving code to another file can change the order
 * modules load in. `keep` leaves out files by their relative path.
 */
export function hashSources(hash: Hash, root: string, entries: readonly string[], keep: (file: string) => boolean = () => true): Hash {
  for (const entry of entries) {
    for (const file of sourceFiles(root, entry)) {
      if (keep(file)) hash.update(file).update("\0").update(readFileSync(path.join(root, file))).update("\0");
    }
  }
  return hash;
}
