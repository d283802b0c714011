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
 * Layout: `<dir>/index.json` lists packs (`<dir>/<uuid>.bin`, the pages'
 * markup deflated in runs), where each run lies, the data files pages were
 * made from (each once, with its hash) and, per page, its run, its place in
 * the run and its files (by number). A build writes only the runs of pages it
 * rendered, into a new pack, each run as soon as it is deflated; the runs of
 * pages still in use stay where they are, in the older packs. Then the index
 * (by rename, so a killed build leaves the old cache whole), then packs no run
 * is in any more are removed (and the temporary files of killed builds;
 * nothing else, whatever folder it is pointed at). Runs mostly of pages no
 * longer in use are packed afresh, so the packs do not keep every old page.
 *
 * Why so: the pack was one file, read whole and written whole each build
 * (at 10,000 bulletins 1.3 GB in memory twice), and each page listed its
 * files as [URL, hash] pairs (3.5 million strings at 500,000 pages). Deciding
 * that 68,500 pages are unchanged now checks each data file once.
 */
import { randomUUID } from "node:crypto";
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { open as openFile, type FileHandle } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { deflateRaw, inflateRawSync } from "node:zlib";

/** Bumped when the index's shape changes: an index of another format is ignored. */
const FORMAT = 4;
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
 * A run is kept where it is only while at least this share of its bytes are
 * pages still in use; below it, its pages are packed afresh.
 */
const LIVE_SHARE_TO_KEEP = 0.5;

const deflate = promisify(deflateRaw);

/** A page as the index holds it: [run, start, length, its files by number, document key?, document hash?]. */
type IndexPage = [run: number, start: number, length: number, files: number[], doc?: string, out?: string];

interface Index {
  format: number;
  code: string;
  packs: string[];
  /** [pack, where in it, length deflated, length inflated]. */
  runs: Array<[pack: number, at: number, length: number, bytes: number]>;
  /** [data file URL, content hash]. */
  files: Array<[string, string]>;
  pages: Record<string, IndexPage>;
}

interface Page {
  run: number;
  start: number;
  length: number;
  /** Files by number: the last build's table (pages carried from it) until saved. */
  files: number[];
  doc?: string;
  out?: string;
}

/** A data file's content hash, or any fixed string for a file that does not exist. */
export type HashOf = (url: string) => string;

/** A run of this build's index: in a pack of an earlier build, or in this build's, once written. */
interface NewRun {
  pack: string;
  at: number;
  length: number;
  bytes: number;
  /** Resolves once the run is in its pack (a run of this build), or at once. */
  placed: Promise<void>;
}

/** The run being filled. */
interface OpenRun {
  index: number;
  parts: Buffer[];
  bytes: number;
}

interface Previous {
  index: Index;
  /** Open packs, by name (closed when the cache is saved). */
  fds: Map<string, number>;
  /** Each pack's length, as far as its runs reach. */
  packBytes: number[];
}

export class PageCache {
  private readonly pages = new Map<string, Page>();
  private readonly runs: NewRun[] = [];
  /** The last build's runs that pages of this build still use: run there → run here. */
  private readonly carriedRuns = new Map<number, number>();
  /** This build's file table: URL → number, and by number [URL, hash]. */
  private readonly fileIds = new Map<string, number>();
  private readonly fileTable: Array<[string, string]> = [];
  /** The last build's files: whether each still has its hash (0 not yet checked, 1 yes, 2 no), and its number here. */
  private readonly previousFileState: Uint8Array;
  private readonly previousFileId: Int32Array;
  private open: OpenRun | null = null;
  private inflated: { run: number; bytes: Buffer } | null = null;
  private reused = 0;
  /** This build's pack, opened when its first run is deflated. */
  private readonly packName = `${randomUUID()}${PACK_EXTENSION}`;
  private pack: Promise<FileHandle> | null = null;
  private packEnd = 0;

