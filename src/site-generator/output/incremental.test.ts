/**
 * The kept output folder end to end: real builds with the project's config.
 * A rebuild into the folder of an earlier build, after one bulletin changed,
 * one was removed and one added, must leave exactly what a clean build into
 * an empty folder leaves: the same files, byte for byte, and nothing more.
 */
import { folderBytes } from "../testing/folder-files.ts";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build, createLogger } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateArchive } from "../../../bench/synth/generate.ts";
import { bulletinFile } from "../data-paths.ts";
import { buildingMarker, ledgerPath } from "./ledger.ts";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const BUILD_TIMEOUT_MS = 300_000;
/** Made-up bulletins beside the sample, so that people and places are shared between bulletins. */
const SYNTHETIC = 5;
const SEED = 7;

let work = "";
const savedEnv = { ...process.env };

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "incremental-"));
  cpSync(path.join(ROOT, "bulletins"), path.join(work, "bulletins"), { recursive: true });
});
afterAll(() => {
  process.env = savedEnv;
  rmSync(work, { recursive: true, force: true });
});

/** A production build with the project's config into `outDir`, its caches under `caches`; returns what it logged. */
async function buildInto(outDir: string, caches: string, emptyOutDir: boolean): Promise<string[]> {
  const lines: string[] = [];
  const logger = createLogger("info");
  logger.info = (message) => void lines.push(message);
  logger.warn = () => {};
  delete process.env.VITEST; // the config leaves the data plugins out under Vitest
  process.env.BULLETINS_DIR = path.join(work, "bulletins");
  process.env.BULLETINS_CACHE_DIR = path.join(caches, "parse");
  process.env.PAGES_CACHE_DIR = path.join(caches, "pages");
  process.env.OUTPUT_CACHE_DIR = path.join(caches, "output");
  process.env.MAPS_CACHE_DIR = path.join(caches, "maps");
  process.env.EMIT_CACHE_DIR = path.join(caches, "emit");
  try {
    await build({ root: ROOT, configFile: path.join(ROOT, "vite.config.ts"), customLogger: logger, build: { outDir, emptyOutDir } });
  } finally {
    process.env = { ...savedEnv };
  }
  return lines;
}


/** Every folder under `dir` holding nothing. */
function emptyFolders(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isDirectory() && readdirSync(path.join(entry.parentPath, entry.name)).length === 0)
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

/** Bulletin id by the file it was parsed from, from the data files a build wrote. */
function idsBySourceFile(dir: string): Map<string, string> {
  const folder = path.join(dir, path.dirname(bulletinFile("x")));
  return new Map(
    readdirSync(folder).filter((name) => name.endsWith(".json")).map((name) => {
      const b = JSON.parse(readFileSync(path.join(folder, name), "utf8")) as { id: string; sourceFile: string };
      return [b.sourceFile, b.id];
    }),
  );
}

const unchangedCount = (lines: string[]) => Number(lines.join("\n").match(/, (\d+) unchanged since the last build \(not written\)/)?.[1] ?? NaN);
/** Pages and bulletins the prerender carried by bulletin (prerender/page-groups.ts). */
const carriedByBulletin = (lines: string[]) => {
  const [, pages = NaN, bulletins = NaN] = lines.join("\n").match(/prerender: (\d+) pages of (\d+) unchanged bulletins carried by bulletin/)?.map(Number) ?? [];
  return { pages, bulletins };
};

