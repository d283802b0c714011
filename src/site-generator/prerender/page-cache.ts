/**
 * Prerendered pages kept between builds, so that a rebuild after one bulletin
 * changed renders only the pages that show it. At 1,000 bulletins rendering
 * the 29,500 pages took 50 s of a 90 s rebuild, for the same markup as before
 * on all but a few dozen of them.
 *
 * A page is reused when it was rendered by the same app code (a fingerprint
 * of src/ and the lockfile, app-renderer.ts) and every
 * data file it was made from (src/app/ssr-reads.ts) still has the same
 * content. Anything else is rendered again. Only the app's markup is kept: the
 * document around it (title, preview tags, scripts) is made fresh each time,
 * unless it is the very document the last build wrote (`carry`): then the
 * page is neither rendered nor composed nor written.
 *
 * Layout: `<dir>/index.json` names a pack, `<dir>/<pack>.bin` (the markup of
 * every page, deflated in runs), and where each page lies in it. Every build
 * writes a new pack, then the index (by rename, so a killed build leaves the
 * old cache whole), then removes older packs (and the temporary files of
 * killed builds; nothing else, whatever folder it is pointed at). A run whose
 * pages are still in use is copied into the new pack as it was, deflated: at
 * 1,000 bulletins inflating and deflating every page again cost a rebuild
 * seconds of main-thread time and 50 MB of garbage. Runs mostly of pages
 * rendered again since are packed afresh, so the pack does not grow with
 * every build.
 */
import { randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { deflateRaw, inflateRawSync } from "node:zlib";

/** Bumped when the index's shape changes: an index of another format is ignored. */
const FORMAT = 3;
const INDEX_FILE = "index.json";
const PACK_EXTENSION = ".bin";
/** The cache's own files besides the index: packs (named by a random UUID) and indexes being written. */
const OWN_FILE = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.bin|index\.json\.\d+\.tmp)$/;
/**
 * Pages are deflated together in runs of about this many bytes. One deflate
 * per page cost 5 s of main-thread time at 1,000 bulletins (a zlib stream
 * set up 29,500 times); per run, the compressing happens on the thread pool
 * while pages render. Pages are read back in the order they were written,
 * so a run is inflated once for all its pages.
 */
const RUN_BYTES = 256 * 1024;
/** Markup compresses ~5.5× at any level; level 3 was as fast as level 1 here. */
const DEFLATE_LEVEL = 3;
/**
 * A run is copied into the next pack only while at least this share of its
 * bytes are pages still in use; below it, its pages are packed afresh.
 */
const LIVE_SHARE_TO_COPY = 0.5;

const deflate = promisify(deflateRaw);

interface IndexEntry {
  /** [data file URL, content hash] for each file the page was made from. */
  files: Array<[string, string]>;
  /** Which run holds the page's markup, and where in the run (bytes, once inflated). */
  run: number;
  start: number;
  length: number;
  /** The document written for the page (`PageCache.document`): its inputs' key and the file's content hash. */
  doc?: string;
  out?: string;
}

interface Run {
  /** Where the run lies in the pack, deflated. */
  at: number;
  length: number;
  /** Its size inflated. */
  bytes: number;
}

interface Index {
  format: number;
  code: string;
  pack: string;
  runs: Run[];
  pages: Record<string, IndexEntry>;
}

/** A data file's content hash, or any fixed string for a file that does not exist. */
export type HashOf = (url: string) => string;

/** The run being filled, and its place in the new pack (taken when it was begun: copied runs go on being added meanwhile). */
interface OpenRun {
  index: number;
  parts: Buffer[];
  bytes: number;
}

/** A run of the new pack: deflated here, or copied from the last pack. */
interface NewRun {
  deflated: Promise<Buffer>;
  bytes: number;
}

export class PageCache {
  private readonly pages: Record<string, IndexEntry> = {};
  private readonly runs: NewRun[] = [];
  /** The last pack's runs that pages of this build still use: run there → run here (copied at save). */
  private readonly carriedRuns = new Map<number, number>();
  private open: OpenRun | null = null;
  private inflated: { run: number; bytes: Buffer } | null = null;
  private reused = 0;

