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
 * document around it (title, preview tags, scripts) is written fresh each time.
 *
 * Layout: `<dir>/index.json` names a pack, `<dir>/<pack>.bin` (the markup of
 * every page, deflated in runs), and where each page lies in it. Every build
 * writes a new pack of all its pages, then the index (by rename, so a killed
 * build leaves the old cache whole), then removes older packs (and the temporary
 * files of killed builds; nothing else, whatever folder it is pointed at).
 */
import { randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { deflateRaw, inflateRawSync } from "node:zlib";

/** Bumped when the index's shape changes: an index of another format is ignored. */
const FORMAT = 2;
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

const deflate = promisify(deflateRaw);

interface IndexEntry {
  /** [data file URL, content hash] for each file the page was made from. */
  files: Array<[string, string]>;
  /** Which run holds the page's markup, and where in the run (bytes, once inflated). */
  run: number;
  start: number;
  length: number;
}

interface Index {
  format: number;
  code: string;
  pack: string;
  /** Where each run lies in the pack, deflated. */
  runs: Array<{ at: number; length: number }>;
  pages: Record<string, IndexEntry>;
}

/** A data file's content hash, or any fixed string for a file that does not exist. */
export type HashOf = (url: string) => string;

/** The run being filled. */
interface OpenRun {
  parts: Buffer[];
  bytes: number;
}

export class PageCache {
  private readonly pages: Record<string, IndexEntry> = {};
  private readonly runs: Array<Promise<Buffer>> = [];
  private open: OpenRun = { parts: [], bytes: 0 };
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
    const entry = this.previous?.index.pages[route];
    if (!entry || !entry.files.every(([url, hash]) => this.hashOf(url) === hash)) return null;
    const run = this.previousRun(entry.run);
    if (!run || entry.start + entry.length > run.length) return null; // a damaged pack: render the page again
    const markup = run.subarray(entry.start, entry.start + entry.length);
    this.add(route, markup, entry.files);
    this.reused++;
    return markup.toString("utf8");
  }

  /** Keeps a page just rendered, with the files it was made from, for the next build. */
  keep(route: string, html: string, dataFiles: readonly string[]): void {
    this.add(
      route,
      Buffer.from(html, "utf8"),
      dataFiles.map((url) => [url, this.hashOf(url)]),
    );
  }

  get reusedCount(): number {
    return this.reused;
  }

  /** Writes the pages kept in this build as the cache for the next, replacing the old one. */
  async save(): Promise<void> {
    this.sealRun();
    const deflated = await Promise.all(this.runs);
    const runs: Index["runs"] = [];
    let at = 0;
    for (const bytes of deflated) {
      runs.push({ at, length: bytes.length });
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

  private add(route: string, bytes: Buffer, files: Array<[string, string]>): void {
    this.pages[route] = { files, run: this.runs.length, start: this.open.bytes, length: bytes.length };
    this.open.parts.push(bytes);
    this.open.bytes += bytes.length;
    if (this.open.bytes >= RUN_BYTES) this.sealRun();
  }

  private sealRun(): void {
    if (this.open.parts.length === 0) return;
    const deflating = deflate(Buffer.concat(this.open.parts), { level: DEFLATE_LEVEL });
    deflating.catch(() => {}); // awaited in save(); never an unhandled rejection meanwhile
    this.runs.push(deflating);
    this.open = { parts: [], bytes: 0 };
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
    return { index, pack: readFileSync(path.join(dir, index.pack)) };
  } catch {
    return null; // no cache yet, or one a killed build left unreadable: render everything
  }
}
