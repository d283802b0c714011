/**
 * The search and views emitters' files kept between builds, for a rebuild
 * whose bulletins changed only where these emitters do not read. Both read
 * every bulletin of the archive (people and places are merged across it, the
 * search shards and the views' pieces cut over it), so they ran in full
 * after any edit: 28 s of a 10,000-bulletin rebuild after one sentence was
 * appended to one bulletin, for files that came out the same.
 *
 * What they read of a bulletin is its `emitInput`: the bulletin less what
 * neither emitter looks at (EMIT_INPUT_LEAVES_OUT), so that an edit to an
 * article's body text outside its quotes, names, places and figures, which
 * moves line numbers and may add a parser warning, leaves it as it was. The
 * files are kept under a key made of the emitter's code version and every
 * bulletin's input digest in order; a build whose key is the one kept
 * returns the kept files, any other computes them and keeps them.
 *
 * The code version hashes the source of every module these emitters run
 * (this folder, src/search, src/views, src/map, src/gazetteer with its data, the parser,
 * whose output the digests kept by source text stand for (`InputDigests`),
 * the site generator's file naming), the lock file (the atlas, the
 * GeoNames rows, d3-geo, Fuse) and Node's ICU (country names), so a change
 * to any of them never serves old files.
 *
 * On disk, per emitter: `<name>-<version>.<n>.part`, each a line of JSON
 * with the part's format, the key and its files' names, lengths in bytes and
 * output hashes, then their text one after another (no escaping to undo), and
 * `<name>-<version>.key`, written last: a
 * build killed while writing leaves no key, and the next one computes its
 * files afresh; a part that another build (a dev server beside a build)
 * wrote under another key is not read as this key's. The files read back
 * carry their hash, and their text is decoded when first read (kept-files.ts).
 */
import { createHash } from "node:crypto";
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import path from "node:path";
import { threadId } from "node:worker_threads";
import type { Bulletin } from "../parser/model/index.ts";
import { hashSources } from "../site-generator/cache/source-files.ts";
import { outputHash } from "../site-generator/output/ledger.ts";
import { inputDigestOf, wordsOnlyChanges, type InputDigest, type KeptInput } from "./emit-structure.ts";
import { byteLengthOf, KeptFile, OpenPart, sameText, withHash, type EmittedFile } from "./kept-files.ts";

export type { EmittedFile } from "./kept-files.ts";

/**
 * What `emitInput` leaves out of a bulletin, none of which src/search or
 * src/views reads (emit-cache.test.ts fails when one of them starts to):
 * - the text of every paragraph holding no figure (the Numbers view quotes a
 *   figure's sentence from its paragraph; quotes, names and places carry
 *   their own text and offsets);
 * - line numbers (`lines`), which every line added above moves;
 * - the parser's warnings, the boilerplate blocks, reported speech.
 */
export const EMIT_INPUT_LEAVES_OUT = ["paragraph text without a figure", "lines", "warnings", "boilerplate", "reportedSpeech"] as const;

const inputDigests = new WeakMap<Bulletin, InputDigest>();

/** Digests of what the search and views emitters read of `b` (see EMIT_INPUT_LEAVES_OUT), and of its structure (emit-structure.ts). */
export function emitDigests(b: Bulletin): InputDigest {
  let digest = inputDigests.get(b);
  if (digest === undefined) {
    digest = inputDigestOf(b);
    inputDigests.set(b, digest);
  }
  return digest;
}

/** A digest of what the search and views emitters read of `b` (see EMIT_INPUT_LEAVES_OUT). */
export function emitInputDigest(b: Bulletin): string {
  return emitDigests(b).input;
}

/** The bulletin as the emitters read it. */
export function emitInput(b: Bulletin): unknown {
  const { warnings: _w, boilerplate: _b, toc, newsBriefs, articles, ...rest } = b;
  return {
    ...rest,
    toc: toc.map(({ lines: _l, ...entry }) => entry),
    newsBriefs: newsBriefs.map(({ lines: _l, ...brief }) => brief),
    articles: articles.map(({ lines: _l, reportedSpeech: _r, paragraphs, ...article }) => {
      const withFigure = new Set(article.statistics.map((s) => s.paragraphId));
      return { ...article, paragraphs: paragraphs.map((p) => (withFigure.has(p.id) ? [p.id, p.text, p.incomplete] : [p.id, p.incomplete])) };
    }),
  };
}

