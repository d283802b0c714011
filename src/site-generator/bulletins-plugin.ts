/**
 * Vite plugin: `bulletins/*.txt` → static data the app fetches.
 *
 * - build: parses every bulletin once and writes the emitters' files to the
 *   output folder (not into Rollup's bundle: at 1,000 bulletins they are
 *   28,000 files, which Vite then listed on the terminal one per line, with
 *   their gzip sizes).
 * - dev: listens at once and meanwhile reads every bulletin's summary from
 *   the parse cache in worker threads (dev/summary-pool.ts; without a parse
 *   cache, every bulletin on this thread, a slice at a time); a data file
 *   asked for before they are read waits for them. Each data file is made
 *   when it is first asked for and kept in memory until a bulletin changes
 *   (dev/on-demand-files.ts), a bulletin read in full when one of its files
 *   or an emitter over the whole archive needs it. It watches the bulletins
 *   folder and re-parses a changed or added file; the app hears a
 *   `bulletins:changed` event and refetches, so no restart and no reload.
 *
 * A bulletin that fails is reported in the terminal (`bulletins: FILE: reason`)
 * and left out; it never fails the build for the others.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { setImmediate as nextTurn } from "node:timers/promises";
import path from "node:path";
import type { Plugin, ResolvedConfig, ViteDevServer } from "vite";
import { BulletinStore, parseFile, type ParseFn } from "./bulletin-store.ts";
import { closingSummary } from "./closing-summary.ts";
import { BULLETINS_CHANGED_EVENT } from "./data-paths.ts";
import { builtInEmitters, runEmitters, type BulletinEmitter, type EmitReuse, type SettledFile } from "./emitters.ts";
import { contentHashSync } from "../import/hash-node.ts";
import { readSource, type SourceRead } from "./read-source.ts";
import type { Bulletin, Warning } from "../parser/model/index.ts";
import { fileBesideLedger, outputWriter } from "./output/output-plugin.ts";
import { BulletinOutputs, computeCodeVersion, inputKey, type MadeFile } from "./output/bulletin-outputs.ts";
import { outputHash } from "./output/ledger.ts";
import { buildPhases } from "./phases/build-phases.ts";
import { OnDemandFiles, type BulletinSource } from "./dev/on-demand-files.ts";
import { readSummaries, type SummaryReply } from "./dev/summary-pool.ts";
import { watchFolder, type FolderWatch } from "./dev/folder-watch.ts";
import { readCachedEntry, type CacheLocation } from "./dev/cached-entry.ts";
import {
  readSummaryIndex,
  summaryIndexFile,
  writeSummaryIndex,
  type IndexedSummary,
  type StampedFiles,
  type SummaryIndex,
  type SummaryIndexFile,
} from "./dev/summary-index.ts";
import { bulletinSummary } from "./dev/summary.ts";
import { contentKey } from "./cache/parse-cache.ts";
import { withWarningFirst } from "./cache/checked.ts";
import type { CachedParseFn } from "./cache/cached-parser.ts";
import { lazyFromCache, summaryOfLazy } from "./cache/lazy-bulletin.ts";
import { settledStamp, stillStamped, type FileStamp } from "./file-stamp.ts";
import { quoteCounts } from "../emit-cache/quote-counts.ts";

export type { BulletinEmitter, EmittedFile } from "./emitters.ts";

export const BULLETINS_PLUGIN_NAME = "bulletin-reader:bulletins";

/** What other plugins may ask of this one (Vite's `plugin.api`): the offline plugin versions its data cache by these files. */
export interface BulletinsPluginApi {
  /**
   * Every file the emitters made, by name in the output folder; in a build,
   * only those to be written (not as the last build left them), and none once
   * written (see `writtenHashes`); in dev, none (made on demand there).
   */
  files(): ReadonlyMap<string, string>;
  /** In a build, from its start: every file's content hash (the output ledger's `outputHash`), by name. */
  writtenHashes(): ReadonlyMap<string, string>;
}

/** What the dev server knows when it loads the parser. */
export interface ParserHint {
  /**
   * The only bulletin files (absolute paths) the parse cache may lack: the
   * others' parses were just read from it. A loader that parses what the
   * cache lacks ahead (the parse pool) need look at no other.
   */
  uncached?: readonly string[];
  /**
   * Build, with a parse cache: reads a bulletin file's text as the build
   * does (throws when it is unreadable; the build reports it), and keeps
   * its cache key and decoding warning, so the build's read pass need not
   * read it again. A loader that reads every file first (the parse pool,
   * to find what the cache lacks) reads them with this.
   */
  read?: (file: string) => string;
  /**
   * Build, with a parse cache: the files (by resolved path) that still have
   * the stamp the summary index recorded (file-stamp.ts). Their parse is
   * cached and the build knows their text's key without reading them: a
   * loader that reads every file first need not read these.
   */
  unchanged?: ReadonlySet<string>;
}

