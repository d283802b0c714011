/**
 * What the last build left in the output folder, so that the next one writes
 * only the files whose content changed and removes those it no longer makes.
 * At 1,000 bulletins a build makes 58,000 files (data and pages), of which a
 * rebuild after one bulletin changed alters a few dozen: emptying dist/ and
 * writing them all again cost more than rendering the changed pages.
 *
 * Each file is recorded with the writer that made it (`data`, `pages`, the
 * bundler's `bundle`, the copied `public` folder), a hash of its content, and
 * its size and modification time once written. A file is left alone when its
 * new content has the recorded hash and the file on disk still has the
 * recorded size and time (so a file edited or deleted by hand is written
 * again). When a writer is done, the files it made last time and not this
 * time are removed, before anything reads the folder (the prerender reads
 * the data files, the service worker's precache lists the assets).
 *
 * The ledger is kept outside the output folder (it is not to be published),
 * one per output folder. Without one (first build, or a folder emptied by
 * `--emptyOutDir`), every file is written.
 *
 * It is also what decides which files are gone: the last build's files that
 * this one did not make. The folder is not walked for that (729,000 files at
 * 10,000 bulletins, 43 s). Only when the last build did not finish (a marker
 * beside the ledger, written as a build begins and removed once its ledger is
 * saved) can the folder hold files no ledger knows, and then it is walked.
 *
 * At 10,000 bulletins a ledger holds 729,000 files: it is one line per file
 * (name, writer, hash, size, time), and in memory one string per file, the
 * same string carried from the last build's record to this one's when the
 * file is unchanged. As one JSON object, parsed into an object per file, it
 * was hundreds of megabytes of heap twice over.
 *
 * Whether a file is as the last build left it takes a stat of it: 88,500
 * data files and 152,000 pages at 2,500 bulletins, 15-20 µs each on the
 * shared machine, on the build's own thread while it was busy emitting and
 * rendering. `checkAhead` stats them all in a worker thread from the build's
 * start (ledger-check-worker.ts), while the build reads its bulletins; a
 * file it has found as recorded is not statted again.
 */
import { createHash } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { Worker } from "node:worker_threads";

/** The first line of a ledger; bumped when its shape changes: a ledger of another format is ignored (everything is written). */
const FORMAT_LINE = "bulletin-reader output ledger 2";
/** Lines written at once when saving: the record is never one string of the whole ledger (100 MB at 10,000 bulletins). */
const LINES_PER_WRITE = 10_000;


/** What the ledger keeps of a file as it was written (`stat`'s fields of the same names). */
export interface WrittenStat {
  size: number;
  mtimeMs: number;
}
export interface LedgerEntry {
  writer: string;
  hash: string;
  size: number;
  mtimeMs: number;
}

/** An entry as it is held: `writer\thash\tsize\tmtimeMs`, one string (file names and hashes hold no tab). */
type Packed = string;

const pack = (e: LedgerEntry): Packed => `${e.writer}\t${e.hash}\t${e.size}\t${e.mtimeMs}`;

function unpack(packed: Packed): LedgerEntry {
  const [writer = "", hash = "", size = "", mtimeMs = ""] = packed.split("\t");
  return { writer, hash, size: Number(size), mtimeMs: Number(mtimeMs) };
}

const TAB = "\t".charCodeAt(0);

const writerOf = (packed: Packed) => packed.slice(0, packed.indexOf("\t"));

/** `checkAhead`'s verdict on an entry, by its place in the record (a byte in shared memory). */
export const NOT_YET = 0;
export const AS_RECORDED = 1;
export const NOT_AS_RECORDED = 2;

/** Whether a stat of a file shows it as its record says it was written. */
export function asRecorded(packed: Packed, now: { isFile(): boolean; size: number; mtimeMs: number } | undefined): boolean {
  if (!now?.isFile()) return false;
  const before = unpack(packed);
  return now.size === before.size && now.mtimeMs === before.mtimeMs;
}

/** Content hash of a file's bytes as written (UTF-8 for strings). */
export function outputHash(source: string | Uint8Array): string {
  return createHash("sha1").update(source).digest("base64url");
}

/** The ledger's file for an output folder: one per folder, named by its absolute path. */
export function ledgerPath(cacheDir: string, outDir: string): string {
  const key = createHash("sha256").update(path.resolve(outDir)).digest("hex").slice(0, 16);
  return path.join(cacheDir, `${key}.ledger`);
}

/** The marker of a build under way into the ledger's folder: left behind, it says the last build did not finish. */
export function buildingMarker(ledgerFile: string): string {
  return `${ledgerFile}.building`;
}

