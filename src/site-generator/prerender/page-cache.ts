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
 * While few pages change, the index is not written again: the pages changed
 * since it was, with the packs, runs and new files, go to its delta
 * (`index.delta.json`), which the next build applies as it reads the index.
 *
 * A page made from its data without the app's renderer (a quote, person or
 * place page, template-pages.ts) is kept without its markup (`keepWithoutMarkup`):
 * it is made again from its data in a fraction of a millisecond whenever its
 * markup would be wanted, while keeping it cost more than making it. At 1,000
 * bulletins they are 65,600 of 69,700 pages: their markup was sent to the
 * build's thread, encoded, deflated on the thread pool beside the render
 * workers and packed (the pack of a cold build was 45 MB, and is 21 MB), for
 * the rare rebuild whose document changed and data did not. Their entries
 * stay, for `carryWritten`.
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
const FORMAT = 6;
const INDEX_FILE = "index.json";
/** What changed since the index was written: pages set and gone, and the packs, runs and files as they are now. */
const DELTA_FILE = "index.delta.json";
/**
 * The index is written afresh, and the delta dropped, once the delta holds
 * more than this share of the pages; until then a build writes only the
 * delta. At 10,000 bulletins the index is 80 MB of JSON, made and written
 * again each build for the few dozen pages a rebuild renders.
 */
const DELTA_SHARE_TO_REWRITE = 0.1;
const PACK_EXTENSION = ".bin";
/** The cache's own files besides the index: packs (named by a random UUID) and indexes being written. */
const OWN_FILE = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.bin|index(?:\.delta)?\.json\.\d+\.tmp)$/;
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
/**
 * Runs and files keep their numbers from build to build (so pages carried
 * keep their entries as they are); once more than this share of either list
 * is runs emptied or files no page reads, the list is numbered afresh.
 */
const EMPTY_SHARE_TO_COMPACT = 0.5;

/** What `mayHold` reads of the index: enough for its format and code (a SHA-256 in hex). */
const INDEX_HEAD_BYTES = 256;

const deflate = promisify(deflateRaw);

/** A page as the index holds it: [run, start, length, its files by number, document key?, document hash?]. */
type IndexPage = [run: number, start: number, length: number, files: number[], doc?: string, out?: string];

/** The run of a page kept without its markup (`keepWithoutMarkup`): in no pack. */
const NO_MARKUP = -1;

/**
 * Whether the cache keeps a page's markup: not that of a page made from its
 * data without the app's renderer (`template`, template-pages.ts; see the
 * module's comment). The render workers ask it too, to leave such markup unsent.
 */
export function keepsMarkup(page: { template?: string }): boolean {
  return page.template === undefined;
}

interface Index {
  format: number;
  code: string;
  /** Names this index, for its delta. */
  id: string;
  packs: string[];
  /** [pack, where in it, length deflated, length inflated]. */
  runs: Array<[pack: number, at: number, length: number, bytes: number]>;
  /** [data file URL, content hash]. */
  files: Array<[string, string]>;
  pages: Record<string, IndexPage>;
}

/** A data file's content hash, or any fixed string for a file that does not exist. */
export type HashOf = (url: string) => string;

/** A run of this build's index: in a pack of an earlier build, or in this build's, once written. */
interface NewRun {
  pack: string;
  at: number;
  length: number;
  bytes: number;
  /** Resolves once the run is in its pack (a run of this build), or at once. An emptied run: no pack, length 0. */
  placed: Promise<void>;
}

/** The run being filled. */
interface OpenRun {
  index: number;
  parts: Buffer[];
  bytes: number;
}

/** The index's changes (DELTA_FILE), kept apart so that a rebuild does not write the whole index again. */
interface Delta {
  format: number;
  code: string;
  /** The `id` of the index it is the delta of. */
  base: string;
  packs: string[];
  runs: Index["runs"];
  /** Files after the index's own, by their numbers following on from its. */
  files: Array<[string, string]>;
  pages: Record<string, IndexPage>;
  gone: string[];
}

