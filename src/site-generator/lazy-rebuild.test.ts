/**
 * A rebuild with a warm parse cache holds the bulletins that did not change
 * as lazy bulletins (cache/lazy-bulletin.ts): the data plugin and the output
 * plugin's hooks, run without Vite around them, twice into a kept output
 * folder, compared with a clean build's folder and report.
 */
import { folderTexts } from "./testing/folder-files.ts";
import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseBulletinOrThrow } from "../parser/index.ts";
import type { Bulletin } from "../parser/model/index.ts";
import { encodeEightBit } from "../source-text/testing/encode.ts";
import { bulletinsPlugin, type ParserHint } from "./bulletins-plugin.ts";
import { countBulletinFiles, withParseCache } from "./cache/cached-parser.ts";
import { quoteCounts } from "../emit-cache/quote-counts.ts";
import { defaultCacheDir } from "./cache/open-cache.ts";
import { parserVersion } from "./cache/parser-version.ts";
import { makingFiles, type BulletinEmitter } from "./emitters.ts";
import { outputPlugin } from "./output/output-plugin.ts";
import { rcaBulletinText } from "./testing/bulletins.ts";
import { buildDataOnly } from "./testing/plugin-hooks.ts";
import { tempDirs } from "./testing/temp-dirs.ts";

const tempDir = tempDirs("lazy-rebuild-");

/** An emitter over the archive that reads what a summary holds: each article's headline. */
const headlines: BulletinEmitter = makingFiles(
  function headlinesEmitter(bulletins: Bulletin[]) {
    return [{ fileName: "data/headlines.json", source: JSON.stringify(bulletins.map((b) => b.articles.map((a) => a.headline))) }];
  },
  { has: (f) => f === "data/headlines.json", fromSummaries: true },
);

/** One that reads every bulletin's quotes, as the search index does. */
const quoteCount: BulletinEmitter = makingFiles(
  function quoteCountEmitter(bulletins: Bulletin[]) {
    return [{ fileName: "data/quote-count.json", source: JSON.stringify(bulletins.flatMap((b) => b.articles.map((a) => a.quotes.length))) }];
  },
  { has: (f) => f === "data/quote-count.json" },
);

/** One that counts every bulletin's quotes as the search index's patch does (src/search/search-patch.ts). */
const countedQuotes: BulletinEmitter = makingFiles(
  function countedQuotesEmitter(bulletins: Bulletin[]) {
    return [{ fileName: "data/counted-quotes.json", source: JSON.stringify(bulletins.map(quoteCounts)) }];
  },
  { has: (f) => f === "data/counted-quotes.json" },
);

/**
 * One build of `input` into `<root>/dist`, parsing through a parse cache
 * under `root` (as vite.config.ts does, with its report); returns what it
 * logged, and the files it was asked to parse.
 */
async function build(root: string, input: string, emitters: BulletinEmitter[], beforeParse?: (hint?: ParserHint) => void): Promise<{ lines: string[]; parsed: string[] }> {
  const lines: string[] = [];
  const parsed: string[] = [];
  const counting = (text: string, options: { fileName: string }) => {
    parsed.push(options.fileName);
    return parseBulletinOrThrow(text, options);
  };
  const data = bulletinsPlugin({
    dir: input,
    loadParser: async (hint) => {
      beforeParse?.(hint);
      return withParseCache(counting, { root, total: countBulletinFiles(input), log: (l) => lines.push(l) });
    },
    parseCache: { dir: defaultCacheDir(root), version: parserVersion() },
    emitters,
  });
  const output = outputPlugin();
  const logger = { warn: (m: string) => lines.push(m), info: (m: string) => lines.push(m) };
  const outDir = path.join(root, "dist");
  await buildDataOnly({ root, outDir, data, output, logger });
  return { lines, parsed };
}


/** The report's and the closing summary's lines, without the seconds they took. */
const reportLines = (lines: string[]) => lines.filter((l) => /^(bulletins: \d+ of \d+ parsed|warnings:|failures:|summary:)/.test(l)).map((l) => l.replace(/ in [\d.]+ s /, " "));

/** A clean build of `input` (its own cache and folder): what the kept folder must hold, and its report. */
async function clean(input: string, emitters: BulletinEmitter[]) {
  const root = tempDir();
  const { lines } = await build(root, input, emitters);
  return { files: folderTexts(path.join(root, "dist")), lines: reportLines(lines) };
}