/**
 * The parse `loadParser` gives. With `countFromCache` (the parse cache's,
 * cache/cached-parser.ts), the build holds the bulletins whose summaries the
 * last build left as lazy bulletins (cache/lazy-bulletin.ts), without
 * calling it, and tells it of each for its report.
 */
export type LoadedParser = ParseFn & { countFromCache?: CachedParseFn["countFromCache"] };

export interface BulletinsPluginOptions {
  /** Folder of .txt bulletins, relative to the Vite root. */
  dir?: string;
  /**
   * Loads the parser. Loaded lazily (not imported by vite.config.ts) so that a
   * parser that does not load is reported and cannot stop the dev server or
   * the test runner from starting.
   */
  loadParser: (hint?: ParserHint) => Promise<LoadedParser>;
  /** Extra outputs (search index, feeds…), run after the built-in ones. */
  emitters?: BulletinEmitter[];
  /**
   * Where `loadParser`'s parse keeps its parses (src/site-generator/cache/):
   * the dev server's start reads the bulletins' summaries from there in
   * worker threads. Without it, it reads every bulletin on its own thread.
   * A build holds a bulletin whose summary it finds there as a lazy bulletin
   * (cache/lazy-bulletin.ts), read in full from there only when touched.
   */
  parseCache?: { dir: string; version: string };
}

const BULLETIN_EXTENSION = ".txt";

/** Whether `file` is a bulletin directly in `folder` (resolved). */
const isBulletinIn = (folder: string, file: string) => file.endsWith(BULLETIN_EXTENSION) && path.resolve(path.dirname(file)) === folder;

/** Whether Vite's watcher polls (`server.watch.usePolling`): a folder's watch would then miss what it exists to catch. */
const pollsForChanges = (config: ResolvedConfig) => Boolean(config.server.watch?.usePolling);
/** The project's src/: its sources version the record of each bulletin's files (output/bulletin-outputs.ts). */
const SOURCE_DIR = fileURLToPath(new URL("../", import.meta.url));

/** Dev: a bulletin must be parsed, and the parser is still loading: the request waits for it and asks again. */
class ParserNotLoaded extends Error {}
/**
 * In dev, the bulletins are read in slices of about this long, with Vite's
 * requests served between them: reading 10,000 from the parse cache takes
 * seconds, in which the browser is loading the app's modules.
 */
const READ_SLICE_MS = 40;

/** Content types for what emitters write (data, feeds, CSVs), served from memory in dev. */
const CONTENT_TYPES: Record<string, string> = {
  ".json": "application/json",
  ".atom": "application/atom+xml; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".html": "text/html; charset=utf-8",
};

function contentTypeFor(fileName: string): string {
  return CONTENT_TYPES[path.extname(fileName)] ?? "text/plain; charset=utf-8";
}

