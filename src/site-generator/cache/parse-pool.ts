/**
 * Parses the bulletins the parse cache does not hold yet in worker threads,
 * one per core, before the build reads the archive. The build's own pass
 * (the data plugin, one file after another on the main thread) then finds
 * every one of them in the cache. Parsing is most of a cold build's work
 * (39 s of CPU at 1,000 bulletins), and the main thread has nothing else to
 * do meanwhile, so the workers take all the cores.
 *
 * A bulletin a worker could not parse is left to the build's own pass, which
 * parses it again and reports the failure as it always has. A few files are
 * parsed on the main thread: starting a worker (compiling the parser, loading
 * the gazetteer) costs more than parsing them.
 */
import { existsSync, readdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { contentKey } from "./parse-cache.ts";

/**
 * Fewer bulletins to parse than this are parsed by the build's own pass: a
 * worker's start-up (compiling the parser, loading the gazetteer: about a
 * second of CPU) costs as much as parsing 30–50 synthetic bulletins here.
 */
export const MIN_FILES_FOR_WORKERS = 40;
/** Progress is reported this often while the workers parse. */
const PROGRESS_EVERY_MS = 5_000;

export interface PoolWorkerData {
  cacheDir: string;
  version: string;
}
export interface PoolTask {
  fileName: string;
  text: string;
}
export interface PoolReply {
  fileName: string;
  ok: boolean;
}

export interface ParsePoolOptions {
  /** The bulletin files, by absolute path; their names are the names the parser sees. */
  files: readonly string[];
  /** Reads a bulletin's text exactly as the build does (the cache is keyed by it). */
  read: (file: string) => string;
  /** The parse cache's root folder and the parser version (parse-cache.ts). */
  cacheDir: string;
  version: string;
  /** `PARSE_WORKERS`, else one per core; 0 parses on the main thread only. */
  workers?: number;
  log?: (line: string) => void;
}

/** Workers to start: `PARSE_WORKERS` if set (0 turns them off), else one per core. */
export function parseWorkerCount(): number {
  const asked = Number(process.env.PARSE_WORKERS);
  return process.env.PARSE_WORKERS !== undefined && Number.isInteger(asked) && asked >= 0 ? asked : availableParallelism();
}

/** The `.txt` files of a folder, by absolute path (none when it does not exist). */
export function bulletinFiles(dir: string, extension = ".txt"): string[] {
  try {
    return readdirSync(dir)
      .filter((n) => n.endsWith(extension))
      .sort()
      .map((n) => path.join(dir, n));
  } catch {
    return [];
  }
}

/**
 * Parses into the cache every file it does not hold yet; resolves with the
 * cache keys (contentKey) of those the workers parsed, so the build's report
 * can count them as parsed anew and not as found in the cache.
 */
export async function parseInWorkers(options: ParsePoolOptions): Promise<Set<string>> {
  const { cacheDir, version, log = (l: string) => console.log(l) } = options;
  const versionDir = path.join(cacheDir, version);
  const todo: Array<PoolTask & { key: string }> = [];
  for (const file of options.files) {
    let text: string;
    try {
      text = options.read(file);
    } catch {
      continue; // the build's own pass reports it
    }
    const fileName = path.basename(file);
    const key = contentKey(fileName, text);
    if (!existsSync(path.join(versionDir, `${key}.json`))) todo.push({ fileName, text, key });
  }
  const workers = Math.min(options.workers ?? parseWorkerCount(), todo.length);
  if (todo.length < MIN_FILES_FOR_WORKERS || workers < 1) return new Set();

  const started = Date.now();
  let lastReport = started;
  const keyOf = new Map(todo.map((t) => [t.fileName, t.key]));
  const parsed = new Set<string>();
  let done = 0;
  let next = 0;
  const workerData: PoolWorkerData = { cacheDir, version };
  const entry = new URL("./parse-worker.ts", import.meta.url).href;

  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL("../worker-boot.mjs", import.meta.url), { workerData: { ...workerData, entry } });
      const send = () => {
        const task = todo[next++];
        if (!task) {
          void worker.terminate().then(() => resolve());
          return;
        }
        worker.postMessage({ fileName: task.fileName, text: task.text } satisfies PoolTask);
      };
      worker.on("message", (reply: PoolReply) => {
        done++;
        if (reply.ok) parsed.add(keyOf.get(reply.fileName)!);
        if (Date.now() - lastReport >= PROGRESS_EVERY_MS) {
          lastReport = Date.now();
          log(`bulletins: ${done}/${todo.length} parsed in ${workers} workers`);
        }
        send();
      });
      worker.on("error", reject);
      send();
    });

  const outcomes = await Promise.allSettled(Array.from({ length: workers }, runWorker));
  for (const outcome of outcomes) {
    // A worker that does not start (or dies) costs time, never the build: the build's own pass parses what is left.
    if (outcome.status === "rejected") {
      const reason = outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason);
      log(`bulletins: a parse worker stopped (${reason}); what it left is parsed on the main thread`);
    }
  }
  log(`bulletins: ${parsed.size} parsed in ${workers} workers in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return parsed;
}