async function expectAsClean(input: string, dist: string, lines: string[], emitters: BulletinEmitter[]) {
  const fresh = await clean(input, emitters);
  const kept = folderTexts(dist);
  expect([...kept.keys()].sort()).toEqual([...fresh.files.keys()].sort());
  for (const [name, text] of fresh.files) expect(kept.get(name), name).toBe(text);
  // The same closing lines; the parse report's counts as a rebuild's.
  const withoutCounts = (l: string[]) => l.filter((line) => !line.startsWith("bulletins:"));
  expect(withoutCounts(reportLines(lines))).toEqual(withoutCounts(fresh.lines));
}

/** An archive of three bulletins, one of them saved in Windows-1251 (its decoding warns), under `<root>/in`. */
function archive(root: string): string {
  const input = path.join(root, "in");
  mkdirSync(input);
  writeFileSync(path.join(input, "rca-700.txt"), rcaBulletinText(700, '"The road is closed," said Aziz Karimov, a driver in Osh.'));
  writeFileSync(path.join(input, "rca-701.txt"), rcaBulletinText(701, '"The harvest was poor," said Dilnoza Rakhimova, a farmer.'));
  writeFileSync(path.join(input, "rca-702.txt"), encodeEightBit(rcaBulletinText(702, "«Работа стоит», — сказал Азиз Каримов, водитель."), "windows-1251"));
  return input;
}

const readInFull = (lines: string[]) => lines.find((l) => l.includes("read in full from the parse cache"));

