/**
 * The dev server's data files, made when they are first asked for instead of
 * all before the server listens. At 10,000 bulletins the emitters took most
 * of the 232 s `npm start` spent before its first page (the search index and
 * the views over the whole archive); a reader opening the archive page needs
 * only the archive index, and an article page one bulletin's JSON.
 *
 * - An emitter that says which files it makes (`BulletinEmitter.makes`) runs
 *   when one of them is first asked for; its files are kept until a bulletin
 *   changes. One whose files each come from one bulletin (`bulletinOf`) runs
 *   over that bulletin alone.
 * - The archive index reads only what a bulletin's summary holds
 *   (`fromSummaries`): the plugin reads those for the whole archive at start,
 *   in workers (summary-pool.ts), and a bulletin in full only when needed.
 * - An emitter that does not say runs over the whole archive the first time
 *   any file is looked up, as every emitter did before.
 *
 * The files are the build's: the same emitters over the same bulletins.
 */
import type { Bulletin } from "../../parser/model/index.ts";
import type { BulletinEmitter, EmitContext } from "../emitters.ts";
import { runEmitters } from "../emitters.ts";

export interface ArchiveSnapshot {
  bulletins: Bulletin[];
  context: EmitContext;
}

/** Where the bulletins come from: at start, the dev server holds most of them in summary only (summary.ts). */
export interface BulletinSource {
  /** Every bulletin, some perhaps in summary, enough for an emitter that says `fromSummaries`. */
  summaries(): ArchiveSnapshot;
  /** Every bulletin in full. */
  all(): ArchiveSnapshot;
  /** One bulletin in full, by id. */
  one(id: string): Bulletin | undefined;
}

/** A source whose bulletins are all held in full. */
export function fullSource(snapshot: () => ArchiveSnapshot): BulletinSource {
  return {
    summaries: snapshot,
    all: snapshot,
    one: (id) => snapshot().bulletins.find((b) => b.id === id),
  };
}

export class OnDemandFiles {
  /** Each whole-archive emitter's files, once it has run since the last change. */
  readonly #made = new Map<BulletinEmitter, ReadonlyMap<string, string>>();
  /** Files made for one bulletin, by name. */
  readonly #single = new Map<string, string>();
  #summaries: ArchiveSnapshot | undefined;
  #all: ArchiveSnapshot | undefined;

  constructor(
    private readonly emitters: readonly BulletinEmitter[],
    /** The bulletins as they are now, asked again after `invalidate`. */
    private readonly source: BulletinSource,
    private readonly report: (message: string) => void,
  ) {}

  /** Forgets every file made: a bulletin changed. */
  invalidate(): void {
    this.#made.clear();
    this.#single.clear();
    this.#summaries = undefined;
    this.#all = undefined;
  }

  /** Whether some emitter says it makes `fileName` (it may still not exist: a bulletin id nobody has). */
  declares(fileName: string): boolean {
    return this.emitters.some((e) => e.makes?.has(fileName));
  }

  /**
   * Whether the file can be given without running an emitter over the whole
   * archive read in full: already made, or made from one bulletin or from the
   * summaries.
   */
  isCheap(fileName: string): boolean {
    if (this.#single.has(fileName)) return true;
    for (const files of this.#made.values()) if (files.has(fileName)) return true;
    if (this.hasUndeclared && this.#made.size === 0) return false;
    const maker = this.emitters.find((e) => e.makes?.has(fileName));
    return maker === undefined || maker.makes?.bulletinOf?.(fileName) !== undefined || maker.makes?.fromSummaries === true;
  }

  /** Whether some emitter does not say what it makes (so any file may be one of its). */
  get hasUndeclared(): boolean {
    return this.emitters.some((e) => !e.makes);
  }

  /** The file's content, made now if need be; undefined when no emitter makes it. */
  get(fileName: string): string | undefined {
    const single = this.#single.get(fileName);
    if (single !== undefined) return single;
    for (const files of this.#made.values()) {
      const source = files.get(fileName);
      if (source !== undefined) return source;
    }
    this.#runUndeclared();
    for (const emitter of this.emitters) {
      if (!emitter.makes?.has(fileName)) continue;
      const id = emitter.makes.bulletinOf?.(fileName);
      if (id !== undefined) {
        const bulletin = this.source.one(id);
        if (!bulletin) continue;
        const source = this.#run(emitter, [bulletin], this.#summaryArchive().context).get(fileName);
        if (source === undefined) continue;
        this.#single.set(fileName, source);
        return source;
      }
      const source = this.#wholeArchive(emitter).get(fileName);
      if (source !== undefined) return source;
    }
    for (const files of this.#made.values()) {
      const source = files.get(fileName);
      if (source !== undefined) return source;
    }
    return undefined;
  }

  #runUndeclared(): void {
    for (const emitter of this.emitters) if (!emitter.makes) this.#wholeArchive(emitter);
  }

  #wholeArchive(emitter: BulletinEmitter): ReadonlyMap<string, string> {
    let files = this.#made.get(emitter);
    if (!files) {
      const { bulletins, context } = emitter.makes?.fromSummaries ? this.#summaryArchive() : (this.#all ??= this.source.all());
      files = this.#run(emitter, bulletins, context);
      this.#made.set(emitter, files);
    }
    return files;
  }

  #run(emitter: BulletinEmitter, bulletins: Bulletin[], context: EmitContext): Map<string, string> {
    return runEmitters([emitter], bulletins, this.report, context);
  }

  #summaryArchive(): ArchiveSnapshot {
    return this.#all ?? (this.#summaries ??= this.source.summaries());
  }
}
