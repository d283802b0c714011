import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createGazetteer } from "../gazetteer/index.ts";
import type { Bulletin } from "../parser/model/index.ts";
import { tempDirs } from "../site-generator/testing/temp-dirs.ts";
import { viewsEmitter } from "../views/emit.ts";
import { outputHash } from "../site-generator/output/ledger.ts";
import { cachedEmit, EmitCache, emitKey, type EmittedFile } from "./emit-cache.ts";
import { keptFileDecodes } from "./kept-files.ts";
import { searchEmitter } from "../search/emit.ts";
import { sampleArchive } from "../search/testing/bulletins.ts";

const cacheDir = tempDirs("emit-cache-");
const VERSION = "0123456789abcdef";
const gazetteer = createGazetteer(null);
const search = (bulletins: Bulletin[]) => searchEmitter(bulletins, undefined, gazetteer, () => null);

/** The emitter behind a cache, counting the runs the cache did not answer. */
function counted(emit: (bulletins: Bulletin[]) => EmittedFile[], dir: string, name: string, version = VERSION) {
  let runs = 0;
  const cached = cachedEmit(dir, name, (bulletins) => (runs++, emit(bulletins)), version);
  return { emit: cached, runs: () => runs };
}

const asMap = (files: EmittedFile[]) => new Map(files.map((f) => [f.fileName, f.source]));
/** Names and texts, as a caller reads them. */
const texts = (files: EmittedFile[] | null) => files?.map((f) => ({ fileName: f.fileName, source: f.source })) ?? null;
/** Files whose hash is not their text's output hash (none should be), and those without one. */
const misHashed = (files: EmittedFile[]) => files.filter((f) => f.hash !== outputHash(f.source)).map((f) => f.fileName);

/** The archive with one bulletin changed by `edit` (a copy: the cache knows bulletins by their content, not their object). */
function edited(edit: (b: Bulletin) => void): Bulletin[] {
  const archive = sampleArchive();
  edit(archive[0]!);
  return archive;
}

