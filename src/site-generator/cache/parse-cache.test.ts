import { mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Bulletin } from "../../parser/model/index.ts";
import { makeBulletin } from "../testing/bulletins.ts";
import { parseFile } from "../bulletin-store.ts";
import { contentKey, createParseCache, parseArchive } from "./index.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "parse-cache-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A parser whose output shows which text it saw, counting its calls. */
function fakeParser() {
  return vi.fn((text: string, { fileName }: { fileName: string }): Bulletin =>
    makeBulletin({ id: fileName.replace(/\.txt$/, ""), title: text.split("\n")[0] ?? null }),
  );
}

describe("parse cache", () => {
  it("parses a bulletin once and serves the same result on the next build", () => {
    const parse = fakeParser();
    const first = createParseCache({ dir, version: "v1", parse }).parseWithCache("a.txt", "TITLE A\nbody");
    // A new cache object stands for the next build process.
    const second = createParseCache({ dir, version: "v1", parse }).parseWithCache("a.txt", "TITLE A\nbody");
    expect(first.fromCache).toBe(false);
    expect(second.fromCache).toBe(true);
    expect(second.bulletin).toEqual(first.bulletin);
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it("re-parses only the bulletin whose text changed", () => {
    const parse = fakeParser();
    const cache = createParseCache({ dir, version: "v1", parse });
    cache.parseWithCache("a.txt", "A");
    cache.parseWithCache("b.txt", "B");
    parse.mockClear();
    expect(cache.parseWithCache("a.txt", "A").fromCache).toBe(true);
    const changed = cache.parseWithCache("b.txt", "B edited");
    expect(changed.fromCache).toBe(false);
    expect(changed.bulletin.title).toBe("B edited");
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it("keys on the file name too, since the parser derives the id from it", () => {
    const cache = createParseCache({ dir, version: "v1", parse: fakeParser() });
    cache.parseWithCache("a.txt", "same");
    const renamed = cache.parseWithCache("b.txt", "same");
    expect(renamed.fromCache).toBe(false);
    expect(renamed.bulletin.id).toBe("b");
  });

  it("starts cold after a parser change and drops the old version's entries", () => {
    const parse = fakeParser();
    createParseCache({ dir, version: "v1", parse }).parseWithCache("a.txt", "A");
    const next = createParseCache({ dir, version: "v2", parse }).parseWithCache("a.txt", "A");
    expect(next.fromCache).toBe(false);
    expect(readdirSync(dir)).toEqual(["v2"]);
  });

  it("re-parses when an entry was left half-written", () => {
    const parse = fakeParser();
    const cache = createParseCache({ dir, version: "v1", parse });
    writeFileSync(join(dir, "v1", `${contentKey("a.txt", "A")}.json`), '{"id": "a", "tit');
    const outcome = cache.parseWithCache("a.txt", "A");
    expect(outcome.fromCache).toBe(false);
    expect(outcome.bulletin.id).toBe("a");
  });

  it("does not cache a parse that threw", () => {
    const parse = vi.fn((): Bulletin => {
      throw new Error("no title line");
    });
    const cache = createParseCache({ dir, version: "v1", parse });
    expect(() => cache.parseWithCache("a.txt", "A")).toThrow("no title line");
    expect(existsSync(join(dir, "v1", `${contentKey("a.txt", "A")}.json`))).toBe(false);
  });

  it("keeps no parse that breaks the Bulletin schema: each build's check reports it again", () => {
    // A parse read back from the cache is not checked again (checked.ts), so the cache must never hold one that fails.
    const parse = vi.fn((): Bulletin => ({ ...makeBulletin({ id: "a" }), date: "last spring" }));
    for (const build of [1, 2]) {
      const cache = createParseCache({ dir, version: "v1", parse });
      const result = parseFile((text, { fileName }) => cache.parseWithCache(fileName, text).bulletin, "a.txt", "A");
      expect(result.ok, `build ${build}`).toBe(false);
      expect(result.ok ? "" : result.reason).toContain("does not match the Bulletin schema at date");
    }
    expect(parse).toHaveBeenCalledTimes(2);
    expect(readdirSync(join(dir, "v1"))).toEqual([]);
  });

  it("gives back a checked parse from the cache equal to the one it checked", () => {
    const parse = fakeParser();
    const first = createParseCache({ dir, version: "v1", parse });
    const parsed = parseFile((text, { fileName }) => first.parseWithCache(fileName, text).bulletin, "a.txt", "TITLE\nbody");
    const next = createParseCache({ dir, version: "v1", parse });
    const cached = parseFile((text, { fileName }) => next.parseWithCache(fileName, text).bulletin, "a.txt", "TITLE\nbody");
    expect(parse).toHaveBeenCalledTimes(1);
    expect(cached).toEqual(parsed);
  });

  it("refuses a version that would write outside the cache folder", () => {
    expect(() => createParseCache({ dir, version: "../x", parse: fakeParser() })).toThrow();
  });
});

describe("parseArchive", () => {
  it("keeps going past a bulletin that fails, and reports it at the end", () => {
    const parse = vi.fn((text: string, { fileName }: { fileName: string }): Bulletin => {
      if (text === "broken") throw new Error("unreadable header");
      return makeBulletin({ id: fileName.replace(/\.txt$/, "") });
    });
    const lines: string[] = [];
    const cache = createParseCache({ dir, version: "v1", parse });
    const { bulletins, summary } = parseArchive(
      [
        { fileName: "a.txt", text: "A" },
        { fileName: "b.txt", text: "broken" },
        { fileName: "c.txt", text: "C" },
      ],
      cache,
      (line) => lines.push(line),
    );
    expect(bulletins.map((b) => b.id)).toEqual(["a", "c"]);
    expect(summary.failures).toEqual([{ fileName: "b.txt", message: "unreadable header" }]);
    expect(lines).toContain("failures: 1");
    expect(lines).toContain("  b.txt: unreadable header");
  });
});

describe("withParseCache", () => {
  it("reports one build's pass with progress and a summary, then stays quiet for dev re-parses", async () => {
    const { withParseCache } = await import("./cached-parser.ts");
    process.env.BULLETINS_CACHE_DIR = dir;
    try {
      const lines: string[] = [];
      const parse = withParseCache(fakeParser(), { root: dir, total: 2, log: (l) => lines.push(l) });
      parse("A", { fileName: "a.txt" });
      parse("B", { fileName: "b.txt" });
      expect(lines[0]).toBe("bulletins: 1/2 parsed (0 from cache)");
      expect(lines).toContain("bulletins: 2/2 parsed (0 from cache)");
      expect(lines.some((l) => l.startsWith("bulletins: 2 of 2 parsed in"))).toBe(true);
      const count = lines.length;
      expect(parse("A2", { fileName: "a.txt" }).title).toBe("A2");
      expect(lines).toHaveLength(count);
      // The next build process finds both in the cache.
      const next: string[] = [];
      const again = withParseCache(fakeParser(), { root: dir, total: 2, log: (l) => next.push(l) });
      again("A", { fileName: "a.txt" });
      again("B", { fileName: "b.txt" });
      expect(next).toContain("bulletins: 2/2 parsed (2 from cache)");
    } finally {
      delete process.env.BULLETINS_CACHE_DIR;
    }
  });
});
