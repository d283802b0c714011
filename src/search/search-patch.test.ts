/**
 * A rebuild after a quote's words were edited patches the search and views
 * files kept from the build before (search-patch.ts, src/views/patch.ts):
 * what it returns must be what the emitters make of the edited archive with
 * no cache, file for file and byte for byte.
 */
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateArchive } from "../../bench/synth/generate.ts";
import { createGazetteer } from "../gazetteer/index.ts";
import type { Bulletin } from "../parser/model/index.ts";
import { parseBulletin } from "../parser/index.ts";
import { tempDirs } from "../site-generator/testing/temp-dirs.ts";
import { viewsEmitter } from "../views/emit.ts";
import { patchViewsFiles } from "../views/patch.ts";
import { cachedEmit, emitDigests, type EmitPatch, type EmittedFile } from "../emit-cache/emit-cache.ts";
import { keptFileDecodes } from "../emit-cache/kept-files.ts";
import { runEmitters } from "../site-generator/emitters.ts";
import { outputHash } from "../site-generator/output/ledger.ts";
import { searchEmitter } from "./emit.ts";
import { fold } from "./fold.ts";
import { patchSearchFiles } from "./search-patch.ts";
import { buildSearchArchive } from "./archive.ts";
import { contentHash, linesHash } from "./content-hash.ts";
import { buildShardFiles, MANIFEST_FILE, type ShardContent, type ShardManifest } from "./shards.ts";

const cacheDir = tempDirs("emit-patch-");
const VERSION = "0123456789abcdef";
const gazetteer = createGazetteer(null);
const search = (bulletins: Bulletin[]) => searchEmitter(bulletins, undefined, gazetteer, () => null);

/** Enough made-up bulletins that common words list only their first records and the largest shards are split. */
const BULLETINS = 120;
const SEED = 11;
const sources = generateArchive(BULLETINS, SEED, { damage: false }).map((g) => ({ fileName: `${g.fileName}.txt`, text: g.text }));

const parsed = new Map<string, Bulletin>();

/** The archive parsed from its sources, the one of `fileName` from `text` instead (new objects each time, as a rebuild parses them). */
function archive(edit?: { fileName: string; text: string }): Bulletin[] {
  return sources.map((s) => {
    const text = s.fileName === edit?.fileName ? edit.text : s.text;
    let b = parsed.get(text);
    if (!b) parsed.set(text, (b = parseBulletin(text, { fileName: s.fileName })));
    return structuredClone(b);
  });
}

const emitters: Array<{ name: string; emit: (bulletins: Bulletin[]) => EmittedFile[]; patch: EmitPatch }> = [
  { name: "search", emit: search, patch: patchSearchFiles },
  { name: "views", emit: viewsEmitter, patch: patchViewsFiles },
];

const asMap = (files: readonly EmittedFile[]) => new Map(files.map((f) => [f.fileName, f.source]));
/** Files whose hash is not their text's output hash, or who have none: none should be, once kept. */
const misHashed = (files: readonly EmittedFile[]) => files.filter((f) => f.hash !== outputHash(f.source)).map((f) => f.fileName);

/** Builds `base`, then `edited`, with the emitter's files kept between; returns what the rebuild gave and how often the emitter ran for it. */
function rebuild(name: string, emit: (bulletins: Bulletin[]) => EmittedFile[], patch: EmitPatch, edited: Bulletin[], base = archive()) {
  const dir = cacheDir();
  let runs = 0;
  const cached = () => cachedEmit(dir, name, (bulletins) => (runs++, emit(bulletins)), VERSION, patch);
  const before = asMap(cached()(base));
  runs = 0;
  const after = asMap(cached()(edited));
  return { before, after, runs };
}

/**
 * The first bulletin (from the second on) whose source `edit` changes so
 * that one of its quotes, and nothing but quotes, reads `expected`; its source so edited.
 */
function editedSource(edit: (text: string) => string, expected: RegExp): { fileName: string; text: string } {
  const bulletins = archive();
  for (let i = 1; i < sources.length; i++) {
    const source = sources[i]!;
    const text = edit(source.text);
    if (text === source.text) continue;
    const after = archive({ fileName: source.fileName, text })[i]!;
    // An edit that also moved a paragraph or a name is not the one wanted here.
    if (emitDigests(after).structure !== emitDigests(bulletins[i]!).structure) continue;
    if (!after.articles.some((a) => a.quotes.some((q) => expected.test(q.text)))) continue;
    return { fileName: source.fileName, text };
  }
  throw new Error("no quote to edit");
}

