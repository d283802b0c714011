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
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";

/** Bumped when the ledger's shape changes: a ledger of another format is ignored (everything is written). */
const FORMAT = 1;

export interface LedgerEntry {
  writer: string;
  hash: string;
  size: number;
  mtimeMs: number;
}

interface LedgerFile {
  format: number;
  outDir: string;
  files: Record<string, LedgerEntry>;
}

/** Content hash of a file's bytes as written (UTF-8 for strings). */
export function outputHash(source: string | Uint8Array): string {
  return createHash("sha1").update(source).digest("base64url");
}

/** The ledger's file for an output folder: one per folder, named by its absolute path. */
export function ledgerPath(cacheDir: string, outDir: string): string {
  const key = createHash("sha256").update(path.resolve(outDir)).digest("hex").slice(0, 16);
  return path.join(cacheDir, `${key}.json`);
}

export interface WriterTotals {
  written: number;
  unchanged: number;
  removed: number;
}

export class OutputLedger {
  /** This build's files, as they are found once written. */
  private readonly current = new Map<string, LedgerEntry>();
  private readonly totals: WriterTotals = { written: 0, unchanged: 0, removed: 0 };

  private constructor(
    readonly outDir: string,
    private readonly file: string,
    private readonly previous: ReadonlyMap<string, LedgerEntry>,
  ) {}

  /** The ledger of `outDir`'s last build (empty when there is none, or it is unreadable). */
  static open(file: string, outDir: string): OutputLedger {
    return new OutputLedger(path.resolve(outDir), file, readPrevious(file, path.resolve(outDir)));
  }

  /** Whether the last build left anything on record: without it, the output folder's content is unknown. */
  get hasPrevious(): boolean {
    return this.previous.size > 0;
  }

  /** Forgets the last build (its folder was emptied): every file is written again. */
  forgetPrevious(): void {
    (this.previous as Map<string, LedgerEntry>).clear();
  }

  get counts(): Readonly<WriterTotals> {
    return this.totals;
  }

  /**
   * Whether `fileName` already holds content of `hash`, as the last build
   * left it; if so it is recorded as made by `writer` in this build too.
   */
  async unchanged(fileName: string, hash: string, writer: string): Promise<boolean> {
    const before = this.previous.get(fileName);
    if (!before || before.hash !== hash) return false;
    try {
      const now = await stat(this.absolute(fileName));
      if (!now.isFile() || now.size !== before.size || now.mtimeMs !== before.mtimeMs) return false;
    } catch {
      return false;
    }
    this.current.set(fileName, { ...before, writer });
    this.totals.unchanged++;
    return true;
  }

  /** Records a file `writer` has just written with content of `hash`. */
  async written(fileName: string, hash: string, writer: string): Promise<void> {
    const now = await stat(this.absolute(fileName));
    this.current.set(fileName, { writer, hash, size: now.size, mtimeMs: now.mtimeMs });
    this.totals.written++;
  }

  /** Records a file written by someone else (the bundler), by its content as it is on disk now. */
  async adopt(fileName: string, writer: string): Promise<void> {
    const absolute = this.absolute(fileName);
    const now = await stat(absolute);
    if (!now.isFile()) return;
    this.current.set(fileName, { writer, hash: outputHash(readFileSync(absolute)), size: now.size, mtimeMs: now.mtimeMs });
  }

  /** Whether this build made `fileName` (so far). */
  has(fileName: string): boolean {
    return this.current.has(fileName);
  }

  /**
   * Removes the files `writer` made in the last build that no writer has
   * made in this one. Returns their names.
   */
  removeGone(writer: string): string[] {
    const gone: string[] = [];
    for (const [fileName, entry] of this.previous) {
      if (entry.writer !== writer || this.current.has(fileName)) continue;
      let file: string;
      try {
        file = this.absolute(fileName);
      } catch {
        continue; // a damaged record: never touch anything outside the folder
      }
      rmSync(file, { force: true });
      gone.push(fileName);
    }
    this.totals.removed += gone.length;
    return gone;
  }

  /** Counts files removed by someone else (the final sweep) in the totals. */
  countRemoved(n: number): void {
    this.totals.removed += n;
  }

  /** Writes this build's record for the next (by rename: a killed build leaves the old one whole). */
  save(): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    const record: LedgerFile = { format: FORMAT, outDir: this.outDir, files: Object.fromEntries(this.current) };
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(record));
    renameSync(temporary, this.file);
  }

  /** Removes the record (a build that failed part way: its folder's content is unknown). */
  discard(): void {
    rmSync(this.file, { force: true });
  }

  /** The file's path; never one outside the output folder, whatever a damaged record says. */
  private absolute(fileName: string): string {
    const file = path.join(this.outDir, ...fileName.split("/"));
    const relative = path.relative(this.outDir, file);
    if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) throw new Error(`output: ${fileName} is outside ${this.outDir}`);
    return file;
  }
}

function readPrevious(file: string, outDir: string): Map<string, LedgerEntry> {
  try {
    const record = JSON.parse(readFileSync(file, "utf8")) as LedgerFile;
    if (record.format !== FORMAT || record.outDir !== outDir) return new Map();
    return new Map(Object.entries(record.files));
  } catch {
    return new Map(); // none yet, or unreadable: write everything
  }
}
