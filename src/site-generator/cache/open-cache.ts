/**
 * Where the build's parse cache lives, and the cache opened there for the
 * parser of this checkout (its version keys every entry).
 */
import { join } from "node:path";
import { createParseCache, type ParseCache, type ParseFn } from "./parse-cache.ts";
import { parserVersion } from "./parser-version.ts";

/** Where the cache lives: `BULLETINS_CACHE_DIR`, else `<root>/.cache/bulletins` (gitignored). */
export function defaultCacheDir(root: string): string {
  return process.env.BULLETINS_CACHE_DIR || join(root, ".cache", "bulletins");
}

export function openParseCache(root: string, parse: ParseFn): ParseCache {
  return createParseCache({ dir: defaultCacheDir(root), version: parserVersion(), parse });
}