const ROOT = path.resolve(import.meta.dirname, "../..");
/** Where the code these emitters run lives, relative to the project root. */
const CODE = ["src/emit-cache", "src/search", "src/views", "src/map", "src/gazetteer", "src/parser", "src/site-generator/data-paths.ts", "src/site-generator/hashed-file.ts", "src/site-generator/pieces.ts", "package-lock.json"];

let memoVersion: string | undefined;

/** A hash of the code and data the emitters' files come from (see the module's comment). */
export function emitCodeVersion(): string {
  if (memoVersion !== undefined) return memoVersion;
  const hash = createHash("sha256");
  hash.update(`${process.version}\0${process.versions.icu ?? ""}\0`);
  hashSources(hash, ROOT, CODE);
  memoVersion = hash.digest("hex").slice(0, 16);
  return memoVersion;
}

/** The key of a run over `bulletins`: the code's version and each bulletin's input, in order. */
export function emitKey(bulletins: readonly Bulletin[], version: string, digestOf: (b: Bulletin) => string = emitInputDigest): string {
  const hash = createHash("sha256").update(version);
  for (const b of bulletins) hash.update(digestOf(b));
  return hash.digest("hex");
}

/**
 * Each bulletin's input digest kept between builds by its source: a
 * bulletin parsed from the same file name and text (the build's content
 * hash) by the same parser (the parser's sources are in the code version)
 * is the same bulletin, and its digest need not be made again. Making them
 * all (a JSON text of most of every bulletin) was most of a rebuild's time
 * in these emitters once their files were kept.
 */
export class InputDigests {
  private readonly kept: Map<string, [sourceFile: string | null, sourceHash: string, digest: InputDigest]>;
  private changed = false;

  constructor(
    private readonly dir: string,
    private readonly version: string = emitCodeVersion(),
  ) {
    this.kept = new Map();
    try {
      for (const entry of JSON.parse(readFileSync(this.file(), "utf8")) as Array<[string, string | null, string, string, string]>) {
        this.kept.set(entry[0], [entry[1], entry[2], { input: entry[3], structure: entry[4] }]);
      }
    } catch {
      /* none yet, or unreadable: made afresh */
    }
  }

  /** `b`'s input digests; `sourceHash`: the content hash of the text it was parsed from, when known. */
  digest(b: Bulletin, sourceHash: string | undefined): InputDigest {
    if (sourceHash === undefined) return emitDigests(b);
    const kept = this.kept.get(b.id);
    if (kept && kept[0] === b.sourceFile && kept[1] === sourceHash) return kept[2];
    const digest = emitDigests(b);
    this.kept.set(b.id, [b.sourceFile, sourceHash, digest]);
    this.changed = true;
    return digest;
  }

  /** Writes the digests back when any was made, and removes other versions' files. */
  save(): void {
    if (!this.changed) return;
    mkdirSync(this.dir, { recursive: true });
    const temporary = `${this.file()}.${process.pid}-${threadId}.tmp`;
    writeFileSync(temporary, JSON.stringify([...this.kept].map(([id, [sourceFile, sourceHash, digest]]) => [id, sourceFile, sourceHash, digest.input, digest.structure])));
    renameSync(temporary, this.file());
    for (const n of readdirSync(this.dir)) {
      if (/^inputs-[0-9a-f]{16}\.json$/.test(n) && n !== path.basename(this.file())) rmSync(path.join(this.dir, n), { force: true });
    }
    this.changed = false;
  }

  private file(): string {
    return path.join(this.dir, `inputs-${this.version}.json`);
  }
}

/**
 * Bytes of files' text per part on disk (the search emitter's files at
 * 10,000 bulletins are half a gigabyte): a part's head, read and parsed
 * whole, stays a few megabytes.
 */
const PART_BYTES = 64 << 20;

export class EmitCache {
  /** What the last `read` found, for `writeChanges`. */
  private lastRead: { key: string; parts: number; base: string; baseBytes: number; overlay: Map<string, EmittedFile>; removed: Set<string> } | null = null;

  /** `dir`: where the files are kept; `name`: the emitter's; `version`: the code's (tests give their own). */
  constructor(
    private readonly dir: string,
    private readonly name: string,
    private readonly version: string = emitCodeVersion(),
    /** Tests give a small one, to see files kept over several parts. */
    private readonly partBytes: number = PART_BYTES,
  ) {}

  /** The key the kept files are under, and the bulletins they were made from; null when none are kept. */
  keptKey(): { key: string; inputs: readonly KeptInput[] } | null {
    try {
      const kept = JSON.parse(readFileSync(this.file("key"), "utf8")) as { key: string; inputs?: KeptInput[] };
      return { key: kept.key, inputs: kept.inputs ?? [] };
    } catch {
      return null;
    }
  }

