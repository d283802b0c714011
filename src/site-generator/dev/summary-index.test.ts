/**
 * The summary index on disk: a line per summary after the stamps, each
 * summary parsed only when asked for, a damaged line costing only its own
 * summary, and the one-document file of version 1 neither read nor kept.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseBulletinOrThrow } from "../../parser/index.ts";
import { tempDirs } from "../testing/temp-dirs.ts";
import { rcaBulletinText } from "../testing/bulletins.ts";
import { bulletinSummary } from "./summary.ts";
import { openSummaryIndex, readSummaryIndex, summaryIndexFile, writeSummaryIndex, type SummaryIndexFile } from "./summary-index.ts";

const tempDir = tempDirs("summary-index-");

/** Where the index goes in a new parse cache's version folder. */
function indexFile(): string {
  const file = summaryIndexFile(tempDir(), "v1");
  mkdirSync(path.dirname(file), { recursive: true });
  return file;
}

function index(): SummaryIndexFile {
  const entry = (issue: number) => ({
    hash: `hash-${issue}`,
    sourceHash: `source-${issue}`,
    summary: bulletinSummary(parseBulletinOrThrow(rcaBulletinText(issue, "Engineers say a third of the workforce is left."), { fileName: `rca-${issue}.txt` })),
    quoteCounts: [0],
  });
  return {
    entries: { aa01: entry(700), bb02: { ...entry(701), warning: { kind: "encoding" as const, message: "read as Windows-1251", line: null } } },
    files: { "rca-700.txt": { size: 1200, mtimeMs: 1_700_000_000_000.5, key: "aa01" } },
  };
}

describe("the summary index", () => {
  it("reads back what was written, whole or one summary at a time", () => {
    const file = indexFile();
    const written = index();
    writeSummaryIndex(file, written);
    expect(readSummaryIndex(file)).toEqual(written);
    const open = openSummaryIndex(file);
    expect(open.files).toEqual(written.files);
    expect(open.entry("bb02")).toEqual(written.entries.bb02);
    expect(open.entry("cc03")).toBeUndefined();
  });

  it("loses only the summary whose line is damaged", () => {
    const file = indexFile();
    writeSummaryIndex(file, index());
    const lines = readFileSync(file, "utf8").split("\n");
    const damaged = lines.map((line) => (line.startsWith("aa01\t") ? line.slice(0, line.length / 2) : line));
    writeFileSync(file, damaged.join("\n"));
    const read = readSummaryIndex(file);
    expect(Object.keys(read.entries)).toEqual(["bb02"]);
    expect(read.files).toEqual(index().files);
  });

  it("reads nothing of another version, or of an unreadable first line", () => {
    const file = indexFile();
    writeSummaryIndex(file, index());
    const [, ...rest] = readFileSync(file, "utf8").split("\n");
    writeFileSync(file, [JSON.stringify({ version: 1, files: {} }), ...rest].join("\n"));
    expect(readSummaryIndex(file)).toEqual({ entries: {}, files: {} });
    writeFileSync(file, ["{not json", ...rest].join("\n"));
    expect(readSummaryIndex(file)).toEqual({ entries: {}, files: {} });
  });

  it("removes the single JSON document the first version wrote beside it", () => {
    const file = indexFile();
    const versionOne = path.join(path.dirname(file), "dev-summaries.json");
    writeSummaryIndex(file, index());
    writeFileSync(versionOne, JSON.stringify({ version: 1, entries: {} }));
    writeSummaryIndex(file, index());
    expect(existsSync(versionOne)).toBe(false);
  });
});
