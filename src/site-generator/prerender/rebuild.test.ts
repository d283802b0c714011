/**
 * The page cache end to end: real builds of a copy of the project's bulletins.
 * The promise a cache must keep is that it changes nothing but the time, so a
 * rebuild from the cache is compared, file by file, with a build without one.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build, createLogger } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bulletinFile } from "../data-paths.ts";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const BUILD_TIMEOUT_MS = 180_000;

let work = "";
const savedEnv = { ...process.env };

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "rebuild-"));
  cpSync(path.join(ROOT, "bulletins"), path.join(work, "bulletins"), { recursive: true });
});
afterAll(() => {
  process.env = savedEnv;
  rmSync(work, { recursive: true, force: true });
});

/** A production build with the project's own config, as `npm run build` does it; returns what it logged. */
async function buildInto(outDir: string, pagesCache: string): Promise<string[]> {
  const lines: string[] = [];
  const logger = createLogger("info");
  logger.info = (message) => void lines.push(message);
  logger.warn = () => {}; // the sample's own warnings (damage it reports) are not this test's business
  // The config leaves the data plugins out under Vitest (unit tests need no data): this test wants them.
  delete process.env.VITEST;
  process.env.BULLETINS_DIR = path.join(work, "bulletins");
  process.env.BULLETINS_CACHE_DIR = path.join(work, "parse-cache");
  process.env.PAGES_CACHE_DIR = pagesCache;
  process.env.MAPS_CACHE_DIR = path.join(pagesCache, "..", `${path.basename(pagesCache)}-maps`);
  try {
    await build({ root: ROOT, configFile: path.join(ROOT, "vite.config.ts"), customLogger: logger, build: { outDir, emptyOutDir: true } });
  } finally {
    process.env = { ...savedEnv };
  }
  return lines;
}

/** Every HTML file under a folder, by path, with its text. */
function pages(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith(".html")) {
      const file = path.join(entry.parentPath, entry.name);
      out.set(path.relative(dir, file), readFileSync(file, "utf8"));
    }
  }
  return out;
}

const reusedCount = (lines: string[]) => Number(lines.join("\n").match(/\((\d+) of \d+ pages unchanged since the last build/)?.[1] ?? NaN);

describe("a rebuild with the page cache", () => {
  it(
    "writes exactly the pages a build without the cache writes, after a bulletin changed, rendering only what it must",
    async () => {
      const cache = path.join(work, "pages");
      await buildInto(path.join(work, "first"), cache);

      // Change one word of a paragraph of the bulletin's last article (a word the build wrote out, so one the parser keeps).
      const [txt] = readdirSync(path.join(work, "bulletins"));
      const id = txt!.replace(/\.txt$/, "");
      const data = JSON.parse(readFileSync(path.join(work, "first", bulletinFile(id)), "utf8")) as {
        articles: Array<{ slug: string; paragraphs: Array<{ text: string }> }>;
      };
      const last = data.articles[data.articles.length - 1]!;
      const word = last.paragraphs.flatMap((p) => p.text.split(/\s+/)).find((w) => /^[a-z]{6,}$/.test(w))!;
      const source = path.join(work, "bulletins", txt!);
      const text = readFileSync(source, "utf8");
      const at = text.indexOf(` ${word} `, text.indexOf(last.paragraphs[0]!.text.slice(0, 30)));
      expect(at).toBeGreaterThan(0);
      writeFileSync(source, `${text.slice(0, at)} zanzibarish ${text.slice(at + word.length + 2)}`);

      const rebuilt = await buildInto(path.join(work, "second"), cache);
      await buildInto(path.join(work, "uncached"), path.join(work, "empty-pages-cache"));

      const withCache = pages(path.join(work, "second"));
      const without = pages(path.join(work, "uncached"));
      expect([...withCache.keys()].sort()).toEqual([...without.keys()].sort());
      for (const [file, html] of without) expect(withCache.get(file), file).toBe(html);
      expect(withCache.get(path.join("bulletins", id, "articles", last.slug, "index.html"))).toContain("zanzibarish");

      // Pages not made from the changed bulletin's file (people, places, search…) came from the cache.
      expect(reusedCount(rebuilt)).toBeGreaterThan(0);
      expect(reusedCount(rebuilt)).toBeLessThan(withCache.size);
    },
    BUILD_TIMEOUT_MS,
  );
});
