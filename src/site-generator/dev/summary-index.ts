/**
 * The summaries (summary.ts) the dev server's last start read, in one file
 * beside the parse cache's entries, keyed as they are (contentKey: file name
 * and text). At 10,000 bulletins reading and checking every cached parse took
 * the start-up workers 13 s on a busy two-core machine; this file is a few
 * megabytes read at once, and only bulletins it lacks are read from their
 * parse. It lives in the parse cache's version folder, so a new parser
 * version drops it with the entries.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { threadId } from "node:worker_threads";
import type { Bulletin, Warning } from "../../parser/model/index.ts";

/** Raised whenever `bulletinSummary` keeps other fields: an index of another shape is not read. */
export const SUMMARY_INDEX_VERSION = 1;
const FILE_NAME = "dev-summaries.json";

export interface IndexedSummary {
  /** BulletinStore's `contentHash` of the text. */
  hash: string;
  /** `contentHashSync` of the text. */
  sourceHash: string;
  warning?: Warning;
  summary: Bulletin;
  /**
   * Each article's number of quotes (src/emit-cache/quote-counts.ts), which the summary
   * empties: the search index's patch counts the quotes of every bulletin
   * (src/search/search-patch.ts), and would read each in full. Absent from
   * an index written before it was kept: a build then reads the bulletin.
   */
  quoteCounts?: number[];
}

export type SummaryIndex = Record<string, IndexedSummary>;

export function summaryIndexFile(cacheDir: string, version: string): string {
  return path.join(cacheDir, version, FILE_NAME);
}

/** The index, or an empty one when there is none, it is unreadable, or of another version. */
export function readSummaryIndex(file: string): SummaryIndex {
  try {
    const read = JSON.parse(readFileSync(file, "utf8")) as { version?: unknown; entries?: SummaryIndex };
    return read.version === SUMMARY_INDEX_VERSION && read.entries ? read.entries : {};
  } catch {
    return {};
  }
}

/** Written then renamed, so a start that reads it meanwhile never sees half of it; failing to write costs speed only. */
export function writeSummaryIndex(file: string, entries: SummaryIndex): void {
  const tmp = `${file}.${process.pid}.${threadId}.tmp`;
  try {
    writeFileSync(tmp, JSON.stringify({ version: SUMMARY_INDEX_VERSION, entries }));
    renameSync(tmp, file);
  } catch {
    /* a read-only or full disk */
  }
}