  private constructor(
    private readonly dir: string,
    private readonly code: string,
    private readonly hashOf: HashOf,
    private readonly previous: { index: Index; pack: Buffer } | null,
  ) {}

  /**
   * The cache in `dir` for pages rendered by app code `code`, with data files
   * hashed by `hashOf`; empty when there is none, or it is of other code.
   */
  static open(dir: string, code: string, hashOf: HashOf): PageCache {
    return new PageCache(dir, code, hashOf, readPrevious(dir, code));
  }

  /** The page's markup from an earlier build, if its code and every file it was made from are unchanged. */
  reuse(route: string): string | null {
    const entry = this.valid(route);
    if (!entry) return null;
    const run = this.previousRun(entry.run);
    if (!run || entry.start + entry.length > run.length) return null; // a damaged pack: render the page again
    this.carry(route, { ...entry, doc: undefined, out: undefined });
    this.reused++;
    return run.subarray(entry.start, entry.start + entry.length).toString("utf8");
  }

  /**
   * The content hash of the document the last build wrote for the page, if
   * its markup may be reused (as `reuse`) and that document was made from the
   * same inputs (`doc`: a key of the template, the site's address and the
   * page's description): the file is then the same as before. Call
   * `carryDocument` once the file is found as it was left.
   */
  writtenDocument(route: string, doc: string): string | null {
    const entry = this.valid(route);
    return entry?.doc === doc && entry.out !== undefined ? entry.out : null;
  }

  /** Keeps the page (as `writtenDocument` found it) for the next build, without reading its markup. */
  carryDocument(route: string): void {
    const entry = this.valid(route);
    if (!entry) throw new Error(`page cache: ${route} cannot be carried`);
    this.carry(route, entry);
    this.reused++;
  }

  /** Keeps a page just rendered, with the files it was made from, for the next build. */
  keep(route: string, html: string, dataFiles: readonly string[]): void {
    this.keepBytes(
      route,
      Buffer.from(html, "utf8"),
      dataFiles.map((url) => [url, this.hashOf(url)]),
    );
  }

  /** Records the document written for a page kept or reused in this build: `doc` its inputs' key, `out` the file's content hash. */
  document(route: string, doc: string, out: string): void {
    const entry = this.pages[route];
    if (entry) {
      entry.doc = doc;
      entry.out = out;
    }
  }

  get reusedCount(): number {
    return this.reused;
  }

  /** Writes the pages kept in this build as the cache for the next, replacing the old one. */
  async save(): Promise<void> {
    this.repackSparseRuns();
    this.sealRun();
    const deflated = await Promise.all(this.runs.map((r) => r.deflated));
    const runs: Run[] = [];
    let at = 0;
    for (const [i, bytes] of deflated.entries()) {
      runs.push({ at, length: bytes.length, bytes: this.runs[i]!.bytes });
      at += bytes.length;
    }
    mkdirSync(this.dir, { recursive: true });
    const pack = `${randomUUID()}${PACK_EXTENSION}`;
    writeFileSync(path.join(this.dir, pack), Buffer.concat(deflated));
    const index: Index = { format: FORMAT, code: this.code, pack, runs, pages: this.pages };
    const temporary = path.join(this.dir, `${INDEX_FILE}.${process.pid}.tmp`);
    writeFileSync(temporary, JSON.stringify(index));
    renameSync(temporary, path.join(this.dir, INDEX_FILE));
    for (const name of readdirSync(this.dir)) {
      if (name !== pack && OWN_FILE.test(name)) rmSync(path.join(this.dir, name), { force: true });
    }
  }

  /** The last build's entry for the page, if its code and every file it was made from are unchanged. */
  private valid(route: string): IndexEntry | null {
    const entry = this.previous?.index.pages[route];
    if (!entry || !entry.files.every(([url, hash]) => this.hashOf(url) === hash)) return null;
    return entry;
  }