describe("a rebuild with a warm parse cache", () => {
  it("after one file's edit, parses that one, reads no other in full, and writes what a clean build writes", async () => {
    const root = tempDir();
    const input = archive(root);
    const emitters = [headlines, countedQuotes];
    const first = await build(root, input, emitters);
    expect(first.parsed.sort()).toEqual(["rca-700.txt", "rca-701.txt", "rca-702.txt"]);
    expect(readInFull(first.lines)).toBeUndefined(); // no summaries yet: every bulletin read in full

    writeFileSync(path.join(input, "rca-700.txt"), rcaBulletinText(700, '"The road is open again," said Aziz Karimov, a driver in Osh.'));
    const second = await build(root, input, emitters);
    expect(second.parsed).toEqual(["rca-700.txt"]);
    expect(readInFull(second.lines)).toBe("bulletins: 0 of 2 read in full from the parse cache (0 as the data files were made)");
    expect(reportLines(second.lines)).toContainEqual("bulletins: 3 of 3 parsed (2 from cache, 1 parsed anew)");
    expect(readFileSync(path.join(root, "dist", "data/headlines.json"), "utf8")).toContain("Dam Project Stalls");
    expect(JSON.parse(readFileSync(path.join(root, "dist", "data/counted-quotes.json"), "utf8"))).toEqual([[1], [1], [0]]);
    await expectAsClean(input, path.join(root, "dist"), second.lines, emitters);

    // Nothing changed: nothing parsed, nothing read in full.
    const third = await build(root, input, emitters);
    expect(third.parsed).toEqual([]);
    expect(readInFull(third.lines)).toBe("bulletins: 0 of 3 read in full from the parse cache (0 as the data files were made)");
    expect(reportLines(third.lines)).toContainEqual("bulletins: 3 of 3 parsed (3 from cache, 0 parsed anew)");
    await expectAsClean(input, path.join(root, "dist"), third.lines, emitters);
  }, 120_000);

  it("takes each file's text as the parser's loader read it (as the parse pool does), not reading it again", async () => {
    const root = tempDir();
    const input = archive(root);
    await build(root, input, [headlines]);
    const file = path.join(input, "rca-701.txt");
    // Read by the loader, then edited before the read pass: the build is of the text the loader read.
    const rebuilt = await build(root, input, [headlines], (hint) => {
      for (const n of readdirSync(input)) hint?.read?.(path.join(input, n));
      writeFileSync(file, rcaBulletinText(701, "Dilnoza Rakhimova, a farmer, says the harvest was poor.").replace("DAM PROJECT STALLS", "HARVEST FAILS"));
    });
    expect(rebuilt.parsed).toEqual([]);
    expect(readInFull(rebuilt.lines)).toBe("bulletins: 0 of 3 read in full from the parse cache (0 as the data files were made)");
    expect(readFileSync(path.join(root, "dist", "data/headlines.json"), "utf8")).not.toContain("Harvest Fails");
    // The next build reads the edit.
    const next = await build(root, input, [headlines]);
    expect(next.parsed).toEqual(["rca-701.txt"]);
    expect(readFileSync(path.join(root, "dist", "data/headlines.json"), "utf8")).toContain("Harvest Fails");
  }, 120_000);

  it("reads in full, once, each bulletin an emitter reads past its summary, and its files are a clean build's", async () => {
    const root = tempDir();
    const input = archive(root);
    await build(root, input, [headlines]);
    writeFileSync(path.join(input, "rca-701.txt"), rcaBulletinText(701, '"The harvest was good," said Dilnoza Rakhimova, a farmer.'));
    const emitters = [headlines, quoteCount];
    const rebuilt = await build(root, input, emitters);
    expect(rebuilt.parsed).toEqual(["rca-701.txt"]);
    expect(readInFull(rebuilt.lines)).toBe("bulletins: 2 of 2 read in full from the parse cache (2 as the data files were made)");
    expect(JSON.parse(readFileSync(path.join(root, "dist", "data/quote-count.json"), "utf8"))).toEqual([1, 1, 0]);
    await expectAsClean(input, path.join(root, "dist"), rebuilt.lines, emitters);
  }, 120_000);

  /** Sets the files' time an hour back (whole seconds, so it can be set again exactly), as an archive's files are; returns it. */
  function lastChangedAnHourAgo(input: string): number {
    const time = Math.floor(Date.now() / 1000) - 3600;
    for (const name of readdirSync(input)) utimesSync(path.join(input, name), time, time);
    return time;
  }

  /** A loader that reads, through the build, each file not known unchanged, as the parse pool does (vite.config.ts); records their names. */
  function readingAsThePool(input: string, asked: string[][]) {
    return (hint?: ParserHint) => {
      const files = readdirSync(input).map((n) => path.resolve(input, n)).filter((f) => !hint?.unchanged?.has(f));
      for (const f of files) hint?.read?.(f);
      asked.push(files.map((f) => path.basename(f)).sort());
    };
  }

  it("reads only the files whose size or time changed since the last build, and writes what a clean build writes", async () => {
    const root = tempDir();
    const input = archive(root);
    lastChangedAnHourAgo(input);
    const asked: string[][] = [];
    await build(root, input, [headlines], readingAsThePool(input, asked));
    expect(asked).toEqual([["rca-700.txt", "rca-701.txt", "rca-702.txt"]]);

    await build(root, input, [headlines], readingAsThePool(input, asked));
    expect(asked[1]).toEqual([]);

    writeFileSync(path.join(input, "rca-701.txt"), rcaBulletinText(701, "Dilnoza Rakhimova, a farmer, says the harvest was poor.").replace("DAM PROJECT STALLS", "HARVEST FAILS"));
    const edited = await build(root, input, [headlines], readingAsThePool(input, asked));
    expect(asked[2]).toEqual(["rca-701.txt"]);
    expect(edited.parsed).toEqual(["rca-701.txt"]);
    expect(readFileSync(path.join(root, "dist", "data/headlines.json"), "utf8")).toContain("Harvest Fails");
    await expectAsClean(input, path.join(root, "dist"), edited.lines, [headlines]);
    // Changed a moment ago, the edit is read again: a second change within the same tick of the clock would keep its time.
    await build(root, input, [headlines], readingAsThePool(input, asked));
    expect(asked[3]).toEqual(["rca-701.txt"]);
  }, 120_000);

  it("takes a file with the size and time the last build recorded as the build read it, without reading it", async () => {
    const root = tempDir();
    const input = archive(root);
    const time = lastChangedAnHourAgo(input);
    await build(root, input, [headlines], readingAsThePool(input, []));
    // Rewritten keeping its size and time: the headlines show whether the rebuild read it.
    const file = path.join(input, "rca-700.txt");
    const before = readFileSync(file, "utf8");
    writeFileSync(file, before.replace("DAM PROJECT STALLS", "DAM PROJECT BEGINS"));
    utimesSync(file, time, time);
    const rebuilt = await build(root, input, [headlines], readingAsThePool(input, []));
    expect(rebuilt.parsed).toEqual([]);
    expect(readFileSync(path.join(root, "dist", "data/headlines.json"), "utf8")).not.toContain("Dam Project Begins");
  }, 120_000);
});
