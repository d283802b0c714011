/**
 * A bulletin's parse as the parse cache holds it (src/site-generator/cache/parse-cache.ts),
 * read without the parser: the dev server's start reads every bulletin this
 * way, before the parser has loaded.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Bulletin } from "../../parser/model/index.ts";
import { contentKey } from "../cache/parse-cache.ts";

export interface CacheLocation {
  /** The parse cache's root folder and parser version. */
  dir: string;
  version: string;
}

/** The entry's path; `key` is contentKey(fileName, text). */
export const cachedEntryFile = (cache: CacheLocation, key: string): string => path.join(cache.dir, cache.version, `${key}.json`);

/** The cached parse of this file name and text, unchecked; undefined when the cache lacks it. */
export function readCachedEntry(cache: CacheLocation, fileName: string, text: string): unknown {
  return readCachedEntryByKey(cache, contentKey(fileName, text));
}

/** The cached parse under `key` (contentKey), unchecked; undefined when the cache lacks it or it is unreadable. */
export function readCachedEntryByKey(cache: CacheLocation, key: string): unknown {
  try {
    return JSON.parse(readFileSync(cachedEntryFile(cache, key), "utf8")) as Bulletin;
  } catch {
    return undefined;
  }
}
