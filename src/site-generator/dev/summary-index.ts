/**
 * The summaries (summary.ts) the dev server's last start read, in one file
 * beside the parse cache's entries, keyed as they are (contentKey: file name
 * and text). At 10,000 bulletins reading and checking every cached parse took
 * the start-up workers 13 s on a busy two-core machine; this file is a few
 * megabytes read at once, and only bulletins it lacks are read from their
 * parse. It lives in the parse cache's version folder, so a new parser
 * version drops it with the entries.
 *
 * Beside the summaries, each file's stamp (file-stamp.ts) as it was when its
 * text was read, and that text's key: a start finding the same stamp takes the
 * summary without reading the file.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { threadId } from "node:worker_threads";
import type { Bulletin, Warning } from "../../parser/model/index.ts";
import type { FileStamp } from "../file-stamp.ts";

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

/** A file as it was when its text (the parse cache's key `key`) was read; by file name. */
export type StampedFiles = Record<string, FileStamp & { key: string }>;

export interface SummaryIndexFile {
  entries: SummaryIndex;
  /** Absent from an index written before stamps were kept: every file is then read. */
  files: StampedFiles;
}

export function summaryIndexFile(cacheDir: string, version: string): string {
  return path.join(cacheDir, version, FILE_NAME);
}

/** The index, or an empty one when there is none, it is unreadable, or of another version. */
export function readSummaryIndex(file: string): SummaryIndexFile {
  try {
    const read = JSON.parse(readFileSync(file, "utf8")) as { version?: unknown; entries?: SummaryIndex; files?: StampedFiles };
    return read.version === SUMMARY_INDEX_VERSION && read.entries ? { entries: read.entries, files: read.files ?? {} } : { entries: {}, files: {} };
  } catch {
    return { entries: {}, files: {} };
  }
}

/** Written then renamed, so a start that reads it meanwhile never sees half of it; failing to write costs speed only. */
export function writeSummaryIndex(file: string, { entries, files }: SummaryIndexFile): void {
  const tmp = `${file}.${process.pid}.${threadId}.tmp`;
  try {
    writeFileSync(tmp, JSON.stringify({ version: SUMMARY_INDEX_VERSION, entries, files }));
    renameSync(tmp, file);
  } catch {
    /* a read-only or full disk */
  }
}