describe("the search and views emitters' kept files", () => {
  it("gives a rebuild of the same bulletins the files of the build before, without running the emitter", () => {
    const dir = cacheDir();
    const first = counted(search, dir, "search");
    const built = first.emit(sampleArchive());
    const again = counted(search, dir, "search");
    expect(asMap(again.emit(sampleArchive()))).toEqual(asMap(built));
    expect(again.runs()).toBe(0);
  });

  it("runs the emitter again when a bulletin changed where search reads it: a quote, a name, a headline", () => {
    const edits: Array<(b: Bulletin) => void> = [
      (b) => void (b.articles[0]!.quotes[0]!.text += " and more"),
      (b) => void (b.people[0]!.name = "Someone Else Entirely"),
      (b) => void (b.articles[0]!.headline = "Another Headline"),
      (b) => void (b.places[0]!.lat = 10),
    ];
    for (const edit of edits) {
      const dir = cacheDir();
      const before = asMap(counted(search, dir, "search").emit(sampleArchive()));
      const changed = edited(edit);
      const rebuild = counted(search, dir, "search");
      // What a build with no cache makes of the changed archive, file for file: never the files kept from before.
      const after = asMap(rebuild.emit(changed));
      expect(after).toEqual(asMap(search(edited(edit))));
      expect(after).not.toEqual(before);
      expect(rebuild.runs()).toBe(1);
    }
  });

  it("keeps the files when only text the emitters do not read changed, and runs the views again when a figure's paragraph changed", () => {
    const withFigure = (b: Bulletin) => {
      const article = b.articles[0]!;
      const p = article.paragraphs[0]!;
      article.statistics.push({ id: "s1", value: 7, unit: "people", text: "7 people", paragraphId: p.id, start: 0, end: 1 } as Bulletin["articles"][number]["statistics"][number]);
    };
    const dir = cacheDir();
    const base = edited(withFigure);
    const before = asMap(counted(viewsEmitter, dir, "views").emit(base));
    // A sentence added to a paragraph with no figure, and the line numbers it moves.
    const bodyEdit = edited((b) => {
      withFigure(b);
      const last = b.articles[0]!.paragraphs.at(-1)!;
      last.text += " A sentence added later.";
      last.lines = { startLine: last.lines.startLine, endLine: last.lines.endLine + 1 };
    });
    const kept = counted(viewsEmitter, dir, "views");
    expect(asMap(kept.emit(bodyEdit))).toEqual(asMap(viewsEmitter(bodyEdit)));
    expect(kept.runs()).toBe(0);
    // The paragraph the figure stands in: its sentence is in the Numbers view.
    const figureEdit = edited((b) => {
      withFigure(b);
      b.articles[0]!.paragraphs[0]!.text = `Seven ${b.articles[0]!.paragraphs[0]!.text}`;
    });
    const rerun = counted(viewsEmitter, dir, "views");
    const after = asMap(rerun.emit(figureEdit));
    expect(after).toEqual(asMap(viewsEmitter(figureEdit)));
    expect(after).not.toEqual(before);
    expect(rerun.runs()).toBe(1);
  });

  it("runs the emitter again under another code version, and leaves only the current version's files", () => {
    const dir = cacheDir();
    counted(search, dir, "search", "aaaaaaaaaaaaaaaa").emit(sampleArchive());
    const other = counted(search, dir, "search", "bbbbbbbbbbbbbbbb");
    other.emit(sampleArchive());
    expect(other.runs()).toBe(1);
    expect(readdirSync(dir).every((n) => n.startsWith("search-bbbbbbbbbbbbbbbb."))).toBe(true);
  });

  it("keeps files over several parts, and computes afresh when a part was cut short or written under another key", () => {
    const dir = cacheDir();
    const files = Array.from({ length: 50 }, (_, i) => ({ fileName: `data/f${i}.json`, source: `{"n":${i},"text":"é ${"x".repeat(i)}"}` }));
    const cache = new EmitCache(dir, "search", VERSION, 200);
    cache.write("k", files);
    expect(readdirSync(dir).filter((n) => n.endsWith(".part")).length).toBeGreaterThan(3);
    expect(texts(new EmitCache(dir, "search", VERSION, 200).read("k"))).toEqual(files);
    expect(new EmitCache(dir, "search", VERSION, 200).read("another key")).toBeNull();
    // A part of the same size another build wrote under another key.
    const other = cacheDir();
    new EmitCache(other, "search", VERSION, 200).write("j", files);
    writeFileSync(path.join(dir, `search-${VERSION}.2.part`), readFileSync(path.join(other, `search-${VERSION}.2.part`)).toString().replace('"key":"j"', '"key":"k"'));
    expect(texts(new EmitCache(dir, "search", VERSION, 200).read("k"))).toEqual(files);
    writeFileSync(path.join(dir, `search-${VERSION}.2.part`), readFileSync(path.join(other, `search-${VERSION}.2.part`)));
    expect(new EmitCache(dir, "search", VERSION, 200).read("k")).toBeNull();
    new EmitCache(dir, "search", VERSION, 200).write("k", files);
    const part = path.join(dir, `search-${VERSION}.1.part`);
    writeFileSync(part, readFileSync(part, "utf8").slice(0, -3));
    expect(new EmitCache(dir, "search", VERSION, 200).read("k")).toBeNull();
  });

  it("after a patch, keeps what changed beside the parts, which stay as they were, and reads them back as one", () => {
    const dir = cacheDir();
    const files = Array.from({ length: 40 }, (_, i) => ({ fileName: `data/f${i}.json`, source: `{"n":${i},"text":"é ${"x".repeat(i)}"}` }));
    const cache = new EmitCache(dir, "search", VERSION, 200);
    cache.write("k", files);
    const parts = () => readdirSync(dir).filter((n) => n.endsWith(".part")).map((n) => [n, readFileSync(path.join(dir, n)).toString("base64")]);
    const written = parts();
    const reader = new EmitCache(dir, "search", VERSION, 200);
    const kept = reader.read("k")!;
    // One file changed, one gone, one new.
    const patched = [...kept.filter((f) => f.fileName !== "data/f3.json").map((f) => (f.fileName === "data/f7.json" ? { ...f, source: '{"n":"seven"}' } : f)), { fileName: "data/new.json", source: "{}" }];
    const given = reader.writeChanges("k2", kept, patched, []);
    expect(given).not.toBeNull();
    expect(misHashed(given!)).toEqual([]);
    // A file the patch left as it was is the object it was given.
    expect(given!.find((f) => f.fileName === "data/f1.json")).toBe(kept.find((f) => f.fileName === "data/f1.json"));
    expect(parts()).toEqual(written);
    expect(new EmitCache(dir, "search", VERSION, 200).read("k")).toBeNull();
    const again = new EmitCache(dir, "search", VERSION, 200);
    const read = again.read("k2")!;
    expect(asMap(read)).toEqual(asMap(patched));
    expect(misHashed(read)).toEqual([]);
    // A second patch on the first: the overlay holds both.
    const twice = read.map((f) => (f.fileName === "data/f9.json" ? { ...f, source: '{"n":"nine"}' } : f));
    expect(misHashed(again.writeChanges("k3", read, twice, [])!)).toEqual([]);
    const third = new EmitCache(dir, "search", VERSION, 200).read("k3")!;
    expect(asMap(third)).toEqual(asMap(twice));
    expect(misHashed(third)).toEqual([]);
    // Past its share of the parts, the overlay is not written: the caller writes the parts anew.
    const reread = new EmitCache(dir, "search", VERSION, 200);
    const all = reread.read("k3")!;
    expect(reread.writeChanges("k4", all, all.map((f) => ({ ...f, source: `${f.source} ` })), [])).toBeNull();
    expect(new EmitCache(dir, "search", VERSION, 200).read("k3")).not.toBeNull();
    reread.write("k4", all);
    expect(readdirSync(dir).some((n) => n.endsWith(".overlay"))).toBe(false);
    expect(asMap(new EmitCache(dir, "search", VERSION, 200).read("k4")!)).toEqual(asMap(twice));
  });

  it("after a full run over an archive grown by a bulletin, keeps what changed beside the parts, which stay as they were", () => {
    const dir = cacheDir();
    // One file per bulletin and one of them all: a bulletin added adds one file and changes one.
    const perBulletin = (bulletins: Bulletin[]): EmittedFile[] => [
      ...bulletins.map((b) => ({ fileName: `data/${b.id}.json`, source: JSON.stringify({ id: b.id, headline: b.articles[0]?.headline, padding: "x".repeat(400) }) })),
      { fileName: "data/all.json", source: JSON.stringify(bulletins.map((b) => b.id)) },
    ];
    // Twelve bulletins: what changes stays within the overlay's share of the parts.
    const archive = Array.from({ length: 12 }, (_, i) => ({ ...(sampleArchive()[i % 2] as Bulletin), id: `b-${i}` }));
    const first = counted(perBulletin, dir, "views");
    first.emit(archive.slice(1));
    const parts = () => readdirSync(dir).filter((n) => n.endsWith(".part")).map((n) => [n, readFileSync(path.join(dir, n)).toString("base64")]);
    const written = parts();
    const grown = counted(perBulletin, dir, "views");
    const files = grown.emit(archive);
    expect(grown.runs()).toBe(1);
    expect(asMap(files)).toEqual(asMap(perBulletin(archive)));
    expect(misHashed(files)).toEqual([]);
    expect(parts()).toEqual(written);
    expect(readdirSync(dir).some((n) => n.endsWith(".overlay"))).toBe(true);
    const again = counted(perBulletin, dir, "views");
    expect(asMap(again.emit(archive))).toEqual(asMap(perBulletin(archive)));
    expect(again.runs()).toBe(0);
  });

  it("gives back each file with its text's output hash, as written and as read, without decoding a text it is not asked for", () => {
    const dir = cacheDir();
    const files = Array.from({ length: 30 }, (_, i) => ({ fileName: `data/f${i}.json`, source: `{"n":${i},"text":"é ${"x".repeat(i)}"}` }));
    const written = new EmitCache(dir, "search", VERSION, 200).write("k", files);
    expect(misHashed(written)).toEqual([]);
    const decodes = keptFileDecodes();
    const read = new EmitCache(dir, "search", VERSION, 200).read("k")!;
    expect(read.map((f) => f.hash)).toEqual(written.map((f) => f.hash));
    expect(keptFileDecodes()).toBe(decodes);
    expect(read[3]!.source).toBe(files[3]!.source);
    expect(read[3]!.source).toBe(files[3]!.source);
    expect(keptFileDecodes()).toBe(decodes + 1);
    // A copy with other text does not carry the kept file's hash to it.
    expect({ ...read[4]!, source: "{}" }.hash).toBeUndefined();
    // Another build writing other files in its place meanwhile: what was read still reads as it was kept.
    new EmitCache(dir, "search", VERSION, 200).write("j", files.map((f) => ({ ...f, source: `${f.source}, written again` })));
    expect(texts(read)).toEqual(files);
    expect(misHashed(read)).toEqual([]);
    // A cold run through the cache: each file hashed as the ledger hashes it.
    const emitted = counted(search, cacheDir(), "search");
    expect(misHashed(emitted.emit(sampleArchive()))).toEqual([]);
  });

  it("does not read parts kept in the format before files carried their hash, and makes the files again", () => {
    const dir = cacheDir();
    const first = counted(search, dir, "search");
    const built = first.emit(sampleArchive());
    // Each part as the last format wrote it: its head with no format, and each file's name and length alone.
    for (const n of readdirSync(dir).filter((n) => n.endsWith(".part"))) {
      const bytes = readFileSync(path.join(dir, n));
      const newline = bytes.indexOf(0x0a);
      const head = JSON.parse(bytes.toString("utf8", 0, newline)) as { key: string; files: Array<[string, number, string]> };
      const old = JSON.stringify({ key: head.key, files: head.files.map(([name, length]) => [name, length]) });
      writeFileSync(path.join(dir, n), Buffer.concat([Buffer.from(`${old}\n`), bytes.subarray(newline + 1)]));
    }
    const again = counted(search, dir, "search");
    const rebuilt = again.emit(sampleArchive());
    expect(again.runs()).toBe(1);
    expect(asMap(rebuilt)).toEqual(asMap(built));
    expect(misHashed(rebuilt)).toEqual([]);
    // Made again in the current format: the next build reads them.
    const third = counted(search, dir, "search");
    expect(asMap(third.emit(sampleArchive()))).toEqual(asMap(built));
    expect(third.runs()).toBe(0);
  });

  it("takes a bulletin's input from the last build when its source text is the same, and reads it again when the text changed", () => {
    const dir = cacheDir();
    const hashes = (archive: Bulletin[], changedId?: string) => ({ sourceHashes: new Map(archive.map((b) => [b.id, b.id === changedId ? "new-text" : `text-of-${b.id}`])) });
    const first = counted(search, dir, "search");
    const before = asMap(first.emit(sampleArchive(), hashes(sampleArchive())));
    expect(readdirSync(dir)).toContain(`inputs-${VERSION}.json`);
    const quoteEdit = (b: Bulletin) => void (b.articles[0]!.quotes[0]!.text += " and more");
    // The text it was parsed from changed: the bulletin is read again, and the emitter runs.
    const changed = edited(quoteEdit);
    const rerun = counted(search, dir, "search");
    const after = asMap(rerun.emit(changed, hashes(changed, changed[0]!.id)));
    expect(rerun.runs()).toBe(1);
    expect(after).toEqual(asMap(search(edited(quoteEdit))));
    expect(after).not.toEqual(before);
    // The same text as the last build (the bulletin is then the one parsed before, the parser being in the code's version): not read again.
    const same = counted(search, dir, "search");
    expect(asMap(same.emit(sampleArchive(), hashes(sampleArchive(), changed[0]!.id)))).toEqual(after);
    expect(same.runs()).toBe(0);
    // Under another code version nothing kept is taken.
    const otherVersion = counted(search, dir, "search", "cccccccccccccccc");
    otherVersion.emit(sampleArchive(), hashes(sampleArchive()));
    expect(otherVersion.runs()).toBe(1);
  });

  it("keys a run by every bulletin's input, in order", () => {
    const archive = sampleArchive();
    expect(emitKey(archive, VERSION)).toBe(emitKey(sampleArchive(), VERSION));
    expect(emitKey([...archive].reverse(), VERSION)).not.toBe(emitKey(archive, VERSION));
    expect(emitKey(archive.slice(1), VERSION)).not.toBe(emitKey(archive, VERSION));
  });
});

