/**
 * The dev server's start-up workers: each bulletin's summary from its cached
 * parse, then, on the next start, from the summary index alone; a bulletin
 * the cache lacks is left to the plugin.
 */
import { rmSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseBulletinOrThrow } from "../../parser/index.ts";
import { createParseCache } from "../cache/parse-cache.ts";
import { tempDirs } from "../testing/temp-dirs.ts";
import { rcaBulletinText } from "../testing/bulletins.ts";
import { cachedEntryFile } from "./cached-entry.ts";
import { contentKey } from "../cache/parse-cache.ts";
import { bulletinSummary } from "./summary.ts";
import { readSummaryIndex, summaryIndexFile, writeSummaryIndex, SUMMARY_INDEX_VERSION } from "./summary-index.ts";
import { readSummaries, type SummaryReply } from "./summary-pool.ts";

const tempDir = tempDirs("summary-pool-");

const text = (issue: number) => rcaBulletinText(issue, "Engineers say a third of the workforce is left.");

async function summaries(files: string[], cacheDir: string): Promise<SummaryReply[]> {
  const replies: SummaryReply[] = [];
  await readSummaries({ files, cacheDir, version: "v1", workers: 1, onReplies: (r) => replies.push(...r) });
  return replies.sort((a, b) => a.file.localeCompare(b.file));
}

describe("readSummaries", () => {
  it("reads summaries from the cached parses, then from the index alone, and misses what neither holds", async () => {
    const dir = tempDir();
    const cacheDir = path.join(dir, "cache");
    const cache = createParseCache({ dir: cacheDir, version: "v1", parse: parseBulletinOrThrow });
    const files = [700, 701].map((n) => path.join(dir, `rca-${n}.txt`));
    files.forEach((f, i) => writeFileSync(f, text(700 + i)));
    cache.parseWithCache("rca-700.txt", text(700));

    const first = await summaries(files, cacheDir);
    expect(first.map((r) => r.missed)).toEqual([false, true]);
    const read = first[0]!;
    if (read.missed) throw new Error("unreachable");
    expect(read.fromIndex).toBe(false);
    expect(read.summary).toEqual(bulletinSummary(parseBulletinOrThrow(text(700), { fileName: "rca-700.txt" })));
    expect(read.summary.articles[0]!.paragraphs).toEqual([]);

    const index = summaryIndexFile(cacheDir, "v1");
    writeSummaryIndex(index, { entries: { [read.key]: { hash: read.hash, sourceHash: read.sourceHash, summary: read.summary } }, files: {} });
    rmSync(cachedEntryFile({ dir: cacheDir, version: "v1" }, contentKey("rca-700.txt", text(700))));
    const again = await summaries(files, cacheDir);
    expect(again[0]).toMatchObject({ missed: false, fromIndex: true, summary: read.summary });

    // Another version of the index is not read.
    writeFileSync(index, JSON.stringify({ version: SUMMARY_INDEX_VERSION + 1, entries: readSummaryIndex(index) }));
    expect(readSummaryIndex(index)).toEqual({ entries: {}, files: {} });
    expect((await summaries(files, cacheDir))[0]!.missed).toBe(true);
  });

  it("takes a summary without reading its file while the file keeps the stamp recorded, and reads it once the stamp changes", async () => {
    const dir = tempDir();
    const cacheDir = path.join(dir, "cache");
    const cache = createParseCache({ dir: cacheDir, version: "v1", parse: parseBulletinOrThrow });
    const file = path.join(dir, "rca-700.txt");
    const before = text(700);
    // The same length: a stamp is size and time.
    const after = before.replace("Engineers say", "Engineers add");
    expect(after.length).toBe(before.length);
    writeFileSync(file, before);
    // Last changed an hour ago, in whole seconds, so the time can be set again exactly.
    const anHourAgo = Math.floor(Date.now() / 1000) - 3600;
    utimesSync(file, anHourAgo, anHourAgo);
    cache.parseWithCache("rca-700.txt", before);
    cache.parseWithCache("rca-700.txt", after);

    const [first] = await summaries([file], cacheDir);
    if (!first || first.missed) throw new Error("the cached parse was not read");
    expect(first).toMatchObject({ fileRead: true, stamp: { size: before.length, mtimeMs: anHourAgo * 1000 } });
    const { file: _file, missed: _missed, key, fromIndex: _fromIndex, fileRead: _fileRead, stamp, ...entry } = first;
    writeSummaryIndex(summaryIndexFile(cacheDir, "v1"), { entries: { [key]: entry }, files: { "rca-700.txt": { ...stamp!, key } } });

    // Changed behind the stamp's back: the summary is the one recorded, so the file was not read.
    writeFileSync(file, after);
    utimesSync(file, anHourAgo, anHourAgo);
    const [trusted] = await summaries([file], cacheDir);
    expect(trusted).toMatchObject({ missed: false, fileRead: false, key, summary: first.summary });

    // A change as an editor makes it moves the time: the file is read, and its new text summarised.
    utimesSync(file, anHourAgo + 1, anHourAgo + 1);
    const [read] = await summaries([file], cacheDir);
    if (!read || read.missed) throw new Error("the cached parse was not read");
    expect(read.fileRead).toBe(true);
    expect(read.key).toBe(contentKey("rca-700.txt", after));
    expect(read.sourceHash).not.toBe(first.sourceHash);
  });

  it("records no stamp of a file changed within the last moments, which a second change could share", async () => {
    const dir = tempDir();
    const cacheDir = path.join(dir, "cache");
    createParseCache({ dir: cacheDir, version: "v1", parse: parseBulletinOrThrow }).parseWithCache("rca-700.txt", text(700));
    const file = path.join(dir, "rca-700.txt");
    writeFileSync(file, text(700));
    const [reply] = await summaries([file], cacheDir);
    expect(reply).toMatchObject({ missed: false, fileRead: true });
    expect(reply).not.toHaveProperty("stamp");
  });
});
