/**
 * Reads the whole archive's summaries (summary.ts) from the parse cache in
 * worker threads, one per core, for the dev server's start: at 10,000
 * bulletins reading and checking every cached parse on the server's own
 * thread took half a minute, during which it could answer nothing.
 */
import type { IndexedSummary } from "./summary-index.ts";
import type { FileStamp } from "../file-stamp.ts";
import { Worker } from "node:worker_threads";
import { parseWorkerCount } from "../cache/parse-pool.ts";

export interface SummaryWorkerData {
  cacheDir: string;
  version: string;
}

export type SummaryReply =
  | { file: string; missed: true }
  | (IndexedSummary & {
      file: string;
      missed: false;
      /** The parse cache's key (contentKey) of the file. */
      key: string;
      /** Taken from the summary index, not read from the parse. */
      fromIndex: boolean;
      /** The file was read: its stamp was not the one the index recorded. */
      fileRead: boolean;
      /**
       * The file's stamp as the summary is of it, when it may be recorded
       * (file-stamp.ts `settledStamp`); the index's own when the file was not read.
       */
      stamp?: FileStamp;
    });

/** Files sent to a worker at once: enough that messages cost little beside the reads. */
const BATCH = 50;
/**
 * Batches a worker holds at once: it starts the next while the server's thread,
 * busy starting Vite, has yet to take the last one's replies (at 10,000
 * bulletins, a worker answering from stamps alone waited a second and a half
 * for its next batch).
 */
const IN_FLIGHT = 2;

export interface SummaryPoolOptions extends SummaryWorkerData {
  /** The bulletin files, by absolute path. */
  files: readonly string[];
  /** Called with each batch's replies as they come. */
  onReplies: (replies: SummaryReply[]) => void;
  workers?: number;
}

/** Resolves once every file has had its reply; a worker that fails leaves its files missed. */
export async function readSummaries(options: SummaryPoolOptions): Promise<void> {
  const { files, onReplies, cacheDir, version } = options;
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push(files.slice(i, i + BATCH));
  const workers = Math.max(1, Math.min(options.workers ?? parseWorkerCount(), batches.length));
  const entry = new URL("./summary-worker.ts", import.meta.url).href;
  let next = 0;
  const run = () =>
    new Promise<void>((resolve) => {
      const worker = new Worker(new URL("../worker-boot.mjs", import.meta.url), { workerData: { cacheDir, version, entry } satisfies SummaryWorkerData & { entry: string } });
      // Sent and not yet answered, in the order sent (a worker answers in turn).
      const held: string[][] = [];
      const send = () => {
        const batch = batches[next++];
        if (batch) {
          held.push(batch);
          worker.postMessage(batch);
        } else if (held.length === 0) void worker.terminate().then(() => resolve());
      };
      worker.on("message", (replies: SummaryReply[]) => {
        held.shift();
        onReplies(replies);
        send();
      });
      worker.on("error", () => {
        // What it held is read by the plugin itself.
        for (const batch of held.splice(0)) onReplies(batch.map((file) => ({ file, missed: true })));
        resolve();
      });
      for (let i = 0; i < IN_FLIGHT; i++) send();
    });
  await Promise.all(Array.from({ length: workers }, run));
  // Batches no worker took (every worker failed).
  while (next < batches.length) onReplies(batches[next++]!.map((file) => ({ file, missed: true })));
}