/**
 * The last build's record as read: each file's place in it (as
 * `checkAhead`'s worker counts entries, its verdicts' index) and, by place,
 * its entry. One map, not one of entries and another of places: at 10,000
 * bulletins (730,000 files) the second map was 0.5–0.8 s of every rebuild.
 * The verdicts are one per entry read: counted per file, as they were, a
 * record naming a file twice left its later place past their end.
 */
class PreviousRecord {
  private readonly places = new Map<string, number>();
  private readonly packed: Packed[] = [];

  /** The next entry of the record; a name twice (a damaged record) is its later entry. */
  add(fileName: string, packed: Packed): void {
    this.places.set(fileName, this.packed.length);
    this.packed.push(packed);
  }

  get(fileName: string): Packed | undefined {
    const place = this.places.get(fileName);
    return place === undefined ? undefined : this.packed[place];
  }

  place(fileName: string): number | undefined {
    return this.places.get(fileName);
  }

  delete(fileName: string): void {
    this.places.delete(fileName);
  }

  clear(): void {
    this.places.clear();
  }

  /** Files on record. */
  get size(): number {
    return this.places.size;
  }

  /** Entries read, each with its place: as many as `checkAhead`'s worker gives verdicts. */
  get entryCount(): number {
    return this.packed.length;
  }

  forEach(each: (fileName: string, packed: Packed) => void): void {
    for (const [fileName, place] of this.places) each(fileName, this.packed[place]!);
  }
}

export interface WriterTotals {
  written: number;
  unchanged: number;
  removed: number;
}

export class OutputLedger {
  /** This build's files, as they are found once written. */
  private readonly current = new Map<string, Packed>();
  private readonly totals: WriterTotals = { written: 0, unchanged: 0, removed: 0 };
  /** Files removed in this build, for the folders they leave empty. */
  private readonly removedNames: string[] = [];
  private recorded: boolean;
  /** `checkAhead`'s verdicts, by the entry's place in `previous`; none until it starts. */
  private verdicts: Uint8Array | null = null;
  private checker: Worker | null = null;
  private checked: Promise<void> = Promise.resolve();

  private constructor(
    readonly outDir: string,
    private readonly file: string,
    private readonly previous: PreviousRecord,
    /** The record as read, for `checkAhead`; let go once it has started. */
    private recordText: string | null,
    /** The last build into the folder began and never saved its record: the folder may hold files no ledger knows. */
    readonly interrupted: boolean,
  ) {
    this.recorded = previous.size > 0;
  }

  /** The ledger of `outDir`'s last build (empty when there is none, or it is unreadable). */
  static open(file: string, outDir: string): OutputLedger {
    const resolved = path.resolve(outDir);
    const { entries, text } = readPrevious(file, resolved);
    return new OutputLedger(resolved, file, entries, text, existsSync(buildingMarker(file)));
  }

  /**
   * Starts statting every file of the last build in a worker thread
   * (ledger-check-worker.ts): `holds` then needs no stat of a file found as
   * recorded. A worker that fails to start or dies leaves the stats to
   * `holds`, as without it.
   */
  checkAhead(): void {
    const text = this.recordText;
    this.recordText = null;
    if (text === null || this.previous.size === 0 || this.checker) return;
    const verdicts = new Uint8Array(new SharedArrayBuffer(this.previous.entryCount));
    try {
      const entry = new URL("./ledger-check-worker.ts", import.meta.url).href;
      const worker = new Worker(new URL("../worker-boot.mjs", import.meta.url), { workerData: { entry, text, outDir: this.outDir, verdicts } });
      worker.unref();
      this.checker = worker;
      this.verdicts = verdicts;
      this.checked = new Promise<void>((resolve) => {
        worker.once("exit", () => resolve());
        worker.once("error", () => resolve());
      });
    } catch {
      // stats on the build's thread, as without it
    }
  }

  /** Resolves when `checkAhead`'s worker is done (or there is none). */
  checkedAhead(): Promise<void> {
    return this.checked;
  }

  private stopChecking(): void {
    void this.checker?.terminate();
    this.checker = null;
    this.verdicts = null;
  }

