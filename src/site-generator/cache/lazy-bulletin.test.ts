/**
 * A lazy bulletin is its full parse to every reader: the same JSON, key for
 * key, whether read before or after its parts are loaded; it reads the
 * parse cache once, and only when a part its summary lacks is touched.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateArchive } from "../../../bench/synth/generate.ts";
import { parseBulletinOrThrow } from "../../parser/index.ts";
import type { Bulletin } from "../../parser/model/index.ts";
import { encodeEightBit } from "../../source-text/testing/encode.ts";
import type { ParseFn } from "../bulletin-store.ts";
import { cachedEntryFile } from "../dev/cached-entry.ts";
import { bulletinSummary, SUMMARY_EMPTIES_ARTICLE, SUMMARY_EMPTIES_BULLETIN } from "../dev/summary.ts";
import { readSource } from "../read-source.ts";
import { rcaBulletinText } from "../testing/bulletins.ts";
import { tempDirs } from "../testing/temp-dirs.ts";
import { withWarningFirst } from "./checked.ts";
import { lazyBulletin, lazyFromCache, summaryOfLazy } from "./lazy-bulletin.ts";
import { quoteCounts } from "../../emit-cache/quote-counts.ts";
import { contentKey, createParseCache } from "./parse-cache.ts";

const tempDir = tempDirs("lazy-bulletin-");

const SAMPLE = path.resolve(import.meta.dirname, "../../../bulletins/rca-565-part-2.txt");

/** The sample bulletin and a few generated ones, damaged as real archives are. */
function bulletins(): Bulletin[] {
  const sample = parseBulletinOrThrow(readFileSync(SAMPLE, "utf8"), { fileName: path.basename(SAMPLE) });
  return [sample, ...generateArchive(4, 16).map((g) => parseBulletinOrThrow(g.text, { fileName: g.fileName }))];
}

/** A lazy bulletin of `full`'s summary, and how many times it read `full` (a copy, as a cache read would give). */
function counted(full: Bulletin): { lazy: Bulletin; reads: () => number } {
  let reads = 0;
  const text = JSON.stringify(full);
  const lazy = lazyBulletin(bulletinSummary(full), () => {
    reads++;
    return JSON.parse(text) as Bulletin;
  });
  return { lazy, reads: () => reads };
}

describe("a lazy bulletin", () => {
  it("is its full parse in JSON, byte for byte, before and after it is loaded", () => {
    for (const full of bulletins()) {
      const expected = JSON.stringify(full);
      const { lazy, reads } = counted(full);
      expect(JSON.stringify(lazy), full.id).toBe(expected);
      expect(reads()).toBe(1);
      expect(JSON.stringify(lazy), full.id).toBe(expected);
      expect({ ...lazy, articles: lazy.articles.map((a) => ({ ...a })) }).toEqual(full);
      expect(reads()).toBe(1);
    }
  });

  it("reads nothing for what its summary holds, and reads its full parse once for any part it lacks", () => {
    const full = bulletins().find((b) => b.articles.some((a) => a.quotes.length > 0))!;
    const { lazy, reads } = counted(full);
    expect([lazy.id, lazy.date, lazy.title, lazy.warnings]).toEqual([full.id, full.date, full.title, full.warnings]);
    expect(lazy.articles.map((a) => [a.slug, a.headline, a.summary, a.authors])).toEqual(full.articles.map((a) => [a.slug, a.headline, a.summary, a.authors]));
    expect(Object.keys(lazy)).toEqual(Object.keys(full));
    expect(reads()).toBe(0);

    const withQuotes = full.articles.findIndex((a) => a.quotes.length > 0);
    expect(lazy.articles[withQuotes]!.quotes).toEqual(full.articles[withQuotes]!.quotes);
    expect(reads()).toBe(1);
    expect(lazy.people).toEqual(full.people);
    expect(lazy.articles.map((a) => a.paragraphs)).toEqual(full.articles.map((a) => a.paragraphs));
    expect(reads()).toBe(1);
  });

  it("counts its quotes from the counts kept beside its summary, reading nothing, and from its quotes once read", () => {
    const full = bulletins().find((b) => b.articles.some((a) => a.quotes.length > 0))!;
    const counts = full.articles.map((a) => a.quotes.length);
    let reads = 0;
    const lazy = lazyBulletin(bulletinSummary(full), () => (reads++, full), counts);
    expect(quoteCounts(lazy)).toEqual(counts);
    expect(reads).toBe(0);
    // Without kept counts (an older summary index): read in full.
    const older = counted(full);
    expect(quoteCounts(older.lazy)).toEqual(counts);
    expect(older.reads()).toBe(1);
  });

  it("keeps the summary it was made from as it was", () => {
    const [full] = bulletins();
    const summary = bulletinSummary(full!);
    const before = JSON.stringify(summary);
    const lazy = lazyBulletin(summary, () => full!);
    expect(JSON.stringify(lazy)).toBe(JSON.stringify(full));
    expect(summaryOfLazy(lazy)).toBe(summary);
    expect(JSON.stringify(summary)).toBe(before);
  });

  it("empties in its summary exactly the parts it reads on demand", () => {
    for (const full of bulletins()) {
      const summary = bulletinSummary(full);
      const differs = (a: object, b: object) => Object.keys(a).filter((k) => JSON.stringify(a[k as keyof typeof a]) !== JSON.stringify(b[k as keyof typeof b]));
      expect(differs(summary, full).every((k) => k === "articles" || (SUMMARY_EMPTIES_BULLETIN as readonly string[]).includes(k))).toBe(true);
      summary.articles.forEach((a, i) => {
        expect(differs(a, full.articles[i]!).every((k) => (SUMMARY_EMPTIES_ARTICLE as readonly string[]).includes(k))).toBe(true);
      });
    }
  });
});