  /** The files kept under `key`, each with its hash, or null when none are (or a part is not whole). */
  read(key: string): EmittedFile[] | null {
    this.lastRead = null;
    try {
      const kept = JSON.parse(readFileSync(this.file("key"), "utf8")) as KeyFile;
      if (kept.key !== key) return null;
      // Parts written under the key of the last full write, and what changed since in the overlay, under this key.
      const partsKey = kept.base ?? key;
      const files: EmittedFile[] = [];
      let baseBytes = 0;
      for (let part = 0; part < kept.parts; part++) {
        const read = readPart(this.file(`${part}.part`), partsKey);
        if (!read) return null;
        for (const f of read.files) files.push(f);
        baseBytes += read.bytes;
      }
      if (kept.base === undefined) {
        this.lastRead = { key, parts: kept.parts, base: key, baseBytes, overlay: new Map(), removed: new Set() };
        return files;
      }
      const overlay = readPart(this.file("overlay"), key);
      if (!overlay) return null;
      const changed = new Map<string, EmittedFile>(overlay.files.map((f) => [f.fileName, f]));
      const removed = new Set(overlay.removed);
      const merged: EmittedFile[] = [];
      const inBase = new Set<string>();
      for (const f of files) {
        inBase.add(f.fileName);
        if (removed.has(f.fileName)) continue;
        merged.push(changed.get(f.fileName) ?? f);
      }
      for (const f of overlay.files) if (!inBase.has(f.fileName)) merged.push(f);
      this.lastRead = { key, parts: kept.parts, base: partsKey, baseBytes, overlay: changed, removed };
      return merged;
    } catch {
      return null; // none yet, or unreadable: computed afresh
    }
  }

  /**
   * Keeps `files`, made from `kept` (the files `read` returned last), under
   * `key` by writing only what differs: the parts stay as they are, and an
   * overlay holds every file changed, added or removed since they were
   * written. Returns `files` each with its hash, a file of the same text as
   * the kept one being the kept one. Null, having written nothing, when
   * there is no such read or the overlay would be past OVERLAY_MAX_SHARE of
   * the parts: `write` then.
   */
  writeChanges(key: string, kept: readonly EmittedFile[], files: readonly EmittedFile[], inputs: readonly KeptInput[]): EmittedFile[] | null {
    const last = this.lastRead;
    if (!last) return null;
    const before = new Map(kept.map((f) => [f.fileName, f]));
    const now = new Map(files.map((f) => [f.fileName, f]));
    const overlay = new Map(last.overlay);
    const removed = new Set(last.removed);
    const given = new Map<EmittedFile, EmittedFile>();
    for (const [fileName, f] of now) {
      const was = before.get(fileName);
      // Hashed first: a kept file's hash is known, its text would be read from disk to compare.
      const hashed = withHash(f);
      if (was !== undefined && sameText(was, hashed)) {
        if (was !== f) given.set(f, was);
        continue;
      }
      if (hashed !== f) given.set(f, hashed);
      overlay.set(fileName, hashed);
      removed.delete(fileName);
    }
    for (const fileName of before.keys()) {
      if (now.has(fileName)) continue;
      overlay.delete(fileName);
      removed.add(fileName);
    }
    let bytes = 0;
    for (const f of overlay.values()) bytes += byteLengthOf(f);
    if (bytes > last.baseBytes * OVERLAY_MAX_SHARE) return null;
    mkdirSync(this.dir, { recursive: true });
    rmSync(this.file("key"), { force: true });
    writePart(this.file("overlay"), { key, removed: [...removed] }, [...overlay.values()]);
    this.writeKey({ key, parts: last.parts, inputs, base: last.base });
    return given.size === 0 ? [...files] : files.map((f) => given.get(f) ?? f);
  }

  private writeKey(kept: KeyFile): void {
    const keyTemporary = `${this.file("key")}.${process.pid}-${threadId}.tmp`;
    writeFileSync(keyTemporary, JSON.stringify(kept));
    renameSync(keyTemporary, this.file("key"));
  }

