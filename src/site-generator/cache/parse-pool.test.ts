import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { generateArchive } from "../../../bench/synth/generate.ts";
import { loadNodeGazetteer } from "../../gazetteer/node.ts";
import { parseBulletinOrThrow } from "../../parser/index.ts";
import { tempDirs } from "../testing/temp-dirs.ts";
import { contentKey, createParseCache } from "./parse-cache.ts";
import { MIN_FILES_FOR_WORKERS, parseInWorkers } from "./parse-pool.ts";

const tempDir = tempDirs("parse-pool-");
const WORKER_TIMEOUT_MS = 120_000;

/** Made-up bulletins written as files, and one file that is no bulletin at all. */
function archive(count: number): { dir: string; files: string[] } {
  const dir = tempDir();
  const files = generateArchive(count, 11).map((b) => {
    const file = path.join(dir, `${b.fileName}.txt`);
    writeFileSync(file, b.text);
    return file;
  });
  const junk = path.join(dir, "zz-not-a-bulletin.txt");
  writeFileSync(junk, "hello\n");
  return { dir, files: [...files, junk] };
}

const read = (file: string) => readFileSync(file, "utf8");

describe("parseInWorkers", () => {
  it(
    "parses into the cache in worker threads what the build's own parse would make, and leaves failures to the build",
    async () => {
      const { files } = archive(MIN_FILES_FOR_WORKERS + 2);
      const cacheDir = tempDir();
      const parsed = await parseInWorkers({ files, read, cacheDir, version: "v-test", workers: 2, log: () => {} });
      expect(parsed.size).toBe(files.length - 1);

      // The build's pass: every bulletin from the cache, equal to a parse on this thread with the full gazetteer.
      const gazetteer = loadNodeGazetteer();
      const local = vi.fn((text: string, options: { fileName: string }) => parseBulletinOrThrow(text, { ...options, gazetteer }));
      const cache = createParseCache({ dir: cacheDir, version: "v-test", parse: local });
      for (const file of files.slice(0, -1)) {
        const fileName = path.basename(file);
        const text = read(file);
        expect(parsed.has(contentKey(fileName, text))).toBe(true);
        const { bulletin, fromCache } = cache.parseWithCache(fileName, text);
        expect(fromCache).toBe(true);
        expect(bulletin).toEqual(JSON.parse(JSON.stringify(parseBulletinOrThrow(text, { fileName, gazetteer }))));
      }
      expect(local).not.toHaveBeenCalled();
      // Not a bulletin: not in the cache, so the build parses it and reports why it failed.
      const junk = files.at(-1)!;
      expect(() => cache.parseWithCache(path.basename(junk), read(junk))).toThrow();
    },
    WORKER_TIMEOUT_MS,
  );

  it("starts no worker for a handful of files, nor for those already in the cache", async () => {
    const { files } = archive(MIN_FILES_FOR_WORKERS + 2);
    const cacheDir = tempDir();
    const few = await parseInWorkers({ files: files.slice(0, MIN_FILES_FOR_WORKERS - 1), read, cacheDir, version: "v-test", workers: 2, log: () => {} });
    expect(few.size).toBe(0);
    const first = await parseInWorkers({ files, read, cacheDir, version: "v-test", workers: 2, log: () => {} });
    expect(first.size).toBe(files.length - 1);
    const again = await parseInWorkers({ files, read, cacheDir, version: "v-test", workers: 2, log: () => {} });
    expect(again.size).toBe(0);
  }, WORKER_TIMEOUT_MS);
});