interface Previous {
  /** The index with its delta applied. */
  index: Index;
  /** The index as written: its id, how many files its table has, and the pages its delta changed. */
  base: { id: string; files: number; changed: Set<string> };
  pageCount: number;
  /** Open packs, by name (closed when the cache is saved). */
  fds: Map<string, number>;
  /** Each pack's length, as far as its runs reach. */
  packBytes: number[];
}

export class PageCache {
  /**
   * This build's pages as the index holds them. A page carried whole from the
   * last build is its very entry there: the run, place and file numbers are
   * kept as they were (the runs and files below keep the last build's
   * numbers), so carrying 500,000 pages allocates nothing per page.
   */
  private readonly pages = new Map<string, IndexPage>();
  /** This build's runs: the last build's, by their numbers there (those no page uses any more emptied at save), then its own. */
  private readonly runs: NewRun[];
  /** This build's file table, [URL, hash]: the last build's, by its numbers, then files whose hash is new here. */
  private fileTable: Array<[string, string]>;
  /** URL → its number in this build's table, with this build's hash: made when the first page is kept. */
  private fileIds: Map<string, number> | null = null;
  /** The last build's files: whether each still has its hash (0 not yet checked, 1 yes, 2 no). */
  private readonly previousFileState: Uint8Array;
  private readonly previousRunCount: number;
  private open: OpenRun | null = null;
  private inflated: { run: number; bytes: Buffer } | null = null;
  private reused = 0;
  /** This build's pack, opened when its first run is deflated. */
  private readonly packName = `${randomUUID()}${PACK_EXTENSION}`;
  private pack: Promise<FileHandle> | null = null;
  private packEnd = 0;
  /** Runs or files were numbered afresh: every page's entry may have changed, and the index is written whole. */
  private renumbered = false;

  private constructor(
    private readonly dir: string,
    private readonly code: string,
    private readonly hashOf: HashOf,
    private readonly previous: Previous | null,
  ) {
    const index = previous?.index;
    this.previousFileState = new Uint8Array(index?.files.length ?? 0);
    this.fileTable = index ? index.files.slice() : [];
    this.runs = (index?.runs ?? []).map(([pack, at, length, bytes]) => ({ pack: index!.packs[pack] ?? "", at, length, bytes, placed: Promise.resolve() }));
    this.previousRunCount = this.runs.length;
  }

  /**
   * The cache in `dir` for pages rendered by app code `code`, with data files
   * hashed by `hashOf`; empty when there is none, or it is of other code.
   */
  static open(dir: string, code: string, hashOf: HashOf): PageCache {
    return new PageCache(dir, code, hashOf, readPrevious(dir, code));
  }

  /**
   * Whether the cache in `dir` may hold pages of app code `code`; when not,
   * every page is to be rendered (a first build, or the code changed), which
   * the prerender knows before it starts. Told from the index's first bytes,
   * where its format and code are (`save` sets them first): the whole index
   * is 80 MB at 10,000 bulletins.
   */
  static mayHold(dir: string, code: string): boolean {
    let head: string;
    try {
      const fd = openSync(path.join(dir, INDEX_FILE), "r");
      try {
        const bytes = Buffer.alloc(INDEX_HEAD_BYTES);
        head = bytes.subarray(0, readSync(fd, bytes, 0, INDEX_HEAD_BYTES, 0)).toString("utf8");
      } finally {
        closeSync(fd);
      }
    } catch {
      return false;
    }
    return head.startsWith(`{"format":${FORMAT},"code":${JSON.stringify(code)},`);
  }

  /** The page's markup from an earlier build, if its code and every file it was made from are unchanged. */
  reuse(route: string): string | null {
    const entry = this.valid(route);
    if (!entry || entry[0] === NO_MARKUP) return null;
    const run = this.previousRun(entry[0]);
    if (!run || entry[1] + entry[2] > run.length) return null; // a damaged pack: render the page again
    this.pages.set(route, [entry[0], entry[1], entry[2], entry[3]]);
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
    this.pages.set(route, entry);
    this.reused++;
  }