  /**
   * Keeps `files` under `key`, in place of what was kept, and removes what
   * other code versions kept. `inputs`: the bulletins they were made from,
   * for a later build to tell what changed since (emit-structure.ts).
   * Returns `files`, each with its hash.
   */
  write(key: string, files: readonly EmittedFile[], inputs: readonly KeptInput[] = []): EmittedFile[] {
    const hashed = files.map(withHash);
    mkdirSync(this.dir, { recursive: true });
    rmSync(this.file("key"), { force: true });
    let parts = 0;
    for (let from = 0; from < hashed.length || parts === 0; parts++) {
      let to = from;
      let bytes = 0;
      while (to < hashed.length) {
        const length = byteLengthOf(hashed[to] as EmittedFile);
        if (to > from && bytes + length > this.partBytes) break;
        bytes += length;
        to++;
      }
      writePart(this.file(`${parts}.part`), { key }, hashed.slice(from, to));
      from = to;
    }
    this.writeKey({ key, parts, inputs });
    // Other versions' files, and parts past this key's last; not a file another build is writing now.
    for (const n of readdirSync(this.dir)) {
      if (!n.startsWith(`${this.name}-`) || !/^[a-z]+-[0-9a-f]{16}\./.test(n)) continue;
      const current = n.startsWith(`${this.name}-${this.version}.`);
      // (The overlay, with no number, goes: these parts are the files.)
      if (current && (n.endsWith(".tmp") || n.endsWith(".key") || Number(n.split(".")[1]) < parts)) continue;
      rmSync(path.join(this.dir, n), { force: true });
    }
    return hashed;
  }

  private file(kind: string): string {
    return path.join(this.dir, `${this.name}-${this.version}.${kind}`);
  }
}

/** Files written to disk at a time. */
const WRITE_BATCH_FILES = 256;

/** What the key file says. */
interface KeyFile {
  key: string;
  parts: number;
  inputs?: readonly KeptInput[];
  /** The key the parts were written under, when an overlay holds what changed since (`writeChanges`). */
  base?: string;
}

/**
 * An overlay past this share of the parts' bytes is written as parts
 * anew: each rebuild after an edit adds to it, and a patch reads most of it.
 */
export const OVERLAY_MAX_SHARE = 0.25;

/**
 * The parts' format: a part of another (one kept before files carried their
 * hash, or under another hash than `outputHash` makes now) is not read, and
 * the files are made again.
 */
const PART_FORMAT = `2 ${outputHash("emit-cache part")}`;

/** A part's first line. */
interface PartHead {
  format: string;
  key: string;
  /** Each file's name, length in bytes and `outputHash`. */
  files: Array<[string, number, string]>;
  removed?: string[];
}

/** A part on disk: a line of JSON (`head`, with the files' names, lengths in bytes and hashes), then their text one after another. */
function writePart(fileName: string, head: { key: string; removed?: string[] }, files: readonly EmittedFile[]): void {
  const temporary = `${fileName}.${process.pid}-${threadId}.tmp`;
  const fd = openSync(temporary, "w");
  try {
    const hashed = files.map(withHash);
    const partHead: PartHead = { format: PART_FORMAT, ...head, files: hashed.map((f) => [f.fileName, byteLengthOf(f), f.hash as string]) };
    writeSync(fd, `${JSON.stringify(partHead)}\n`);
    // The text as it is, a few files at a time: not joined into one string of the whole part. Kept files as their bytes, not decoded.
    for (let i = 0; i < hashed.length; i += WRITE_BATCH_FILES) {
      const batch = hashed.slice(i, i + WRITE_BATCH_FILES);
      if (batch.some((f) => f instanceof KeptFile)) writeSync(fd, Buffer.concat(batch.map((f) => (f instanceof KeptFile ? f.bytes() : Buffer.from(f.source)))));
      else writeSync(fd, batch.map((f) => f.source).join(""));
    }
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, fileName);
}

/** Bytes read at a time while looking for the end of a part's head (a few megabytes at 10,000 bulletins). */
const HEAD_READ_BYTES = 1 << 20;

/**
 * A part's files, its text's length in bytes, or null when it was written in
 * another format, under another key than `key`, or cut short. Only its head
 * is read: each file's text is read when asked for (kept-files.ts `OpenPart`).
 */