describe("a lazy bulletin of the parse cache", () => {
  /** A bulletin file saved in Windows-1251 (its decoding warns), parsed into a parse cache as the build does. */
  function cachedCyrillic() {
    const dir = tempDir();
    const cache = { dir: path.join(dir, "cache"), version: "test" };
    const file = path.join(dir, "rca-702.txt");
    writeFileSync(file, encodeEightBit(rcaBulletinText(702, "«Работа стоит», — сказал Азиз Каримов, водитель."), "windows-1251"));
    const source = readSource(file);
    if (!source.ok || !source.warning) throw new Error("expected a decoding warning");
    const warning = source.warning;
    const parseCache = createParseCache({ ...cache, parse: parseBulletinOrThrow });
    // The build's parse: the cache's, with the decoding's warning added after it (bulletins-plugin.ts).
    let parsed = 0;
    const parse: ParseFn = (text, { fileName }) => {
      parsed++;
      return withWarningFirst(parseCache.parseWithCache(fileName, text).bulletin, warning);
    };
    const full = parse(source.text, { fileName: "rca-702.txt" });
    const key = contentKey("rca-702.txt", source.text);
    let reads = 0;
    const lazy = () => lazyFromCache(bulletinSummary(full), { cache, key, file, parse, onRead: () => reads++ });
    return { cache, key, file, full, lazy, reads: () => reads, parsed: () => parsed };
  }

  it("with a decoding warning, is the full parse with that warning, read from the cache's entry", () => {
    const { full, lazy, reads, parsed } = cachedCyrillic();
    expect(full.warnings[0]?.kind).toBe("encoding");
    const bulletin = lazy();
    expect(JSON.stringify(bulletin)).toBe(JSON.stringify(full));
    expect(reads()).toBe(1);
    expect(parsed()).toBe(1); // the first parse, not one more
  });

  it("parses its file again when the cache's entry is gone or unreadable", () => {
    const { cache, key, full, lazy, parsed } = cachedCyrillic();
    rmSync(cachedEntryFile(cache, key));
    expect(JSON.stringify(lazy())).toBe(JSON.stringify(full));
    expect(parsed()).toBe(2);
    writeFileSync(cachedEntryFile(cache, key), "{ half an entr");
    expect(JSON.stringify(lazy())).toBe(JSON.stringify(full));
  });

  it("throws, naming the file, when the entry is gone and the file's text is no longer the one read", () => {
    const { cache, key, file, lazy } = cachedCyrillic();
    const bulletin = lazy();
    rmSync(cachedEntryFile(cache, key));
    writeFileSync(file, rcaBulletinText(702, "Work has stopped altogether."));
    expect(() => bulletin.articles[0]!.quotes).toThrow(/rca-702\.txt changed during the build/);
    // Nor is half of it loaded: every part still throws.
    expect(() => bulletin.people).toThrow(/rca-702\.txt/);
  });
});
