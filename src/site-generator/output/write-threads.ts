/**
 * Writes batches of files in worker threads (write-worker.ts), with plain
 * sync calls there: a cold build's data files (44,000 at 1,000 bulletins)
 * were written from the build's thread through Node's thread pool, each file
 * five round trips (folder, open, write, close, stat) scheduled by that one
 * thread, 5–20 s. Each thread answers a batch with every file's size and
 * modification time, taken before it closed it, for the output ledger; a file
 * it could not write is answered with the reason, and the rest are written.
 */
import { Worker } from "node:worker_threads";
import type { WrittenStat } from "./ledger.ts";

export type WriteResult = WrittenStat | { error: string };
export interface WriteBatch {
  id: number;
  /** [file name (`/`-separated, under the root), content]. */
  files: Array<[string, string]>;
}
export interface WriteReply {
  id: number;
  results: WriteResult[];
}
export interface WriteWorkerData {
  root: string;
}

interface Sent {
  resolve: (results: WriteResult[]) => void;
  reject: (error: Error) => void;
}

class WriteThread {
  private readonly worker: Worker;
  private readonly sent = new Map<number, Sent>();
  private failure: Error | null = null;
  private stopping = false;

  constructor(root: string) {
    const entry = new URL("./write-worker.ts", import.meta.url).href;
    this.worker = new Worker(new URL("../worker-boot.mjs", import.meta.url), { workerData: { entry, root } satisfies WriteWorkerData & { entry: string } });
    this.worker.on("message", ({ id, results }: WriteReply) => {
      const sent = this.sent.get(id);
      this.sent.delete(id);
      sent?.resolve(results);
    });
    const die = (error: Error) => {
      this.failure ??= error;
      for (const sent of this.sent.values()) sent.reject(error);
      this.sent.clear();
    };
    this.worker.once("error", (error) => die(new Error(`a file-writing thread failed: ${error.message}`, { cause: error })));
    this.worker.once("exit", (code) => {
      if (!this.stopping) die(new Error(`a file-writing thread stopped (exit code ${code})`));
    });
  }

  get load(): number {
    return this.sent.size;
  }

  write(batch: WriteBatch): Promise<WriteResult[]> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.sent.set(batch.id, { resolve, reject });
      this.worker.postMessage(batch);
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.worker.terminate();
  }
}

/** `count` threads writing under `root`; each batch goes to the one with the fewest waiting. */
export class WriteThreads {
  private readonly threads: WriteThread[];
  private nextId = 0;

  constructor(root: string, count: number) {
    this.threads = Array.from({ length: Math.max(1, count) }, () => new WriteThread(root));
  }

  /** Batches sent and not yet answered. */
  get waiting(): number {
    return this.threads.reduce((sum, t) => sum + t.load, 0);
  }

  /** Writes the files; resolves with each one's size and time, or why it was not written, in order. */
  write(files: Array<[string, string]>): Promise<WriteResult[]> {
    const thread = this.threads.reduce((best, t) => (t.load < best.load ? t : best));
    return thread.write({ id: this.nextId++, files });
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.stop()));
  }
}
