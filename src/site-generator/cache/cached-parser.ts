/**
 * The parse cache as a drop-in parse function for the data plugin: the
 * plugin keeps calling `parse(text, { fileName })`, and only files whose
 * content or parser changed are parsed. The first `total` calls are one
 * build's pass over the archive: they print progress and, after the last,
 * the summary; later calls (dev re-parses of an edited file) print nothing.
 */
import { readdirSync } from "node:fs";
import type { Bulletin } from "../../parser/model/index.ts";
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

/**
 * The parse through the cache, and its report told of the bulletins the
 * build took from the cache's summaries without calling it (lazy bulletins,
 * lazy-bulletin.ts), so that the build's summary counts them as before.
 */
export interface CachedParseFn extends ParseFn {
  /** Counts `bulletin` (as the cache holds it: without the decoding's warning) as one of the pass's, read from the cache under `key`. */
  countFromCache(fileName: string, key: string, bulletin: Bulletin): void;
}

export function withParseCache(
  parse: ParseFn,
  { root, total, log = (l) => console.log(l), parsedElsewhere = new Set() }: CachedParserOptions,
): CachedParseFn {
  const cache = openParseCache(root, parse);
  let report = total > 0 ? createBuildReport({ total, log }) : undefined;
  let seen = 0;
  const finishPass = () => {
    if (++seen >= total && report) {
      report.finish();
      report = undefined;
    }
  };
  const parseThrough: ParseFn = (text, { fileName }) => {
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
  return Object.assign(parseThrough, {
    countFromCache(fileName: string, key: string, bulletin: Bulletin) {
      report?.parsed(fileName, bulletin, !parsedElsewhere.has(key));
      finishPass();
    },
  });
}