  /**
   * `writtenDocument` and `carryDocument` at once, the page looked up once:
   * carries the page if its document is the one the last build wrote and
   * `stillThere` says the output folder holds that document (by its hash).
   */
  carryWritten(route: string, doc: string, stillThere: (out: string) => boolean): boolean {
    const entry = this.valid(route);
    if (!entry || entry[4] !== doc || entry[5] === undefined || !stillThere(entry[5])) return false;
    this.pages.set(route, entry);
    this.reused++;
    return true;
  }

  /** Keeps a page just rendered, with the files it was made from, for the next build. */
  keep(route: string, html: string, dataFiles: readonly string[]): void {
    this.keepBytes(route, Buffer.from(html, "utf8"), dataFiles.map((url) => this.fileId(url, this.hashOf(url))));
  }

  /**
   * Keeps a page just made from its data without the app's renderer, with
   * the files it was made from, but not its markup (see the module's
   * comment): `carryWritten` carries it while its files and document are
   * unchanged, and `reuse` never gives it back.
   */
  keepWithoutMarkup(route: string, dataFiles: readonly string[]): void {
    this.pages.set(route, [NO_MARKUP, 0, 0, dataFiles.map((url) => this.fileId(url, this.hashOf(url)))]);
  }

  /** Records the document written for a page kept or reused in this build: `doc` its inputs' key, `out` the file's content hash. */
  document(route: string, doc: string, out: string): void {
    const entry = this.pages.get(route);
    if (entry) {
      entry[4] = doc;
      entry[5] = out;
    }
  }

  /** The key `document` recorded for the page in this build (or that it was carried with), if any. */
  documentOf(route: string): string | undefined {
    return this.pages.get(route)?.[4];
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
    this.compactRuns();
    this.compactFiles();
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
    const changed = this.changedSinceIndex();
    if (changed) {
      const pages: Record<string, IndexPage> = {};
      const gone: string[] = [];
      for (const route of changed) {
        const entry = this.pages.get(route);
        if (entry) pages[route] = entry;
        else gone.push(route);
      }
      const base = this.previous!.base;
      const delta: Delta = { format: FORMAT, code: this.code, base: base.id, packs, runs, files: this.fileTable.slice(base.files), pages, gone };
      this.replace(DELTA_FILE, JSON.stringify(delta));
    } else {
      // The last build's object of pages, brought to this build's: a rebuild changes a few dozen of 500,000,
      // and making the object afresh (a property per page) cost as much as writing it.
      const pages: Record<string, IndexPage> = this.previous?.index.pages ?? {};
      for (const route in pages) if (!this.pages.has(route)) delete pages[route];
      for (const [route, entry] of this.pages) if (pages[route] !== entry) pages[route] = entry;
      const index: Index = { format: FORMAT, code: this.code, id: randomUUID(), packs, runs, files: this.fileTable, pages };
      this.replace(INDEX_FILE, JSON.stringify(index));
      rmSync(path.join(this.dir, DELTA_FILE), { force: true }); // of the index replaced: it would be ignored
    }
    const inUse = new Set(packs);
    for (const name of readdirSync(this.dir)) {
      if (!inUse.has(name) && OWN_FILE.test(name)) rmSync(path.join(this.dir, name), { force: true });
    }
  }

  /** Writes one of the cache's files by rename: a killed build leaves the old one whole. */
  private replace(name: string, text: string): void {
    const temporary = path.join(this.dir, `${name}.${process.pid}.tmp`);
    writeFileSync(temporary, text);
    renameSync(temporary, path.join(this.dir, name));
  }