/** A quote's edit reads a few of the search files (its records' chunks, their words' shards, its speaker's and places' pages): 1,360 of 6,538 here. */
const DECODED_SHARE_AT_MOST = 4;

describe("patching the kept search and views files after a quote's words changed", () => {
  it("has an archive with words so common that a shard lists only their first records", () => {
    const files = asMap(search(archive()));
    const shards = [...files].filter(([f]) => f.includes("/w-")).map(([, source]) => JSON.parse(source) as ShardContent);
    expect(shards.some((shard) => (shard.quote ?? []).some(([, df, positions]) => df > positions.length))).toBe(true);
  });

  // (a) Words added to a quote, as the build benchmark does (bench/web.ts, `QUOTE_EDIT`).
  const added = editedSource((text) => text.replace(/^([ \t]*)"(?=[A-Z][a-z])/m, '$1"As the benchmark would have it, '), /As the benchmark would have it/);
  // (b) A word only one quote has, in the build before, and in its place one the archive never had.
  const withWord = (word: string) => editedSource((text) => text.replace(/^([ \t]*)"(?=[A-Z][a-z])/m, `$1"Quite ${word}, `), new RegExp(word));
  const [oneWord, otherWord] = ["quixotically", "zanzibarish"];
  // (d) "the" taken out of a quote: a word so common that its shard lists only its first records.
  const commonGone = editedSource((text) => text.replace(/^([ \t]*"[A-Z][^"\n]*?)\bthe /m, "$1"), /./);

  it("search: patches shards split by one more letter, and split no more, as the emitter splits them", () => {
    // Shards split past this at 120 bulletins; at the build's SHARD_SPLIT_BYTES only at thousands.
    const SPLIT_BYTES = 4096;
    const shardFiles = (bulletins: Bulletin[]) => {
      const { records } = buildSearchArchive(bulletins, gazetteer, { wholeIndex: false });
      return asMap(buildShardFiles(records, contentHash, { splitBytes: SPLIT_BYTES, hashLines: linesHash }).files);
    };
    const manifest = (files: Map<string, string>) => JSON.parse(files.get(MANIFEST_FILE)!) as ShardManifest;
    const cases: Array<[Bulletin[], Bulletin[]]> = [
      [archive(), archive(added)],
      [archive(added), archive()],
      [archive(withWord(otherWord)), archive(withWord(oneWord))],
    ];
    for (const [base, edited] of cases) {
      const kept = shardFiles(base);
      expect(manifest(kept).split.length).toBeGreaterThan(0);
      const changed = new Set(edited.filter((b, i) => emitDigests(b).input !== emitDigests(base[i]!).input).map((b) => b.id));
      const patched = patchSearchFiles([...kept].map(([fileName, source]) => ({ fileName, source })), edited, changed, SPLIT_BYTES);
      expect(patched).not.toBeNull();
      expect(asMap(patched!)).toEqual(shardFiles(edited));
    }
  });

  for (const { name, emit, patch } of emitters) {
    it(`${name}: words added to a quote give what a clean build gives, without running the emitter`, () => {
      const edited = archive(added);
      const { before, after, runs } = rebuild(name, emit, patch, edited);
      expect(runs).toBe(0);
      expect(after).toEqual(asMap(emit(archive(added))));
      expect(after).not.toEqual(before);
    });

    it(`${name}: a word gone from the archive and a new one give what a clean build gives, without running the emitter`, () => {
      const { before, after, runs } = rebuild(name, emit, patch, archive(withWord(otherWord)), archive(withWord(oneWord)));
      expect(runs).toBe(0);
      expect(after).toEqual(asMap(emit(archive(withWord(otherWord)))));
      expect(after).not.toEqual(before);
      if (name === "search") {
        const shardText = (files: Map<string, string>) => [...files].filter(([f]) => f.includes("/w-")).map(([, s]) => s).join("\n");
        expect(shardText(before)).toContain(`"${fold(oneWord)}"`);
        expect(shardText(after)).not.toContain(`"${fold(oneWord)}"`);
        expect(shardText(after)).toContain(`"${fold(otherWord)}"`);
      }
    });

    it(`${name}: common words taken out of a quote give what a clean build gives, without running the emitter`, () => {
      const once = rebuild(name, emit, patch, archive(commonGone));
      expect(once.runs).toBe(0);
      expect(once.after).toEqual(asMap(emit(archive(commonGone))));
      // The benchmark's words taken out again: "the", "it", "would"… from a quote among the first records of each.
      const undone = rebuild(name, emit, patch, archive(), archive(added));
      expect(undone.runs).toBe(0);
      expect(undone.after).toEqual(asMap(emit(archive())));
    });

    it(`${name}: a build after the patched one reads its files back, and a second edit patches them again`, () => {
      const dir = cacheDir();
      let runs = 0;
      const cached = () => cachedEmit(dir, name, (bulletins) => (runs++, emit(bulletins)), VERSION, patch);
      expect(misHashed(cached()(archive()))).toEqual([]);
      runs = 0;
      expect(misHashed(cached()(archive(withWord(otherWord))))).toEqual([]);
      const read = cached()(archive(withWord(otherWord)));
      expect(asMap(read)).toEqual(asMap(emit(archive(withWord(otherWord)))));
      expect(misHashed(read)).toEqual([]);
      const twice = cached()(archive(withWord(oneWord)));
      expect(asMap(twice)).toEqual(asMap(emit(archive(withWord(oneWord)))));
      expect(misHashed(twice)).toEqual([]);
      expect(runs).toBe(0);
      // Search's files kept as what changed beside the first build's parts (the views' quotes are most of their files: written anew).
      if (name === "search") expect(readdirSync(dir).some((n) => n.endsWith(".overlay"))).toBe(true);
    });

    it(`${name}: a rebuild into a folder holding the last build's files decodes only the kept files its patch reads, and a rebuild of the same archive none`, () => {
      const dir = cacheDir();
      const cached = () => cachedEmit(dir, name, emit, VERSION, patch);
      // The output folder as the last build left it: each file's hash, as the output ledger records them.
      const holds = new Map(cached()(archive()).map((f) => [f.fileName, outputHash(f.source)]));
      const build = (bulletins: Bulletin[]) => {
        const before = keptFileDecodes();
        const toWrite = runEmitters([cached()], bulletins, (message) => expect.fail(message), undefined, (fileName, f) => holds.get(fileName) === (f.hash ?? outputHash(f.source)));
        return { toWrite, decodes: keptFileDecodes() - before };
      };
      const edited = build(archive(added));
      const clean = asMap(emit(archive(added)));
      // What it would write: the files a clean build makes that the folder does not hold as they are.
      expect(edited.toWrite).toEqual(new Map([...clean].filter(([f, source]) => holds.get(f) !== outputHash(source))));
      expect(edited.toWrite.size).toBeGreaterThan(0);
      expect(edited.decodes).toBeGreaterThan(0);
      // (The views at this size are 8 files, of which a quote's edit reads the head, the places and the quotes' pieces.)
      expect(edited.decodes).toBeLessThan(name === "search" ? clean.size / DECODED_SHARE_AT_MOST : clean.size);
      for (const [f, source] of clean) holds.set(f, outputHash(source));
      const same = build(archive(added));
      expect(same.toWrite.size).toBe(0);
      expect(same.decodes).toBe(0);
    });

    it(`${name}: a quote removed or added runs the emitter, and gives what a clean build gives`, () => {
      const removed = archive();
      const article = removed[1]!.articles.find((a) => a.quotes.length > 1)!;
      article.quotes.pop();
      const fewer = rebuild(name, emit, patch, removed);
      expect(fewer.runs).toBe(1);
      expect(fewer.after).toEqual(asMap(emit(removed)));
      const more = archive();
      const a = more[2]!.articles.find((x) => x.quotes.length > 0)!;
      a.quotes.push({ ...a.quotes[0]!, id: "q99" });
      const extra = rebuild(name, emit, patch, more);
      expect(extra.runs).toBe(1);
      expect(extra.after).toEqual(asMap(emit(more)));
    });
  }
});