export function bulletinsPlugin(options: BulletinsPluginOptions): Plugin {
  let store = new BulletinStore(() => {
    throw new Error("parser not loaded");
  });
  const emitters = [...builtInEmitters, ...(options.emitters ?? [])];
  let config: ResolvedConfig;
  let dir = "";
  let files = new Map<string, string>();
  let writtenHashes = new Map<string, string>();
  /** File name → the hash an import of the same text gets, so importing it says "already there". */
  const sourceHashes = new Map<string, string>();
  const reported = new Map<string, string>();
  /**
   * Build, with a parse cache: file name → the cache's key (contentKey) of the
   * text read, so the build can leave the dev server's summary index
   * (`writeDevSummaries`) keyed as the dev server's workers look it up.
   */
  const buildContentKeys = new Map<string, string>();
  /** Build: file name → what decides its bulletin (output/bulletin-outputs.ts `inputKey`), for reusing its last files. */
  const buildInputKeys = new Map<string, string>();
  /** Build: this build's record of each bulletin's files, saved once they are written. */
  let bulletinOutputs: BulletinOutputs | undefined;
  /** File name → the decoding's warning (a guessed code page), added to the file's bulletin after the parse. */
  const sourceWarnings = new Map<string, Warning>();
  /** Outside the parse cache, which is keyed by the text alone: the same text read from another encoding warns differently. */
  const withSourceWarnings = (parse: ParseFn): ParseFn => (text, parseOptions) => {
    const bulletin = parse(text, parseOptions);
    const warning = sourceWarnings.get(parseOptions.fileName);
    return warning ? withWarningFirst(bulletin, warning) : bulletin;
  };

  const log = (message: string) => config.logger.warn(`bulletins: ${message}`, { timestamp: true });

  /** Build: the parser as loaded, and as the store parses with it (the decoding's warning added). */
  let buildParser: { loaded: LoadedParser; parse: ParseFn } | undefined;
  /**
   * Build: what `ParserHint.read` read of each file (by resolved path): at
   * 10,000 bulletins, reading and hashing every source again took seconds.
   */
  const readAhead = new Map<string, { key: string; warning: Warning | undefined }>();
  /**
   * Build: file name → its stamp as `ParserHint.read` read it, with the key of
   * the text it read, when the stamp may be recorded (file-stamp.ts): the
   * dev server's start then takes the summary without reading the file.
   */
  const buildStamps = new Map<string, FileStamp & { key: string }>();
  /** Build: the summary index as the build found it, read before the parser loads and dropped after the read pass. */
  let buildIndex: SummaryIndexFile | undefined;
  /** Build: how many bulletins are held as lazy bulletins, how many of them were read in full, and how many of those before the bundle. */
  const lazyCounts = { held: 0, readInFull: 0, readByEmitters: 0 };

  /** What is kept of a bulletin's source beside its parse: its decoding's warning and its text's hash. */
  function noteSource(name: string, source: { text: string; warning?: Warning | undefined }): void {
    if (source.warning) sourceWarnings.set(name, source.warning);
    else sourceWarnings.delete(name);
    sourceHashes.set(name, contentHashSync(source.text));
  }

  /** `source` and `key` (its contentKey), when the caller has read the file already. */
  function readOne(absolute: string, source: SourceRead = readSource(absolute), key?: string): void {
    // The parser derives ids from the file name; all bulletins sit in one folder.
    const name = path.basename(absolute);
    if (!source.ok) {
      sourceHashes.delete(name);
      sourceWarnings.delete(name);
      if ("missing" in source) store.remove(name);
      else store.reject(name, source.problem);
      return;
    }
    const warning = source.warning?.message;
    if (warning !== sourceWarnings.get(name)?.message) store.remove(name); // same text, other encoding: parse again
    noteSource(name, source);
    store.update(name, source.text);
    if (config.command === "build") {
      const content = key ?? contentKey(name, source.text);
      if (options.parseCache) buildContentKeys.set(name, content);
      buildInputKeys.set(name, inputKey(content, source.warning));
    }
  }

  /**
   * Build, with a parse cache: the file as a lazy bulletin of the summary the
   * last build left for its text (`index`), if there is one and the text was
   * decoded as then (the same warning); else as `readOne` reads it.
   */
  function readLazily(absolute: string, index: SummaryIndex, cache: CacheLocation): void {
    const name = path.basename(absolute);
    const ahead = readAhead.get(path.resolve(absolute));
    const aheadEntry = ahead && index[ahead.key];
    if (ahead && aheadEntry && aheadEntry.warning?.message === ahead.warning?.message) {
      holdLazily(absolute, ahead.key, ahead.warning, aheadEntry, cache);
      return;
    }
    const source = readSource(absolute);
    const key = source.ok ? contentKey(name, source.text) : undefined;
    const entry: IndexedSummary | undefined = key === undefined ? undefined : index[key];
    if (!source.ok || key === undefined || entry === undefined || entry.warning?.message !== source.warning?.message) {
      readOne(absolute, source, key);
      return;
    }
    holdLazily(absolute, key, source.warning, entry, cache);
  }

  /** Holds the file as a lazy bulletin of `entry`, the summary the last build left for its text (cache key `key`). */
  function holdLazily(absolute: string, key: string, warning: Warning | undefined, entry: IndexedSummary, cache: CacheLocation): void {
    if (!buildParser) throw new Error("parser not loaded");
    const name = path.basename(absolute);
    const { parse, loaded } = buildParser;
    if (warning) sourceWarnings.set(name, warning);
    else sourceWarnings.delete(name);
    sourceHashes.set(name, entry.sourceHash);
    const bulletin = lazyFromCache(entry.summary, {
      quoteCounts: entry.quoteCounts,
      cache,
      key,
      file: absolute,
      parse,
      onRead: () => lazyCounts.readInFull++,
    });
    store.put(name, entry.hash, bulletin, { partial: false });
    lazyCounts.held++;
    buildContentKeys.set(name, key);
    buildInputKeys.set(name, inputKey(key, warning));
    // The report counts the parse as the cache holds it: without the decoding's warning, which comes first.
    const { summary } = entry;
    loaded.countFromCache?.(name, key, entry.warning ? { ...summary, warnings: summary.warnings.slice(1) } : summary);
  }

  /**
   * Build: leaves the summaries of every bulletin it read where the dev
   * server's start looks first (dev/summary-index.ts), so the first
   * `npm start` after a build reads one file instead of every cached parse
   * (at 10,000 bulletins, 7 s more on a busy two-core machine). Keyed by
   * file name and text, as the dev server's workers look them up: a bulletin
   * changed or added since has another key and is read from its parse.
   */
  function writeDevSummaries(cache: CacheLocation): void {
    const entries: SummaryIndex = {};
    const files: StampedFiles = {};
    for (const [name, key] of buildContentKeys) {
      const result = store.get(name);
      const sourceHash = sourceHashes.get(name);
      if (!result?.ok || sourceHash === undefined) continue;
      const warning = sourceWarnings.get(name);
      // A lazy bulletin's own summary: `bulletinSummary` would read it in full.
      const summary = summaryOfLazy(result.bulletin) ?? bulletinSummary(result.bulletin);
      entries[key] = { hash: result.hash, sourceHash, ...(warning ? { warning } : {}), summary, quoteCounts: quoteCounts(result.bulletin) };
      // Only a stamp of the text this summary is of: the file may have been read again, changed, since.
      const stamped = buildStamps.get(name);
      if (stamped?.key === key) files[name] = stamped;
    }
    writeSummaryIndex(summaryIndexFile(cache.dir, cache.version), { entries, files });
  }

  /** `ParserHint.read`. */
  function readForParser(file: string): string {
    const source = readSource(file);
    if (!source.ok) throw new Error(`unreadable: ${file}`);
    const name = path.basename(file);
    const key = contentKey(name, source.text);
    readAhead.set(path.resolve(file), { key, warning: source.warning });
    const stamp = settledStamp(source.stamp);
    if (stamp) buildStamps.set(name, { ...stamp, key });
    else buildStamps.delete(name);
    return source.text;
  }

  /**
   * Build: the files that still have the stamp the summary index recorded,
   * entered in `readAhead` as if `readForParser` had read them (their key and
   * decoding's warning as the index has them): at 10,000 bulletins, reading,
   * decoding and hashing every file again was three seconds of a rebuild's
   * thread.
   */
  function unchangedSinceStamped(index: SummaryIndexFile): Set<string> {
    const unchanged = new Set<string>();
    for (const name of bulletinNames()) {
      const recorded = index.files[name];
      const entry = recorded && index.entries[recorded.key];
      const file = path.resolve(dir, name);
      if (!entry || !stillStamped(file, recorded)) continue;
      readAhead.set(file, { key: recorded.key, warning: entry.warning });
      buildStamps.set(name, recorded);
      unchanged.add(file);
    }
    return unchanged;
  }

  async function loadParser(): Promise<void> {
    buildParser = undefined;
    readAhead.clear();
    buildStamps.clear();
    const cache = options.parseCache;
    buildIndex = cache ? readSummaryIndex(summaryIndexFile(cache.dir, cache.version)) : undefined;
    try {
      const hint = buildIndex ? { read: readForParser, unchanged: unchangedSinceStamped(buildIndex) } : undefined;
      const loaded = await options.loadParser(hint);
      const parse = withSourceWarnings(loaded);
      store = new BulletinStore(parse);
      buildParser = { loaded, parse };
    } catch (error) {
      log(`cannot load the parser: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  function bulletinNames(): string[] {
    try {
      return readdirSync(dir).filter((n) => n.endsWith(BULLETIN_EXTENSION));
    } catch {
      log(`${path.relative(config.root, dir)}: folder not found, no bulletins`);
      return [];
    }
  }

  function readAll(): void {
    const cache = config.command === "build" ? options.parseCache : undefined;
    // Only a parser that counts what it is not called for: its report must still count every bulletin.
    if (cache && buildIndex && buildParser?.loaded.countFromCache) {
      for (const n of bulletinNames()) readLazily(path.join(dir, n), buildIndex.entries, cache);
    } else for (const n of bulletinNames()) readOne(path.join(dir, n));
    readAhead.clear();
    buildIndex = undefined;
  }

  /** `readAll` in slices, letting the server answer between them. */
  async function readAllInSlices(): Promise<void> {
    let sliceStart = performance.now();
    for (const n of bulletinNames()) {
      readOne(path.join(dir, n));
      if (performance.now() - sliceStart >= READ_SLICE_MS) {
        await nextTurn();
        sliceStart = performance.now();
      }
    }
  }

  /** The bulletins to publish, after reporting new failures once. */
  function snapshot() {
    const { bulletins, failures, fileOf } = store.snapshot();
    const current = new Map(failures.map((f) => [f.file, f.reason]));
    for (const [file, reason] of current) if (reported.get(file) !== reason) log(`${file}: ${reason}`);
    reported.clear();
    for (const [file, reason] of current) reported.set(file, reason);
    const hashById = new Map([...fileOf].flatMap(([id, file]) => {
      const hash = sourceHashes.get(file);
      return hash ? [[id, hash] as const] : [];
    }));
    const parserVersion = options.parseCache?.version;
    const keyById = new Map([...fileOf].flatMap(([id, file]) => {
      const input = buildInputKeys.get(file);
      return input !== undefined && parserVersion !== undefined ? [[id, `${parserVersion}:${input}`] as const] : [];
    }));
    return { bulletins, context: { sourceHashes: hashById, ...(keyById.size > 0 ? { bulletinKeys: keyById } : {}) }, fileOf };
  }

  /** Rebuilds every output from the store and reports new failures once; `settled` and `reuse` as `runEmitters`'. */
  function regenerate(settled?: SettledFile, reuse?: (fileOf: ReadonlyMap<string, string>) => EmitReuse): void {
    const { bulletins, context, fileOf } = snapshot();
    files = runEmitters(emitters, bulletins, log, context, settled, reuse?.(fileOf));
  }

  /**
   * In a build into a folder with a ledger: the last build's files of each
   * bulletin that did not change, for the per-bulletin emitters (its JSON, its
   * CSVs), reused when the folder still holds them as it left them; the
   * record of this build's is saved once the data files are written.
   * Call after `settleUnchanged`, whose hashes it shares.
   */
  function reuseLastFiles(outDir: string): ((fileOf: ReadonlyMap<string, string>) => EmitReuse) | undefined {
    const recordFile = fileBesideLedger(config, outDir, "bulletins");
    if (recordFile === undefined) return undefined;
    const writer = outputWriter(config, outDir, "data");
    const outputs = buildPhases.time("data reused", () =>
      BulletinOutputs.open(recordFile, computeCodeVersion(SOURCE_DIR, path.resolve(config.root, "package-lock.json"))),
    );
    bulletinOutputs = outputs;
    const settingsOf = (emit: BulletinEmitter) => emit.makes?.perBulletin?.settings ?? "";
    return (fileOf) => {
      const inputOf = (b: Bulletin) => {
        const file = fileOf.get(b.id);
        return file === undefined ? undefined : buildInputKeys.get(file);
      };
      return {
        kept(emit, b) {
          const input = inputOf(b);
          const last = input === undefined ? undefined : outputs.previousFiles(emit.name, settingsOf(emit), input);
          if (input === undefined || last === undefined || !last.every(([f, hash]) => writer.holdsNow(f, hash))) return undefined;
          for (const [f, hash] of last) writtenHashes.set(f, hash);
          outputs.record(emit.name, settingsOf(emit), input, last);
          return last;
        },
        keep(kept) {
          for (const [f] of kept) writer.keep(f);
        },
        made(emit, b, fileNames) {
          const input = inputOf(b);
          const made: MadeFile[] = [];
          for (const f of fileNames) {
            const hash = writtenHashes.get(f);
            if (hash === undefined) return; // not seen by settleUnchanged: not recorded, made again next time
            made.push([f, hash]);
          }
          if (input !== undefined) outputs.record(emit.name, settingsOf(emit), input, made);
        },
      };
    };
  }

  /**
   * In a build, each file's content hash, and the files the last build left
   * as they are (the output ledger) let go as each emitter makes them: a
   * rebuild at 10,000 bulletins held gigabytes of data files it would not
   * write, and ran out of heap. A file that comes with its hash (one the
   * emit cache kept) is not hashed again, nor its text read.
   */
  function settleUnchanged(outDir: string): SettledFile {
    const writer = outputWriter(config, outDir, "data");
    writtenHashes = new Map();
    return (fileName, file) => {
      const started = performance.now();
      const hash = file.hash ?? outputHash(file.source);
      writtenHashes.set(fileName, hash);
      const unchanged = writer.unchangedNow(fileName, hash);
      buildPhases.add("data unchanged", performance.now() - started);
      return unchanged;
    };
  }

  const isBulletin = (file: string) => isBulletinIn(path.resolve(dir), file);

  /**
   * Dev: answers from the bulletins once `loaded` has read them; until then a
   * request for a data file waits, and every other request (the app's page
   * and modules) is Vite's at once.
   */
  function serve(server: ViteDevServer, loaded: Promise<void>): void {
    const base = config.base.endsWith("/") ? config.base : `${config.base}/`;
    const onDemand = new OnDemandFiles(emitters, devSource, log);
    let ready = false;
    /** Loading, then each change in turn: a change waits for the bulletins to be read. */
    let queue = loaded
      .catch((error: unknown) => log(`reading the bulletins failed: ${error instanceof Error ? error.message : String(error)}`))
      .then(() => {
        ready = true;
      });
    server.middlewares.use((req, res, next) => {
      const url = (req.url ?? "").split("?")[0] ?? "";
      if (!url.startsWith(base)) return next();
      const fileName = decodeURIComponent(url.slice(base.length));
      const isData = fileName.startsWith("data/");
      // The app's page and modules never wait for the bulletins, nor for an edit being read.
      if (!isData && !onDemand.declares(fileName) && !(ready && onDemand.hasUndeclared)) return next();
      void queue.then(async () => {
        let source: string | undefined;
        try {
          // The search index and the views hold the server's thread for a minute at 10,000 bulletins: not
          // before the parser has loaded, which timed out under them (Vite's module runner gives up after 60 s).
          if (!onDemand.isCheap(fileName)) await devParserLoaded;
          try {
            source = onDemand.get(fileName);
          } catch (error) {
            if (!(error instanceof ParserNotLoaded)) throw error;
            await devParserLoaded;
            source = onDemand.get(fileName);
          }
        } catch (error) {
          return next(error);
        }
        if (source === undefined) {
          // A missing data file is a 404, not the SPA's index.html.
          if (isData) {
            res.statusCode = 404;
            res.setHeader("Content-Type", "application/json");
            res.end(JSON.stringify({ error: "not found" }));
            return;
          }
          return next();
        }
        res.setHeader("Content-Type", contentTypeFor(fileName));
        res.setHeader("Cache-Control", "no-cache");
        res.end(source);
      });
    });

    const onChange = (file: string, removed: boolean) => {
      if (!isBulletin(file)) return;
      queue = queue.then(async () => {
        await devParserLoaded;
        try {
          if (removed) {
            store.remove(path.basename(file));
            sourceHashes.delete(path.basename(file));
            sourceWarnings.delete(path.basename(file));
          }
          else readOne(file);
        } catch (error) {
          log(`${path.basename(file)}: ${error instanceof Error ? error.message : String(error)}`);
        }
        onDemand.invalidate();
        snapshot(); // reports a failure now, not when a file is next asked for
        server.ws.send({ type: "custom", event: BULLETINS_CHANGED_EVENT });
        config.logger.info(`bulletins: ${path.relative(config.root, file)} ${removed ? "removed" : "updated"}`, {
          timestamp: true,
        });
      });
    };
    if (!pollsForChanges(config)) {
      devFolderWatch = watchFolder(dir, isBulletin, onChange, (error) => log(`watching ${path.relative(config.root, dir)}: ${error.message}`));
      if (devFolderWatch) return;
    }
    // Polling, or no folder to watch yet (Vite's watcher sees it made): the bulletins are Vite's watcher's again.
    viteWatchesBulletins = true;
    server.watcher.add(dir);
    server.watcher.on("add", (f) => onChange(f, false));
    server.watcher.on("change", (f) => onChange(f, false));
    server.watcher.on("unlink", (f) => onChange(f, true));
  }

  /** Dev: the watch on the bulletins folder (dev/folder-watch.ts), when Vite's watcher does not poll; closed with the server. */
  let devFolderWatch: FolderWatch | null = null;
  /** Dev: whether Vite's watcher, not the folder's own watch, reports changes to the bulletins (`config` keeps them from it until then). */
  let viteWatchesBulletins = false;

  /** Dev: the parser, once loaded (`devParserLoaded`); the store's parse waits for nothing, so nothing calls it before. */
  let devParse: ParseFn | undefined;
  let devParserLoaded: Promise<void> = Promise.resolve();

  /** Dev: a store whose parse is the parser once loaded (`loadDevParser`), not replaced when it loads. */
  function createDevStore(): void {
    store = new BulletinStore((text, parseOptions) => {
      if (!devParse) throw new Error("parser not loaded");
      return devParse(text, parseOptions);
    });
  }

  /** Dev: loads the parser once `after` has settled; `devParserLoaded` says when it is there. */
  function loadDevParser(after: Promise<unknown> = Promise.resolve(), hint?: () => ParserHint): Promise<void> {
    devParserLoaded = after
      .catch(() => undefined)
      .then(() => options.loadParser(hint?.()))
      .then(
        (parse) => {
          devParse = withSourceWarnings(parse);
        },
        (error: unknown) => log(`cannot load the parser: ${error instanceof Error ? error.message : String(error)}`),
      );
    return devParserLoaded;
  }

  /**
   * Dev: reads a bulletin in full from the parse cache alone, as `readOne`
   * would through the parser (the same decoding, warning and schema check);
   * false when the cache lacks it or it fails, for `readOne` to read and report.
   */
  function readFromCache(absolute: string, cache: CacheLocation): boolean {
    const name = path.basename(absolute);
    const source = readSource(absolute);
    if (!source.ok) return false;
    const cached = readCachedEntry(cache, name, source.text);
    if (cached === undefined) return false;
    const result = parseFile(
      () => (source.warning ? { ...(cached as Bulletin), warnings: [source.warning, ...(cached as Bulletin).warnings] } : (cached as Bulletin)),
      name,
      source.text,
    );
    if (!result.ok) return false;
    noteSource(name, source);
    store.put(name, result.hash, result.bulletin, { partial: false });
    return true;
  }

  /** Dev: a bulletin held in summary, in full: from the cache, else through the parser (ParserNotLoaded until it is there). */
  function readInFull(file: string): void {
    const absolute = path.join(dir, file);
    if (options.parseCache && readFromCache(absolute, options.parseCache)) return;
    if (!devParse) throw new ParserNotLoaded();
    readOne(absolute);
  }

  /**
   * Dev, with a parse cache: every bulletin's summary, read in workers, then
   * the parser (and the parse pool parses what the cache lacks). The server
   * answers once the summaries are read; only what the workers missed, and an
   * edit, wait for the parser.
   */
  async function loadWithSummaries(cache: CacheLocation): Promise<void> {
    const found: Array<Extract<SummaryReply, { missed: false }>> = [];
    const missed: string[] = [];
    const summariesRead = readSummaries({
      files: bulletinNames().map((n) => path.join(dir, n)),
      cacheDir: cache.dir,
      version: cache.version,
      onReplies: (replies) => {
        for (const reply of replies) {
          if (reply.missed) missed.push(reply.file);
          else found.push(reply);
        }
      },
    });
    // The parser loads after: its parse pool reads and hashes every file too, and on two cores each slowed the other.
    const parserLoaded = loadDevParser(summariesRead, () => ({ uncached: missed }));
    await summariesRead;
    if (missed.length > 0) await parserLoaded;
    for (const reply of found) {
      const name = path.basename(reply.file);
      sourceHashes.set(name, reply.sourceHash);
      if (reply.warning) sourceWarnings.set(name, reply.warning);
      else sourceWarnings.delete(name);
      store.put(name, reply.hash, reply.summary, { partial: true });
    }
    for (const file of missed) {
      readOne(file);
      await nextTurn();
    }
    // For the next start, if it can skip more than this one did: once the requests waiting for the bulletins have been answered.
    if (found.some((r) => !r.fromIndex || (r.fileRead && r.stamp)) || missed.length > 0) {
      const entries: SummaryIndex = {};
      const files: StampedFiles = {};
      for (const { file, key, hash, sourceHash, warning, summary, quoteCounts, stamp } of found) {
        entries[key] = { hash, sourceHash, ...(warning ? { warning } : {}), summary, ...(quoteCounts ? { quoteCounts } : {}) };
        if (stamp) files[path.basename(file)] = { ...stamp, key };
      }
      setTimeout(() => writeSummaryIndex(summaryIndexFile(cache.dir, cache.version), { entries, files }), 0);
    }
  }

  /** Dev: the bulletins as the on-demand files read them, summaries until one is needed in full. */
  const devSource: BulletinSource = {
    summaries: snapshot,
    all() {
      for (const file of store.partialFiles()) readInFull(file);
      return snapshot();
    },
    one(id) {
      const file = store.snapshot().fileOf.get(id);
      if (file === undefined) return undefined;
      if (store.isPartial(file)) readInFull(file);
      const result = store.get(file);
      return result?.ok && result.bulletin.id === id ? result.bulletin : undefined;
    },
  };

  /** Dev: the parser (with the parse pool for what the cache lacks) and every bulletin, in workers or in slices. */
  async function loadForDev(): Promise<void> {
    const started = performance.now();
    createDevStore();
    if (options.parseCache) await loadWithSummaries(options.parseCache);
    else {
      await loadDevParser();
      await readAllInSlices();
    }
    const { bulletins } = snapshot();
    config.logger.info(
      `bulletins: ${bulletins.length} read in ${((performance.now() - started) / 1000).toFixed(1)} s; their data files are made as they are asked for`,
      { timestamp: true },
    );
  }

  return {
    name: BULLETINS_PLUGIN_NAME,
    api: { files: () => files, writtenHashes: () => writtenHashes } satisfies BulletinsPluginApi,
    config(user, { command }) {
      // The folder's own watch (serve, below) sees the bulletins: Vite's watcher, watching them one by one too, would
      // take its start the time the folder's watch saves (when the folder is under the root, as by default).
      if (command !== "serve" || user.server?.watch?.usePolling) return;
      const folder = path.resolve(user.root ?? process.cwd(), options.dir ?? "bulletins");
      const ignored = (file: string) => !viteWatchesBulletins && isBulletinIn(folder, file);
      return { server: { watch: { ignored: [ignored] } } };
    },
    configResolved(resolved) {
      config = resolved;
      dir = path.resolve(config.root, options.dir ?? "bulletins");
    },
    configureServer(server) {
      serve(server, loadForDev());
    },
    async buildStart() {
      if (config.command !== "build") return;
      buildPhases.reset();
      // First, so the output folder's ledger is opened now: its worker checks the last build's files
      // (output/ledger.ts `checkAhead`) while the bulletins are parsed and read, not once they are.
      const outDir = path.resolve(config.root, config.build.outDir);
      const settled = settleUnchanged(outDir);
      await buildPhases.timeAsync("parse in workers", loadParser);
      buildContentKeys.clear();
      buildInputKeys.clear();
      bulletinOutputs = undefined;
      Object.assign(lazyCounts, { held: 0, readInFull: 0, readByEmitters: 0 });
      buildPhases.time("parse cache pass", readAll);
      const cache = options.parseCache;
      if (cache) buildPhases.time("dev summaries", () => writeDevSummaries(cache));
      regenerate(settled, reuseLastFiles(outDir));
      lazyCounts.readByEmitters = lazyCounts.readInFull;
    },
    // Done before the prerender reads them: its writeBundle is `sequential` and `post`, so it waits for this one.
    async writeBundle(options) {
      if (config.command === "build") buildPhases.lap("bundle");
      const writer = outputWriter(config, options.dir ?? path.resolve(config.root, config.build.outDir), "data");
      await buildPhases.timeAsync("write data", async () => {
        const hashed = function* (): Generator<[string, string, string]> {
          for (const [fileName, source] of files) {
            const hash = writtenHashes.get(fileName) ?? outputHash(source);
            writtenHashes.set(fileName, hash);
            yield [fileName, source, hash];
          }
        };
        // A cold build's 44,000 files in worker threads (file-writer.ts `writeMany`).
        await writer.writeMany(hashed(), files.size);
        await writer.close();
        bulletinOutputs?.save();
        bulletinOutputs = undefined;
      });
      // Nothing in the build reads their content again (the pages are rendered from the written files, the
      // service worker's data version was taken as the bundle was made): at 10,000 bulletins it is gigabytes,
      // and a rebuild ran out of heap with it held.
      if (config.command === "build") files = new Map();
    },
    closeBundle() {
      devFolderWatch?.close();
      devFolderWatch = null;
      if (config.command !== "build") return;
      // From the prerender's end (its workers stopped) to here: the bundler's own work after writing.
      buildPhases.lap("after prerender");
      const { bulletins, failures } = store.snapshot();
      for (const line of closingSummary(bulletins, failures)) config.logger.info(line);
      // Which consumer still reads every unchanged bulletin in full shows here (and in the time and heap it costs).
      if (lazyCounts.held > 0) {
        const { held, readInFull, readByEmitters } = lazyCounts;
        config.logger.info(`bulletins: ${readInFull} of ${held} read in full from the parse cache (${readByEmitters} as the data files were made)`);
      }
    },
  };
}