/**
 * The bulletin's parts `emitInput` leaves out must stay unread by the
 * emitters: a read of one of them added here would be served stale files
 * after an edit that changed only it.
 */
describe("what the emitters read of a bulletin", () => {
  const sources = ["src/search", "src/views"].flatMap((dir) =>
    readdirSync(path.resolve(import.meta.dirname, "../..", dir))
      .filter((n) => n.endsWith(".ts") && !n.endsWith(".test.ts"))
      .map((n) => ({ file: `${dir}/${n}`, text: readFileSync(path.resolve(import.meta.dirname, "../..", dir, n), "utf8") })),
  );

  it("leaves out nothing they read", () => {
    const reads = (pattern: RegExp) => sources.filter((s) => pattern.test(s.text)).map((s) => s.file);
    expect(reads(/\.(warnings|boilerplate|reportedSpeech)\b/)).toEqual([]);
    expect(reads(/\.lines\b/)).toEqual([]);
    // Paragraph text: only the Numbers view's sentence around a figure, whose paragraphs keep their text (made, or patched after an edit).
    expect(reads(/\.paragraphs\b/)).toEqual(["src/views/build.ts", "src/views/patch.ts"]);
    for (const file of ["src/views/build.ts", "src/views/patch.ts"]) expect(sources.find((s) => s.file === file)!.text).toMatch(/textOf\.get\(s\.paragraphId\)/);
  });
});