  /** Marks a build as begun: until `save`, a build that stops part way is known to the next as unfinished. */
  begin(): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileSync(buildingMarker(this.file), this.outDir);
  }

  private abandonedBy: string | null = null;

  /**
   * Marks this build's output as incomplete: `writer` failed part way (the
   * prerender, when a render worker fails). What it did not make must not be
   * taken for gone, so the build then removes nothing and saves no record,
   * and the next build walks the folder as after any unfinished build.
   */
  abandon(writer: string): void {
    this.abandonedBy ??= writer;
  }

  /** The writer that failed part way (`abandon`), if one did. */
  get abandoned(): string | null {
    return this.abandonedBy;
  }

  /** Whether the last build left anything on record: without it, the output folder's content is unknown. */
  get hasPrevious(): boolean {
    return this.recorded;
  }

  /** Forgets the last build (its folder was emptied): every file is written again. */
  forgetPrevious(): void {
    this.previous.clear();
    this.recorded = false;
  }

  get counts(): Readonly<WriterTotals> {
    return this.totals;
  }

  /** Files removed so far in this build (`/`-separated, relative to the folder). */
  get removed(): readonly string[] {
    return this.removedNames;
  }

  /**
   * Whether `fileName` already holds content of `hash`, as the last build
   * left it; if so it is recorded as made by `writer` in this build too.
   */
  async unchanged(fileName: string, hash: string, writer: string): Promise<boolean> {
    return this.unchangedNow(fileName, hash, writer);
  }

  /**
   * As `unchanged`, at once. The stat is a sync one: 113,000 of them took
   * 0.8 s so and 2.2 s on the thread pool, 128 at a time (a rebuild at 1,000
   * bulletins, on the shared two-core machine).
   */
  unchangedNow(fileName: string, hash: string, writer: string): boolean {
    if (!this.holds(fileName, hash)) return false;
    this.keep(fileName, writer);
    return true;
  }

  /**
   * As `unchangedNow`, for a file its writer knows it left as it was (the
   * page cache carries a page whose document is the one written last time),
   * without a stat of its own: a rebuild carries 500,000 pages, and a stat
   * each was 2.7 s of it at 10,000 bulletins. The `checkAhead` worker's
   * verdict is heeded where it has one; a page file edited or deleted by hand
   * that it has not reached yet is not written again until its page changes
   * (`--emptyOutDir` builds clean).
   */
  carried(fileName: string, hash: string, writer: string): boolean {
    const packed = this.previous.get(fileName);
    if (packed === undefined) return false;
    const place = this.verdicts ? this.previous.place(fileName) : undefined;
    if (place !== undefined && Atomics.load(this.verdicts!, place) === NOT_AS_RECORDED) return false;
    const at = packed.indexOf("\t") + 1;
    if (packed.charCodeAt(at + hash.length) !== TAB || !packed.startsWith(hash, at)) return false;
    this.current.set(fileName, at - 1 === writer.length && packed.startsWith(writer) ? packed : `${writer}${packed.slice(at - 1)}`);
    this.totals.unchanged++;
    return true;
  }

  /**
   * Whether `fileName` holds content of `hash` as the last build left it,
   * without recording it as this build's (`keep` does): a caller that learns
   * only later whether the file is still made (the data plugin reusing a
   * bulletin's files before its emitter has run) checks first.
   */
  holds(fileName: string, hash: string): boolean {
    const packed = this.previous.get(fileName);
    if (packed === undefined) return false;
    if (unpack(packed).hash !== hash) return false;
    const place = this.verdicts ? this.previous.place(fileName) : undefined;
    const verdict = place === undefined ? NOT_YET : Atomics.load(this.verdicts!, place);
    if (verdict !== NOT_YET) return verdict === AS_RECORDED;
    try {
      return asRecorded(packed, statSync(this.absolute(fileName), { throwIfNoEntry: false }));
    } catch {
      return false;
    }
  }

  /** Records a file `holds` found as the last build left it as made by `writer` in this build too. */
  keep(fileName: string, writer: string): void {
    const packed = this.previous.get(fileName);
    if (packed === undefined) throw new Error(`output: ${fileName} was not made by the last build`);
    if (!this.current.has(fileName)) this.totals.unchanged++;
    this.current.set(fileName, writerOf(packed) === writer ? packed : pack({ ...unpack(packed), writer }));
  }

  /**
   * Records a file `writer` has just written with content of `hash`. `known`:
   * its size and modification time, from whoever wrote it (a render worker
   * writes each page and has them from the file it has just closed: the
   * build's thread asked for 68,500 of them again through the thread pool).
   */
  async written(fileName: string, hash: string, writer: string, known?: WrittenStat): Promise<void> {
    const now = known ?? (await stat(this.absolute(fileName)));
    this.current.set(fileName, pack({ writer, hash, size: now.size, mtimeMs: now.mtimeMs }));
    this.totals.written++;
  }

  /** Records a file written by someone else (the bundler), by its content as it is on disk now. */
  async adopt(fileName: string, writer: string): Promise<void> {
    const absolute = this.absolute(fileName);
    const now = await stat(absolute);
    if (!now.isFile()) return;
    this.current.set(fileName, pack({ writer, hash: outputHash(readFileSync(absolute)), size: now.size, mtimeMs: now.mtimeMs }));
  }

  /** Whether this build made `fileName` (so far). */
  has(fileName: string): boolean {
    return this.current.has(fileName);
  }

  /**
   * Removes the files `writer` made in the last build that no writer has
   * made in this one (every writer's, without `writer`). Returns their names.
   */
  removeGone(writer?: string): string[] {
    const gone: string[] = [];
    this.previous.forEach((fileName, packed) => {
      if ((writer !== undefined && writerOf(packed) !== writer) || this.current.has(fileName)) return;
      let file: string;
      try {
        file = this.absolute(fileName);
      } catch {
        return; // a damaged record: never touch anything outside the folder
      }
      rmSync(file, { force: true });
      gone.push(fileName);
    });
    for (const name of gone) this.previous.delete(name); // removed once, whoever asks again
    this.totals.removed += gone.length;
    for (const name of gone) this.removedNames.push(name); // not push(...gone): 150,000 arguments overflow the stack
    return gone;
  }

  /** Counts files removed by someone else (a sweep of the folder) in the totals. */
  countRemoved(n: number): void {
    this.totals.removed += n;
  }

  /**
   * Removes the folders the removed files leave empty, deepest first, up to
   * the output folder. Only their folders are tried: trying every folder cost
   * a failed system call per page (every page has its own folder).
   */
  removeEmptyFolders(): void {
    const tried = new Set<string>();
    const folders: string[] = [];
    for (const name of this.removedNames) {
      for (let slash = name.lastIndexOf("/"); slash > 0; slash = name.lastIndexOf("/", slash - 1)) {
        const folder = name.slice(0, slash);
        if (tried.has(folder)) break; // its parents are in already
        tried.add(folder);
        folders.push(folder);
      }
    }
    folders.sort((a, b) => b.length - a.length);
    for (const folder of folders) {
      try {
        rmdirSync(this.absolute(folder));
      } catch {
        /* not empty: it holds a file of this build */
      }
    }
  }

  /**
   * Writes this build's record for the next (by rename: a killed build leaves
   * the old one whole), then clears the marker of a build under way.
   */
  save(): void {
    this.stopChecking();
    mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    const fd = openSync(temporary, "w");
    try {
      writeSync(fd, `${FORMAT_LINE}\n${this.outDir}\n`);
      let lines: string[] = [];
      for (const [fileName, packed] of this.current) {
        lines.push(`${fileName}\t${packed}\n`);
        if (lines.length >= LINES_PER_WRITE) {
          writeSync(fd, lines.join(""));
          lines = [];
        }
      }
      writeSync(fd, lines.join(""));
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, this.file);
    rmSync(buildingMarker(this.file), { force: true });
  }

  /** Removes the record (a build that failed part way: its folder's content is unknown). */
  discard(): void {
    this.stopChecking();
    rmSync(this.file, { force: true });
  }

  /** The file's path; never one outside the output folder, whatever a damaged record says. */
  private absolute(fileName: string): string {
    return insideFolder(this.outDir, fileName);
  }
}