describe("a rebuild into the last build's folder", () => {
  it(
    "leaves the same files as a clean build, after a bulletin changed, one was removed and one added, without writing what did not change",
    async () => {
      const input = path.join(work, "bulletins");
      const archive = generateArchive(SYNTHETIC + 1, SEED);
      const added = archive.pop()!;
      for (const b of archive) writeFileSync(path.join(input, `${b.fileName}.txt`), b.text);

      const dist = path.join(work, "dist");
      const caches = path.join(work, "caches");
      await buildInto(dist, caches, false);
      const ids = idsBySourceFile(dist);
      const removedId = ids.get(`${archive[1]!.fileName}.txt`)!;
      const untouchedId = ids.get(`${archive[2]!.fileName}.txt`)!;
      expect(existsSync(path.join(dist, bulletinFile(removedId)))).toBe(true);
      expect(existsSync(path.join(dist, bulletinFile(untouchedId)))).toBe(true);

      // A build killed part way: it left a file no ledger knows (dated before the rebuild), and its marker.
      mkdirSync(path.join(dist, "stray"), { recursive: true });
      writeFileSync(path.join(dist, "stray", "left-behind.html"), "<p>old</p>");
      const past = new Date(Date.now() - 60_000);
      utimesSync(path.join(dist, "stray", "left-behind.html"), past, past);
      writeFileSync(buildingMarker(ledgerPath(path.join(caches, "output"), dist)), dist);
      const untouchedData = path.join(dist, bulletinFile(untouchedId));
      const untouchedWrittenAt = statSync(untouchedData).mtimeMs;
      // A page of an untouched bulletin: the pages say nothing of the archive's other data (not even its version).
      const untouchedSlug = (JSON.parse(readFileSync(untouchedData, "utf8")) as { articles: Array<{ slug: string }> }).articles[0]!.slug;
      const untouchedPage = path.join(dist, "bulletins", untouchedId, "articles", untouchedSlug, "index.html");
      const untouchedPageWrittenAt = statSync(untouchedPage).mtimeMs;

      // One bulletin changes (a word of the sample's text), one goes, one comes.
      const [sample] = readdirSync(path.join(ROOT, "bulletins"));
      const samplePath = path.join(input, sample!);
      const text = readFileSync(samplePath, "utf8");
      const word = text.match(/ ([a-z]{7,}) /)![1]!;
      writeFileSync(samplePath, text.replace(` ${word} `, " zanzibarish "));
      rmSync(path.join(input, `${archive[1]!.fileName}.txt`));
      writeFileSync(path.join(input, `${added.fileName}.txt`), added.text);

      const rebuilt = await buildInto(dist, caches, false);
      const clean = path.join(work, "clean");
      await buildInto(clean, path.join(work, "clean-caches"), true);

      const incremental = folderBytes(dist);
      const fresh = folderBytes(clean);
      expect([...incremental.keys()].sort()).toEqual([...fresh.keys()].sort());
      for (const [name, bytes] of fresh) expect(incremental.get(name)?.equals(bytes), name).toBe(true);

      expect(existsSync(path.join(dist, bulletinFile(removedId)))).toBe(false);
      expect(existsSync(path.join(dist, "stray"))).toBe(false);
      // Nor a folder the removed files left empty (a clean build makes none).
      expect(emptyFolders(dist)).toEqual([]);
      expect(idsBySourceFile(dist).has(`${added.fileName}.txt`)).toBe(true);
      // What did not change was not written again.
      expect(statSync(untouchedData).mtimeMs).toBe(untouchedWrittenAt);
      expect(statSync(untouchedPage).mtimeMs).toBe(untouchedPageWrittenAt);
      expect(unchangedCount(rebuilt)).toBeGreaterThan(0);
      // The untouched bulletins' pages were carried by bulletin, undescribed: the changed, removed and added ones were not.
      const carried = carriedByBulletin(rebuilt);
      expect(carried.bulletins).toBe(SYNTHETIC - 1);
      expect(carried.pages).toBeGreaterThan(carried.bulletins);
    },
    BUILD_TIMEOUT_MS,
  );

  it(
    "never removes what it did not make from a folder outside the project that no build of ours filled before",
    async () => {
      const elsewhere = path.join(work, "elsewhere");
      mkdirSync(elsewhere, { recursive: true });
      const notes = path.join(elsewhere, "notes.txt");
      writeFileSync(notes, "the reader's own file");
      const past = new Date(Date.now() - 60_000);
      utimesSync(notes, past, past);
      await buildInto(elsewhere, path.join(work, "elsewhere-caches"), false);
      expect(existsSync(path.join(elsewhere, "index.html"))).toBe(true);
      expect(readFileSync(notes, "utf8")).toBe("the reader's own file");
    },
    BUILD_TIMEOUT_MS,
  );
});
