/**
 * Parse many bulletins through the cache, with progress and a summary.
 * The data plugin calls `parseArchive`; the pieces are exported for tests
 * and for tools that want only one of them.
 */
import type { Bulletin } from "../../parser/model/index.ts";
import { createBuildReport, type BuildSummary } from "./build-report.ts";
import type { ParseCache } from "./parse-cache.ts";

export { createBuildReport, progressLine, summaryLines, type BuildSummary } from "./build-report.ts";
export { contentKey, createParseCache, type ParseCache, type ParseFn } from "./parse-cache.ts";
export { computeParserVersion, parserVersion } from "./parser-version.ts";
export { defaultCacheDir, openParseCache } from "./open-cache.ts";

export interface ArchiveParse {
  /** In the order of `files`; a bulletin that failed to parse is left out. */
  bulletins: Bulletin[];
  summary: BuildSummary;
}

export function parseArchive(
  files: ReadonlyArray<{ fileName: string; text: string }>,
  cache: ParseCache,
  log: (line: string) => void = (line) => console.log(line),
): ArchiveParse {
  const report = createBuildReport({ total: files.length, log });
  const bulletins: Bulletin[] = [];
  for (const { fileName, text } of files) {
    try {
      const { bulletin, fromCache } = cache.parseWithCache(fileName, text);
      bulletins.push(bulletin);
      report.parsed(fileName, bulletin, fromCache);
    } catch (error) {
      report.failed(fileName, error);
    }
  }
  return { bulletins, summary: report.finish() };
}

export { countBulletinFiles, withParseCache } from "./cached-parser.ts";