/** `fileName`'s path in `outDir`; never one outside it, whatever a damaged record says. */
export function insideFolder(outDir: string, fileName: string): string {
  const file = path.join(outDir, ...fileName.split("/"));
  const relative = path.relative(outDir, file);
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) throw new Error(`output: ${fileName} is outside ${outDir}`);
  return file;
}

/**
 * Each entry of a record's text, in order (`checkAhead`'s worker walks them
 * the same way, so an entry's place is the same on both threads); none when
 * the record is of another format or folder.
 */
export function forEachEntry(text: string, outDir: string, each: (fileName: string, packed: Packed) => void): void {
  const lines = text.split("\n");
  if (lines[0] !== FORMAT_LINE || lines[1] !== outDir) return;
  for (let i = 2; i < lines.length; i++) {
    const line = lines[i]!;
    const tab = line.indexOf("\t");
    if (tab <= 0) continue; // the last, empty line; or a damaged one, whose file is then written again
    each(line.slice(0, tab), line.slice(tab + 1));
  }
}

function readPrevious(file: string, outDir: string): { entries: PreviousRecord; text: string | null } {
  const entries = new PreviousRecord();
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return { entries, text: null }; // none yet: write everything
  }
  forEachEntry(text, outDir, (fileName, packed) => entries.add(fileName, packed));
  return { entries, text };
}
