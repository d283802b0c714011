/**
 * Writes many files under one folder: the build's data files and its
 * prerendered pages, 28,000 and 29,500 of them at 1,000 bulletins. The pages
 * were written one after another with sync calls, after all of them had been
 * rendered and held (400 MB): 14 s of a 97 s build, a recursive mkdir per file
 * 6.6 s of it, and the held pages kept the garbage collector busy. Here each
 * folder is made once, and the writes run on Node's thread pool while the
 * caller goes on (renders the next page).
 *
 * Given the output folder's ledger (src/site-generator/output/), a file whose content
 * is what the last build left there is not written again, and on close the
 * files this writer made last time and not this time are removed.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { outputHash, type OutputLedger, type WrittenStat } from "./output/ledger.ts";
import { WriteThreads, type WriteResult } from "./output/write-threads.ts";

/** Writes allowed in flight at once: enough to keep the thread pool (4 threads) busy, few enough that pages are not held. */
const MAX_IN_FLIGHT = 16;

/**
 * `writeMany` writes in worker threads from this many files to write on
 * (a rebuild writes a few hundred data files: not worth starting threads for);
 * below it, as `write` does.
 */
const FILES_FOR_THREADS = 2_000;
/** A batch sent to a writing thread: about this many bytes, or this many files. */
const BATCH_BYTES = 1 << 20;
const BATCH_FILES = 512;
/** Batches waiting per writing thread: it has the next at hand as it answers one, and little content is held. */
const BATCHES_PER_THREAD = 2;

export class FileWriter {
  private readonly folders = new Map<string, Promise<unknown>>();
  private readonly inFlight = new Set<Promise<void>>();
  private failure: Error | null = null;

  /** `ledger`: the output folder's record of the last build; `name`: this writer's name in it (`data`, `pages`). */
  constructor(
    private readonly root: string,
    private readonly ledger?: { ledger: OutputLedger; name: string },
  ) {}

