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
 *
 * One line per summary, after a first line with the version and the stamps:
 * each start-up worker parses only the summaries of the files it is sent
 * (`openSummaryIndex`). As one JSON document, 27 MB at 10,000 bulletins, it
 * was parsed whole by every worker, 1.8 s each.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { threadId } from "node:worker_threads";
import type { Bulletin, Warning } from "../../parser/model/index.ts";
import type { FileStamp } from "../file-stamp.ts";

/** Raised whenever `bulletinSummary` keeps other fields: an index of another shape is not read. */
export const SUMMARY_INDEX_VERSION = 2;
const FILE_NAME = "dev-summaries.jsonl";
/** The one JSON document version 1 was: removed once this one is written. */
const VERSION_1_FILE_NAME = "dev-summaries.json";
/** Ends a summary's key on its line, before its JSON (a key is hexadecimal). */
const KEY_END = "\t";

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
  /** Each file's stamp as its summary's text was read, when it could be recorded (file-stamp.ts `settledStamp`). */
  files: StampedFiles;
}

export function summaryIndexFile(cacheDir: string, version: string): string {
  return path.join(cacheDir, version, FILE_NAME);
}

/** The index, its summaries parsed only as `entry` asks for them. */
export interface OpenSummaryIndex {
  files: StampedFiles;
  /** The keys of the summaries it holds. */
  keys(): IterableIterator<string>;
  /** The summary of `key`, parsed from its line; undefined when it holds none, or its line is damaged. */
  entry(key: string): IndexedSummary | undefined;
}

const EMPTY: OpenSummaryIndex = { files: {}, keys: () => [].values(), entry: () => undefined };

/** The index, or an empty one when there is none, it is unreadable, or of another version. */
export function openSummaryIndex(file: string): OpenSummaryIndex {
  let text: string;
  let files: StampedFiles;
  let firstEnd: number;
  try {
    text = readFileSync(file, "utf8");
    firstEnd = text.indexOf("\n");
    const header = JSON.parse(firstEnd < 0 ? text : text.slice(0, firstEnd)) as { version?: unknown; files?: StampedFiles };
    if (header.version !== SUMMARY_INDEX_VERSION || typeof header.files !== "object" || header.files === null) return EMPTY;
    files = header.files;
  } catch {
    return EMPTY;
  }
  // Where each summary's JSON is in the text, by key.
  const spans = new Map<string, { start: number; end: number }>();
  for (let start = firstEnd + 1; start > 0 && start < text.length; ) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline;
    const keyEnd = text.indexOf(KEY_END, start);
    if (keyEnd > start && keyEnd < end) spans.set(text.slice(start, keyEnd), { start: keyEnd + 1, end });
    start = end + 1;
  }
  return {
    files,
    keys: () => spans.keys(),
    entry(key) {
      const span = spans.get(key);
      if (!span) return undefined;
      try {
        return JSON.parse(text.slice(span.start, span.end)) as IndexedSummary;
      } catch {
        return undefined;
      }
    },
  };
}

/** The whole index, every summary parsed. */
export function readSummaryIndex(file: string): SummaryIndexFile {
  const index = openSummaryIndex(file);
  const entries: SummaryIndex = {};
  for (const key of index.keys()) {
    const entry = index.entry(key);
    if (entry) entries[key] = entry;
  }
  return { entries, files: index.files };
}

/** Written then renamed, so a start that reads it meanwhile never sees half of it; failing to write costs speed only. */
export function writeSummaryIndex(file: string, { entries, files }: SummaryIndexFile): void {
  const tmp = `${file}.${process.pid}.${threadId}.tmp`;
  const lines = [JSON.stringify({ version: SUMMARY_INDEX_VERSION, files })];
  for (const [key, entry] of Object.entries(entries)) lines.push(`${key}${KEY_END}${JSON.stringify(entry)}`);
  try {
    writeFileSync(tmp, lines.join("\n"));
    renameSync(tmp, file);
    rmSync(path.join(path.dirname(file), VERSION_1_FILE_NAME), { force: true });
  } catch {
    /* a read-only or full disk */
  }
}