function readPart(fileName: string, key: string): { files: KeptFile[]; bytes: number; removed: string[] } | null {
  const fd = openSync(fileName, "r");
  let open = false;
  try {
    const size = fstatSync(fd).size;
    const chunks: Buffer[] = [];
    let read = 0;
    let newline = -1;
    while (newline < 0) {
      const chunk = Buffer.allocUnsafe(HEAD_READ_BYTES);
      const n = readSync(fd, chunk, 0, chunk.length, read);
      if (n === 0) return null;
      const at = chunk.subarray(0, n).indexOf(0x0a);
      if (at >= 0) newline = read + at;
      chunks.push(chunk.subarray(0, n));
      read += n;
    }
    const head = JSON.parse(Buffer.concat(chunks).toString("utf8", 0, newline)) as Partial<PartHead>;
    // A part another build wrote meanwhile, under another key, is not this key's.
    if (head.format !== PART_FORMAT || head.key !== key || !Array.isArray(head.files)) return null;
    let bytes = 0;
    for (const [, length] of head.files) bytes += length;
    if (newline + 1 + bytes !== size) return null;
    // Closed once none of its files is left (not before: its number may be another file's by then).
    const part = new OpenPart(fd);
    open = true;
    const files: KeptFile[] = [];
    let at = newline + 1;
    for (const [name, length, hash] of head.files) {
      files.push(new KeptFile(name, hash, part, at, at + length));
      at += length;
    }
    return { files, bytes, removed: head.removed ?? [] };
  } finally {
    if (!open) closeSync(fd);
  }
}

/** What the build tells an emitter beside the bulletins (src/site-generator/emitters.ts, EmitContext). */
export interface EmitSources {
  /** Bulletin id → content hash of its source text. */
  sourceHashes: ReadonlyMap<string, string>;
}

/**
 * Makes an emitter's files of `bulletins` from those it made of an archive
 * of the same structure (emit-structure.ts) in which only the bulletins
 * `changed` had other words; null when it cannot (the emitter then runs in
 * full). Its files must be those the emitter would make, byte for byte.
 */
export type EmitPatch = (kept: readonly EmittedFile[], bulletins: readonly Bulletin[], changed: ReadonlySet<string>) => EmittedFile[] | null;

/**
 * Bulletins whose words changed that a patch is tried for: an edit touches
 * one or a few; past this many, an import or a parser change, the full run
 * is the likelier one to be quick.
 */
export const MAX_PATCHED_BULLETINS = 16;

/**
 * `emit`, its files kept in `dir` under `name` between builds: a run over
 * bulletins whose inputs (`emitInput`) are those of the run that kept them
 * returns the kept files; with `patch`, a run over bulletins of which a few
 * had only their words changed (`wordsOnlyChanges`) makes its files from the
 * kept ones. Either way, when files were kept before, only those that differ
 * from them are written (`writeChanges`). The files it returns carry their
 * hash once kept; those read from the kept ones and not patched are decoded
 * only when read.
 */
export function cachedEmit(
  dir: string,
  name: string,
  emit: (bulletins: Bulletin[]) => EmittedFile[],
  version?: string,
  patch?: EmitPatch,
): (bulletins: Bulletin[], context?: EmitSources) => EmittedFile[] {
  return (bulletins, context) => {
    const cache = new EmitCache(dir, name, version);
    const digests = new InputDigests(dir, version);
    const inputs = bulletins.map((b): KeptInput => {
      const d = digests.digest(b, context?.sourceHashes.get(b.id));
      return [b.id, d.input, d.structure];
    });
    const key = emitKey(bulletins, version ?? emitCodeVersion(), (b) => digests.digest(b, context?.sourceHashes.get(b.id)).input);
    try {
      digests.save();
    } catch {
      // Not kept: the next build makes them again.
    }
    const last = cache.keptKey();
    if (last?.key === key) {
      const kept = cache.read(key);
      if (kept) return kept;
    }
    let files: EmittedFile[] | null = null;
    let kept: EmittedFile[] | null = null;
    const changed = patch && last ? wordsOnlyChanges(last.inputs, inputs) : null;
    if (patch && last && changed && changed.size > 0 && changed.size <= MAX_PATCHED_BULLETINS) {
      kept = cache.read(last.key);
      try {
        if (kept) files = patch(kept, bulletins, changed);
      } catch {
        files = null; // whatever went wrong, the full run makes the files
      }
    }
    if (files && kept) {
      try {
        const written = cache.writeChanges(key, kept, files, inputs);
        if (written) return written;
      } catch {
        // Written in full below.
      }
    }
    if (!files) {
      files = emit(bulletins);
      // Most of a full run's files are those the last run kept (a bulletin added changes a few thousand of
      // a hundred thousand): those that differ are written beside the kept ones, as after a patch.
      try {
        kept ??= last ? cache.read(last.key) : null;
        const written = kept ? cache.writeChanges(key, kept, files, inputs) : null;
        if (written) return written;
      } catch {
        // Written in full below.
      }
    }
    try {
      return cache.write(key, files, inputs);
    } catch {
      // Not kept (a full disk, a folder not ours): the next build computes them again.
    }
    return files;
  };
}
