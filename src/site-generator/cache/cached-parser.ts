/**
 * The parse cache as a drop-in parse function for the data plugin: the
 * plugin keeps calling `parse(text, { fileName })`, and only files whose
 * content or parser changed are parsed. The first `total` calls are one
 * build's pass over the archive: they print progress and, after the last,
 * the summary; later calls (dev re-parses of an edited file) print nothing.
 */
import { readdirSync } from "node:fs";
import { createBuildReport } from "./build-report.ts";
import { openParseCache } from "./open-cache.ts";
import { contentKey, type ParseFn } from "./parse-cache.ts";

export interface CachedParserOptions {
  /** Project root: the cache lives in `<root>/.cache/bulletins` unless BULLETINS_CACHE_DIR says otherwise. */
  root: string;
  /** How many files the first pass will parse (for "120/1000"). */
  total: number;
  log?: (line: string) => void;
  /** Cache keys of bulletins parsed into the cache by the parse pool (parse-pool.ts) for this build: reported as parsed anew. */
  parsedElsewhere?: ReadonlySet<string>;
}

export function countBulletinFiles(dir: string, extension = ".txt"): number {
  try {
    return readdirSync(dir).filter((n) => n.endsWith(extension)).length;
  } catch {
    return 0;
  }
}

export function withParseCache(
  parse: ParseFn,
  { root, total, log = (l) => console.log(l), parsedElsewhere = new Set() }: CachedParserOptions,
): ParseFn {
  const cache = openParseCache(root, parse);
  let report = total > 0 ? createBuildReport({ total, log }) : undefined;
  let seen = 0;
  const finishPass = () => {
    if (++seen >= total && report) {
      report.finish();
      report = undefined;
    }
  };
  return (text, { fileName }) => {
    try {
      const { bulletin, fromCache } = cache.parseWithCache(fileName, text);
      report?.parsed(fileName, bulletin, fromCache && (parsedElsewhere.size === 0 || !parsedElsewhere.has(contentKey(fileName, text))));
      finishPass();
      return bulletin;
    } catch (error) {
      report?.failed(fileName, error);
      finishPass();
      throw error;
    }
  };
}