  /**
   * The pages whose entries differ from the index as written (set or gone),
   * if few enough to be written as its delta; null when the index is to be
   * written whole. A page carried from the last build is its very entry
   * there, so one that changed is one whose entry is another object.
   */
  private changedSinceIndex(): Set<string> | null {
    const previous = this.previous;
    if (!previous || this.renumbered) return null;
    const changed = new Set(previous.base.changed);
    const before = previous.index.pages;
    let present = 0;
    for (const [route, entry] of this.pages) {
      const was = before[route];
      if (was !== undefined) present++;
      if (was !== entry) changed.add(route);
    }
    if (present < previous.pageCount) for (const route in before) if (!this.pages.has(route)) changed.add(route);
    return changed.size > Math.max(this.pages.size, previous.pageCount) * DELTA_SHARE_TO_REWRITE ? null : changed;
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

  /** The number of a file with this hash in this build's table: the last build's number while the hash is the same. */
  private fileId(url: string, hash: string): number {
    if (!this.fileIds) {
      this.fileIds = new Map();
      for (const [id, [known]] of this.fileTable.entries()) this.fileIds.set(known, id); // a URL twice: the later is its newer hash
    }
    let id = this.fileIds.get(url);
    if (id === undefined || this.fileTable[id]![1] !== hash) {
      id = this.fileTable.length;
      this.fileTable.push([url, hash]);
      this.fileIds.set(url, id);
    }
    return id;
  }

  /**
   * Pages in the last build's runs that are mostly pages no longer in use
   * (rendered again since, or gone) are packed afresh instead, so that the
   * packs do not keep every old page. Their documents are kept with them.
   * Runs no page uses any more are emptied.
   */
  private repackSparseRuns(): void {
    const previous = this.previous;
    if (!previous || this.previousRunCount === 0) return;
    const live = new Float64Array(this.runs.length);
    for (const entry of this.pages.values()) if (entry[0] !== NO_MARKUP && entry[0] < live.length) live[entry[0]] = live[entry[0]]! + entry[2];
    const sparse = new Set<number>();
    for (let run = 0; run < this.previousRunCount; run++) {
      const r = this.runs[run]!;
      if (r.length > 0 && live[run]! > 0 && live[run]! < r.bytes * LIVE_SHARE_TO_KEEP) sparse.add(run);
    }
    // A pack is kept whole while any run in it is: one mostly of runs no longer kept is packed afresh too.
    const kept = new Map<string, number>();
    for (let run = 0; run < this.previousRunCount; run++) {
      const r = this.runs[run]!;
      if (r.length > 0 && live[run]! > 0 && !sparse.has(run)) kept.set(r.pack, (kept.get(r.pack) ?? 0) + r.length);
    }
    for (let run = 0; run < this.previousRunCount; run++) {
      const r = this.runs[run]!;
      const pack = previous.index.runs[run]![0];
      if (r.length > 0 && live[run]! > 0 && (kept.get(r.pack) ?? 0) < previous.packBytes[pack]! * LIVE_SHARE_TO_KEEP) sparse.add(run);
    }
    if (sparse.size > 0) {
      const moving: Array<[string, IndexPage]> = [];
      for (const [route, entry] of this.pages) if (sparse.has(entry[0]) && entry[0] < this.previousRunCount) moving.push([route, entry]);
      for (const [route, entry] of moving) {
        const bytes = this.previousRun(entry[0]);
        if (!bytes || entry[1] + entry[2] > bytes.length) {
          this.pages.delete(route); // damaged: rendered again next time
          continue;
        }
        const [, , , files, doc, out] = entry;
        this.keepBytes(route, bytes.subarray(entry[1], entry[1] + entry[2]), files);
        if (doc !== undefined && out !== undefined) this.document(route, doc, out);
      }
    }
    // Left in the list (the numbers of later runs must not move until compacted), but empty: in no pack.
    for (let run = 0; run < this.previousRunCount; run++) {
      if (live[run] === 0 || sparse.has(run)) this.runs[run] = { pack: "", at: 0, length: 0, bytes: 0, placed: Promise.resolve() };
    }
  }

  /** Once most of the list is emptied runs, the runs in use are numbered afresh (each page's run with them). */
  private compactRuns(): void {
    const empty = this.runs.reduce((n, r) => n + (r.length === 0 ? 1 : 0), 0);
    if (empty <= this.runs.length * EMPTY_SHARE_TO_COMPACT) return;
    const renumbered = new Int32Array(this.runs.length).fill(-1);
    const runs: NewRun[] = [];
    for (const [run, r] of this.runs.entries()) {
      if (r.length === 0) continue;
      renumbered[run] = runs.length;
      runs.push(r);
    }
    for (const [route, entry] of this.pages) {
      if (entry[0] === NO_MARKUP) continue;
      const run = renumbered[entry[0]] ?? -1;
      if (run < 0) this.pages.delete(route); // in no pack: rendered again next time
      else entry[0] = run;
    }
    this.runs.splice(0, this.runs.length, ...runs);
    this.renumbered = true;
  }

  /** Once most of the file table is files no page reads (or of an old hash), the files in use are numbered afresh. */
  private compactFiles(): void {
    const used = new Uint8Array(this.fileTable.length);
    let inUse = 0;
    for (const entry of this.pages.values()) {
      for (const file of entry[3]) {
        if (used[file] === 0) inUse++;
        used[file] = 1;
      }
    }
    if (this.fileTable.length - inUse <= this.fileTable.length * EMPTY_SHARE_TO_COMPACT) return;
    const renumbered = new Int32Array(this.fileTable.length).fill(-1);
    const table: Array<[string, string]> = [];
    for (const [id, file] of this.fileTable.entries()) {
      if (used[id] === 0) continue;
      renumbered[id] = table.length;
      table.push(file);
    }
    for (const entry of this.pages.values()) entry[3] = entry[3].map((file) => renumbered[file]!);
    this.fileTable = table;
    this.fileIds = null;
    this.renumbered = true;
  }

  private keepBytes(route: string, bytes: Buffer, files: number[]): void {
    if (!this.open) {
      this.open = { index: this.runs.length, parts: [], bytes: 0 };
      this.runs.push({ pack: "", at: 0, length: 0, bytes: 0, placed: Promise.resolve() }); // its place, filled when sealed
    }
    this.pages.set(route, [this.open.index, this.open.bytes, bytes.length, files]);
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
    if (index.format !== FORMAT || index.code !== code || typeof index.id !== "string" || !Array.isArray(index.packs)) return null;
    const base = { id: index.id, files: index.files.length, changed: new Set<string>() };
    const delta = readDelta(dir, index);
    if (delta) {
      index.packs = delta.packs;
      index.runs = delta.runs;
      index.files = index.files.concat(delta.files);
      for (const [route, entry] of Object.entries(delta.pages)) {
        index.pages[route] = entry;
        base.changed.add(route);
      }
      for (const route of delta.gone) {
        delete index.pages[route];
        base.changed.add(route);
      }
    }
    // A pack missing, or shorter than the index says (cut short): none of the cache is trusted.
    const packBytes = packEnds(index);
    for (const [i, pack] of index.packs.entries()) {
      if (path.basename(pack) !== pack || !OWN_FILE.test(pack) || statSync(path.join(dir, pack)).size < packBytes[i]!) return null;
    }
    let pageCount = 0;
    for (const _ in index.pages) pageCount++;
    return { index, base, pageCount, fds: new Map(), packBytes };
  } catch {
    return null; // no cache yet, or one a killed build left unreadable: render everything
  }
}

/**
 * The index's delta, if there is one of this very index. Without it (none,
 * unreadable, or of an index since replaced) the index alone is still true
 * to what it names: runs it places are either as they were or emptied (read
 * as missing), and its pages' files and hashes are as they were rendered.
 */
function readDelta(dir: string, index: Index): Delta | null {
  try {
    const delta = JSON.parse(readFileSync(path.join(dir, DELTA_FILE), "utf8")) as Delta;
    const whole = Array.isArray(delta.packs) && Array.isArray(delta.runs) && Array.isArray(delta.files) && Array.isArray(delta.gone) && typeof delta.pages === "object";
    return whole && delta.format === index.format && delta.code === index.code && delta.base === index.id ? delta : null;
  } catch {
    return null;
  }
}