  private constructor(
    private readonly dir: string,
    private readonly code: string,
    private readonly hashOf: HashOf,
    private readonly previous: Previous | null,
  ) {
    const previousFiles = previous?.index.files.length ?? 0;
    this.previousFileState = new Uint8Array(previousFiles);
    this.previousFileId = new Int32Array(previousFiles).fill(-1);
  }

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
    const run = this.previousRun(entry[0]);
    if (!run || entry[1] + entry[2] > run.length) return null; // a damaged pack: render the page again
    this.carry(route, entry, false);
    this.reused++;
    return run.subarray(entry[1], entry[1] + entry[2]).toString("utf8");
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
    return entry?.[4] === doc && entry[5] !== undefined ? entry[5] : null;
  }

  /** Keeps the page (as `writtenDocument` found it) for the next build, without reading its markup. */
  carryDocument(route: string): void {
    const entry = this.valid(route);
    if (!entry) throw new Error(`page cache: ${route} cannot be carried`);
    this.carry(route, entry, true);
    this.reused++;
  }

  /** Keeps a page just rendered, with the files it was made from, for the next build. */
  keep(route: string, html: string, dataFiles: readonly string[]): void {
    this.keepBytes(route, Buffer.from(html, "utf8"), dataFiles.map((url) => this.fileId(url, this.hashOf(url))));
  }

  /** Records the document written for a page kept or reused in this build: `doc` its inputs' key, `out` the file's content hash. */
  document(route: string, doc: string, out: string): void {
    const entry = this.pages.get(route);
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
    mkdirSync(this.dir, { recursive: true });
    try {
      this.repackSparseRuns();
      this.sealRun();
      await Promise.all(this.runs.map((r) => r.placed));
    } finally {
      if (this.pack) await (await this.pack).close();
      for (const fd of this.previous?.fds.values() ?? []) closeSync(fd);
    }
    const packs: string[] = [];
    const packIds = new Map<string, number>();
    const runs: Index["runs"] = this.runs.map((r) => {
      let id = packIds.get(r.pack);
      if (id === undefined && r.length > 0) {
        id = packs.length;
        packs.push(r.pack);
        packIds.set(r.pack, id);
      }
      return [id ?? -1, r.at, r.length, r.bytes];
    });
    const pages: Record<string, IndexPage> = {};
    for (const [route, p] of this.pages) {
      pages[route] = p.doc !== undefined && p.out !== undefined ? [p.run, p.start, p.length, p.files, p.doc, p.out] : [p.run, p.start, p.length, p.files];
    }
    const index: Index = { format: FORMAT, code: this.code, packs, runs, files: this.fileTable, pages };
    const temporary = path.join(this.dir, `${INDEX_FILE}.${process.pid}.tmp`);
    writeFileSync(temporary, JSON.stringify(index));
    renameSync(temporary, path.join(this.dir, INDEX_FILE));
    const inUse = new Set(packs);
    for (const name of readdirSync(this.dir)) {
      if (!inUse.has(name) && OWN_FILE.test(name)) rmSync(path.join(this.dir, name), { force: true });
    }
  }

  /** The last build's entry for the page, if its code and every file it was made from are unchanged. */
  private valid(route: string): IndexPage | null {
    const entry = this.previous?.index.pages[route];
    if (!entry) return null;
    for (const file of entry[3]) if (!this.previousFileValid(file)) return null;
    return entry;
  }

  /** Whether the last build's file `id` still has its hash: asked once per file, however many pages read it. */
  private previousFileValid(id: number): boolean {
    let state = this.previousFileState[id];
    if (state === undefined) return false; // a damaged index
    if (state === 0) {
      const [url, hash] = this.previous!.index.files[id] ?? ["", ""];
      state = url !== "" && this.hashOf(url) === hash ? 1 : 2;
      this.previousFileState[id] = state;
    }
    return state === 1;
  }

  /** The number of a file in this build's table. */
  private fileId(url: string, hash: string): number {
    let id = this.fileIds.get(url);
    if (id === undefined) {
      id = this.fileTable.length;
      this.fileTable.push([url, hash]);
      this.fileIds.set(url, id);
    }
    return id;
  }

  /** Files of the last build's table, by their number in this build's. */
  private carriedFiles(files: readonly number[]): number[] {
    return files.map((old) => {
      let id = this.previousFileId[old]!;
      if (id < 0) {
        const [url, hash] = this.previous!.index.files[old]!;
        id = this.fileId(url, hash);
        this.previousFileId[old] = id;
      }
      return id;
    });
  }

  /** Keeps an entry of the last build, its run left where it is. */
  private carry(route: string, entry: IndexPage, withDocument: boolean): void {
    const [oldRun, start, length, files, doc, out] = entry;
    let run = this.carriedRuns.get(oldRun);
    if (run === undefined) {
      const where = this.previous!.index.runs[oldRun];
      const pack = where && this.previous!.index.packs[where[0]];
      if (!where || !pack) throw new Error(`page cache: no run ${oldRun}`);
      run = this.runs.length;
      this.carriedRuns.set(oldRun, run);
      this.runs.push({ pack, at: where[1], length: where[2], bytes: where[3], placed: Promise.resolve() });
    }
    this.pages.set(route, { run, start, length, files: this.carriedFiles(files), ...(withDocument ? { doc, out } : {}) });
  }

  /**
   * Pages in carried runs that are mostly pages no longer in use (rendered
   * again since, or gone) are packed afresh instead, so that the packs do
   * not keep every old page. Their documents are kept with them.
   */
  private repackSparseRuns(): void {
    if (this.carriedRuns.size === 0) return;
    const live = new Map<number, number>();
    for (const entry of this.pages.values()) live.set(entry.run, (live.get(entry.run) ?? 0) + entry.length);
    const sparse = new Map<number, number>(); // run here → run in the last build
    for (const [old, run] of this.carriedRuns) {
      if ((live.get(run) ?? 0) < this.runs[run]!.bytes * LIVE_SHARE_TO_KEEP) sparse.set(run, old);
    }
    // A pack is kept whole while any run in it is: one mostly of runs no longer kept is packed afresh too.
    const kept = new Map<string, number>();
    for (const [old, run] of this.carriedRuns) {
      if (sparse.has(run)) continue;
      const where = this.previous!.index.runs[old]!;
      kept.set(this.runs[run]!.pack, (kept.get(this.runs[run]!.pack) ?? 0) + where[2]);
    }
    for (const [old, run] of this.carriedRuns) {
      const where = this.previous!.index.runs[old]!;
      if ((kept.get(this.runs[run]!.pack) ?? 0) < this.previous!.packBytes[where[0]]! * LIVE_SHARE_TO_KEEP) sparse.set(run, old);
    }
    if (sparse.size === 0) return;
    for (const [route, entry] of [...this.pages]) {
      const old = sparse.get(entry.run);
      if (old === undefined) continue;
      const bytes = this.previousRun(old);
      if (!bytes || entry.start + entry.length > bytes.length) {
        this.pages.delete(route); // damaged: rendered again next time
        continue;
      }
      const { doc, out } = entry;
      this.keepBytes(route, bytes.subarray(entry.start, entry.start + entry.length), entry.files);
      if (doc !== undefined && out !== undefined) this.document(route, doc, out);
    }
    // Left in the list (the numbers of later runs must not move), but empty: in no pack.
    for (const run of sparse.keys()) this.runs[run] = { pack: "", at: 0, length: 0, bytes: 0, placed: Promise.resolve() };
  }

  private keepBytes(route: string, bytes: Buffer, files: number[]): void {
    if (!this.open) {
      this.open = { index: this.runs.length, parts: [], bytes: 0 };
      this.runs.push({ pack: "", at: 0, length: 0, bytes: 0, placed: Promise.resolve() }); // its place, filled when sealed
    }
    this.pages.set(route, { files, run: this.open.index, start: this.open.bytes, length: bytes.length });
    this.open.parts.push(bytes);
    this.open.bytes += bytes.length;
    if (this.open.bytes >= RUN_BYTES) this.sealRun();
  }

  /** Deflates the open run and appends it to this build's pack, on the thread pool: only runs not yet written are held. */
  private sealRun(): void {
    if (!this.open) return;
    const { index, parts, bytes } = this.open;
    this.open = null;
    const run: NewRun = { pack: this.packName, at: 0, length: 0, bytes, placed: Promise.resolve() };
    run.placed = deflate(Buffer.concat(parts), { level: DEFLATE_LEVEL }).then(async (deflated) => {
      if (!this.pack) {
        mkdirSync(this.dir, { recursive: true });
        this.pack = openFile(path.join(this.dir, this.packName), "w");
      }
      const handle = await this.pack;
      run.at = this.packEnd;
      run.length = deflated.length;
      this.packEnd += deflated.length; // taken before the write: runs written at once never overlap
      await handle.write(deflated, 0, deflated.length, run.at);
    });
    run.placed.catch(() => {}); // awaited in save(); never an unhandled rejection meanwhile
    this.runs[index] = run;
  }

  private previousRun(run: number): Buffer | null {
    if (this.inflated?.run === run) return this.inflated.bytes;
    const where = this.previous!.index.runs[run];
    const pack = where && this.previous!.index.packs[where[0]];
    if (!where || !pack) return null;
    try {
      let fd = this.previous!.fds.get(pack);
      if (fd === undefined) {
        fd = openSync(path.join(this.dir, pack), "r");
        this.previous!.fds.set(pack, fd);
      }
      const deflated = Buffer.alloc(where[2]);
      if (readSync(fd, deflated, 0, where[2], where[1]) !== where[2]) return null;
      this.inflated = { run, bytes: inflateRawSync(deflated) };
    } catch {
      return null;
    }
    return this.inflated.bytes;
  }
}

/** How long each pack must be for the runs the index places in it. */
function packEnds(index: Index): number[] {
  const ends = index.packs.map(() => 0);
  for (const [pack, at, length] of index.runs) if (pack >= 0) ends[pack] = Math.max(ends[pack] ?? 0, at + length);
  return ends;
}


function readPrevious(dir: string, code: string): Previous | null {
  try {
    const index = JSON.parse(readFileSync(path.join(dir, INDEX_FILE), "utf8")) as Index;
    if (index.format !== FORMAT || index.code !== code || !Array.isArray(index.packs)) return null;
    // A pack missing, or shorter than the index says (cut short): none of the cache is trusted.
    const packBytes = packEnds(index);
    for (const [i, pack] of index.packs.entries()) {
      if (path.basename(pack) !== pack || !OWN_FILE.test(pack) || statSync(path.join(dir, pack)).size < packBytes[i]!) return null;
    }
    return { index, fds: new Map(), packBytes };
  } catch {
    return null; // no cache yet, or one a killed build left unreadable: render everything
  }
}