  /**
   * Starts writing `source` to `fileName` (relative, `/`-separated) and
   * resolves once another write may start. A failed write fails the next
   * call, or `close()`, with the file's name.
   */
  async write(fileName: string, source: string, hash?: string): Promise<void> {
    while (this.inFlight.size >= MAX_IN_FLIGHT) await Promise.race(this.inFlight);
    if (this.failure) throw this.failure;
    const target = path.join(this.root, ...fileName.split("/"));
    const done = this.writeIfChanged(fileName, target, source, hash)
      .catch((error: unknown) => {
        this.failure ??= new Error(`could not write ${target}: ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => this.inFlight.delete(done));
    this.inFlight.add(done);
  }

  /**
   * Records `fileName` as written by this writer with content of `hash`,
   * though another thread wrote it (a render worker writes the pages it
   * renders: src/site-generator/prerender/render-pool.ts), with its size and
   * modification time when the writer gave them. Resolves as `write` does.
   */
  async recordWritten(fileName: string, hash: string, known?: WrittenStat): Promise<void> {
    if (!this.ledger) return;
    while (this.inFlight.size >= MAX_IN_FLIGHT) await Promise.race(this.inFlight);
    if (this.failure) throw this.failure;
    const { ledger, name } = this.ledger;
    const done = ledger
      .written(fileName, hash, name, known)
      .catch((error: unknown) => {
        this.failure ??= new Error(`could not record ${fileName}: ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => this.inFlight.delete(done));
    this.inFlight.add(done);
  }

  /**
   * Writes every file as `write` would (skipping those the last build left
   * as they are), many of them in worker threads (write-threads.ts), the
   * caller's thread only hashing, checking the ledger and recording. Resolves
   * once all are written; a failed one fails the next call, or `close()`,
   * with the file's path, as with `write`.
   */
  async writeMany(files: Iterable<[fileName: string, source: string, hash?: string]>, count: number): Promise<void> {
    if (count < FILES_FOR_THREADS) {
      for (const [fileName, source, hash] of files) await this.write(fileName, source, hash);
      return;
    }
    if (this.failure) throw this.failure;
    await Promise.all(this.inFlight);
    const threads = new WriteThreads(this.root, availableParallelism());
    const batchesInFlight = new Set<Promise<void>>();
    let batch: Array<[string, string]> = [];
    let hashes: string[] = [];
    let bytes = 0;
    const send = () => {
      const names = batch.map(([fileName]) => fileName);
      const sentHashes = hashes;
      const done = threads
        .write(batch)
        .then((results) => this.recordBatch(names, sentHashes, results))
        .catch((error: unknown) => {
          // The thread itself failed: none of its batch is known to be written.
          const reason = error instanceof Error ? error.message : String(error);
          this.failure ??= new Error(`could not write ${path.join(this.root, ...names[0]!.split("/"))} and the ${names.length - 1} files sent with it: ${reason}`, { cause: error });
        })
        .finally(() => batchesInFlight.delete(done));
      batchesInFlight.add(done);
      batch = [];
      hashes = [];
      bytes = 0;
    };
    try {
      for (const [fileName, source, known] of files) {
        if (this.failure) break;
        const hash = known ?? outputHash(source);
        if (this.ledger?.ledger.unchangedNow(fileName, hash, this.ledger.name)) continue;
        batch.push([fileName, source]);
        hashes.push(hash);
        bytes += source.length;
        if (bytes < BATCH_BYTES && batch.length < BATCH_FILES) continue;
        send();
        while (batchesInFlight.size >= BATCHES_PER_THREAD * availableParallelism()) await Promise.race(batchesInFlight);
      }
      if (batch.length > 0 && !this.failure) send();
      await Promise.all(batchesInFlight);
    } finally {
      await threads.close();
    }
    if (this.failure) throw this.failure;
  }

  /** Records a batch a thread wrote in the ledger, each file with the size and time the thread found. */
  private async recordBatch(names: string[], hashes: string[], results: WriteResult[]): Promise<void> {
    for (const [i, result] of results.entries()) {
      const fileName = names[i]!;
      if ("error" in result) {
        this.failure ??= new Error(`could not write ${path.join(this.root, ...fileName.split("/"))}: ${result.error}`);
        continue;
      }
      if (this.ledger) await this.ledger.ledger.written(fileName, hashes[i]!, this.ledger.name, result);
    }
  }

  /** Resolves when every file is written (and, with a ledger, those gone removed); rejects with the first that was not. */
  async close(): Promise<void> {
    await Promise.all(this.inFlight);
    if (this.failure) throw this.failure;
    this.ledger?.ledger.removeGone(this.ledger.name);
  }

  /**
   * Whether `fileName` already holds content of `hash`, as the last build left
   * it (then it counts as written by this writer, and is kept); always false
   * without a ledger.
   */
  async unchangedAs(fileName: string, hash: string): Promise<boolean> {
    if (!this.ledger) return false;
    return this.ledger.ledger.unchanged(fileName, hash, this.ledger.name);
  }

  /** As `unchangedAs`, at once: a file found unchanged need not be held until it would be written. */
  unchangedNow(fileName: string, hash: string): boolean {
    return this.ledger ? this.ledger.ledger.unchangedNow(fileName, hash, this.ledger.name) : false;
  }

  /** As `unchangedNow`, without recording the file as this writer's: `keep` does, once the caller knows it is. */
  holdsNow(fileName: string, hash: string): boolean {
    return this.ledger ? this.ledger.ledger.holds(fileName, hash) : false;
  }

  /** Records a file `holdsNow` found as the last build left it as this writer's. */
  keep(fileName: string): void {
    this.ledger?.ledger.keep(fileName, this.ledger.name);
  }

  /** As `unchangedNow`, for a file the caller knows it left as it was: the file is not looked at (ledger.ts `carried`). */
  carried(fileName: string, hash: string): boolean {
    return this.ledger ? this.ledger.ledger.carried(fileName, hash, this.ledger.name) : false;
  }

  /** Tells the ledger this writer failed part way: the build then removes nothing (ledger.ts `abandon`). */
  abandon(): void {
    this.ledger?.ledger.abandon(this.ledger.name);
  }

  /** `hash`: `outputHash(source)`, when the caller has it already. */
  private async writeIfChanged(fileName: string, target: string, source: string, known?: string): Promise<void> {
    if (!this.ledger) {
      await this.folder(path.dirname(target));
      await writeFile(target, source);
      return;
    }
    const { ledger, name } = this.ledger;
    const hash = known ?? outputHash(source);
    if (await ledger.unchanged(fileName, hash, name)) return;
    await this.folder(path.dirname(target));
    await writeFile(target, source);
    await ledger.written(fileName, hash, name);
  }

  private folder(dir: string): Promise<unknown> {
    let made = this.folders.get(dir);
    if (!made) {
      made = mkdir(dir, { recursive: true });
      this.folders.set(dir, made);
    }
    return made;
  }
}