  /** Keeps an entry of the last build, its run to be copied into the new pack as it is. */
  private carry(route: string, entry: IndexEntry): void {
    let run = this.carriedRuns.get(entry.run);
    if (run === undefined) {
      const where = this.previous!.index.runs[entry.run];
      if (!where) throw new Error(`page cache: no run ${entry.run}`);
      run = this.runs.length;
      this.carriedRuns.set(entry.run, run);
      this.runs.push({ deflated: Promise.resolve(this.previous!.pack.subarray(where.at, where.at + where.length)), bytes: where.bytes });
    }
    this.pages[route] = { ...entry, run };
  }

  /**
   * Pages in copied runs that are mostly pages no longer in use (rendered
   * again since, or gone) are packed afresh instead, so that the pack does
   * not keep every old page. Their documents are kept with them.
   */
  private repackSparseRuns(): void {
    if (this.carriedRuns.size === 0) return;
    const live = new Map<number, number>();
    for (const entry of Object.values(this.pages)) live.set(entry.run, (live.get(entry.run) ?? 0) + entry.length);
    const sparse = new Map<number, number>(); // run here → run in the last pack
    for (const [old, run] of this.carriedRuns) {
      if ((live.get(run) ?? 0) < this.runs[run]!.bytes * LIVE_SHARE_TO_COPY) sparse.set(run, old);
    }
    if (sparse.size === 0) return;
    for (const [route, entry] of Object.entries(this.pages)) {
      const old = sparse.get(entry.run);
      if (old === undefined) continue;
      const bytes = this.previousRun(old);
      if (!bytes || entry.start + entry.length > bytes.length) {
        delete this.pages[route]; // damaged: rendered again next time
        continue;
      }
      const { doc, out } = entry;
      this.keepBytes(route, bytes.subarray(entry.start, entry.start + entry.length), entry.files);
      if (doc !== undefined && out !== undefined) this.document(route, doc, out);
    }
    // Left in the list (the indexes of later runs must not move), but empty.
    for (const run of sparse.keys()) this.runs[run] = { deflated: Promise.resolve(Buffer.alloc(0)), bytes: 0 };
  }

  private keepBytes(route: string, bytes: Buffer, files: Array<[string, string]>): void {
    if (!this.open) {
      this.open = { index: this.runs.length, parts: [], bytes: 0 };
      this.runs.push({ deflated: Promise.resolve(Buffer.alloc(0)), bytes: 0 }); // its place, filled when sealed
    }
    this.pages[route] = { files, run: this.open.index, start: this.open.bytes, length: bytes.length };
    this.open.parts.push(bytes);
    this.open.bytes += bytes.length;
    if (this.open.bytes >= RUN_BYTES) this.sealRun();
  }

  private sealRun(): void {
    if (!this.open) return;
    const deflating = deflate(Buffer.concat(this.open.parts), { level: DEFLATE_LEVEL });
    deflating.catch(() => {}); // awaited in save(); never an unhandled rejection meanwhile
    this.runs[this.open.index] = { deflated: deflating, bytes: this.open.bytes };
    this.open = null;
  }

  private previousRun(run: number): Buffer | null {
    if (this.inflated?.run === run) return this.inflated.bytes;
    const where = this.previous!.index.runs[run];
    if (!where) return null;
    try {
      this.inflated = { run, bytes: inflateRawSync(this.previous!.pack.subarray(where.at, where.at + where.length)) };
    } catch {
      return null;
    }
    return this.inflated.bytes;
  }
}

function readPrevious(dir: string, code: string): { index: Index; pack: Buffer } | null {
  try {
    const index = JSON.parse(readFileSync(path.join(dir, INDEX_FILE), "utf8")) as Index;
    if (index.format !== FORMAT || index.code !== code || path.basename(index.pack) !== index.pack) return null;
    const pack = readFileSync(path.join(dir, index.pack));
    // A pack shorter than its index says (cut short): none of it is trusted.
    if (index.runs.some((r) => r.at + r.length > pack.length)) return null;
    return { index, pack };
  } catch {
    return null; // no cache yet, or one a killed build left unreadable: render everything
  }
}
