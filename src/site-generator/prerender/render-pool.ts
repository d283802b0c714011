/**
 * The app's renderer in worker threads, one per core: rendering the pages is
 * most of a cold build's time after parsing (29,500 pages at 1,000
 * bulletins), and one thread used one of the two cores. Each worker loads its
 * own renderer (app-renderer.ts: a Vite server compiling src/app/ssr.tsx) and
 * renders one page at a time; this side hands each route to the first free
 * worker and answers as `AppRenderer` does, so the plugin and the page cache
 * are the same with or without the pool.
 *
 * Workers start when pages are asked for, or ahead of them: a rebuild
 * starts one (`start(1)`), which a few changed pages keep busy, and a
 * build that will render every page starts them all (`start()`), before
 * the built index.html its documents are made from exists (`setDocuments`):
 * their start-up (a Vite server compiling the app, 1.5 s each) then runs
 * while the build's thread makes the data files, on the core it leaves idle.
 * The page cache's hashes of the files
 * a page was made from come from the worker that read them, so they are of
 * the content the page was rendered from.
 */
import { availableParallelism } from "node:os";
import path from "node:path";
import type { EventLoopUtilization } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { codeFingerprint, hashDataFile, type AppPage, type AppRenderer, type DocumentInputs } from "./app-renderer.ts";
import type { PageMeta } from "./document.ts";

export interface RenderWorkerData {
  root: string;
  outDir: string;
  /** Absent in a worker started ahead of them: sent as a `DocumentsMessage` before its first page. */
  documents?: DocumentInputs;
}
/** The inputs of pages' documents, for a worker started before they were known. */
export interface DocumentsMessage {
  documents: DocumentInputs;
}
export interface RenderTask {
  id: number;
  route: string;
  meta?: PageMeta;
  fileName?: string;
}
/**
 * A page with a document is sent without its markup (`html` empty), which is
 * the document's from `bodyAt`, `markupLength` long: the page is not sent twice.
 * A page made from its data (`template`) and written or with its document is
 * sent without its markup and no `markupLength`: nothing on this side reads it.
 */
export type RenderReply =
  | { id: number; ok: true; page: AppPage; markupLength?: number; hashes: Array<[string, string]> }
  | { id: number; ok: false; message: string };
type ReadyMessage = { ready: true; code: string } | { ready: false; message: string };

/** A render pool's own: starting every worker ahead of the pages, and the documents' inputs once the build has them. */
export interface RenderPool extends AppRenderer {
  /** Starts `count` workers (every one, by default) now, rather than as pages wait for them. */
  start(count?: number): void;
  /** The template and address pages' documents are made from; needed before the first page asked with a description. */
  setDocuments(documents: DocumentInputs): void;
  /** Workers started and not yet exited. */
  readonly running: number;
  /** Each worker's share of the time since its first page spent busy (rendering), for the build's log; those given no page are left out. */
  busyShares(): number[];
  /** The output folder (resolved) its workers read data files from and write pages to. */
  readonly outDir: string;
}

/** Workers to start: `PRERENDER_WORKERS` if set (1 or 0: render on the build's own thread), else one per core. */
export function renderWorkerCount(): number {
  const asked = Number(process.env.PRERENDER_WORKERS);
  return process.env.PRERENDER_WORKERS !== undefined && Number.isInteger(asked) && asked >= 0 ? asked : availableParallelism();
}

interface Pending {
  task: RenderTask;
  resolve: (page: AppPage) => void;
  reject: (error: Error) => void;
}

/**
 * Pages sent to a worker before it has answered the first: it starts the
 * next as soon as it has sent one back, instead of waiting, idle, for the
 * build's thread to see the answer and send another (that thread is busy
 * too: it records every page, and with two cores the three threads take turns).
 * How many is decided by how long the worker's pages take (`pagesAhead`):
 * two kept it busy on person pages, but on quote pages (a few milliseconds
 * each) the workers were idle 30–48 % of the prerender's tail.
 */
const MIN_PAGES_SENT_AHEAD = 2;
/** Never more than this in flight to one worker: the pages are held in its queue, and a slow one holds up the rest (pages are written in order). */
const MAX_PAGES_SENT_AHEAD = 16;
/** Work each worker is sent ahead, in milliseconds of its pages: longer than the build's thread is taken up between two looks at the answers. */
const WORK_SENT_AHEAD_MS = 40;
/** How much each page's time moves the worker's mean time per page (an exponential moving mean). */
const PAGE_TIME_WEIGHT = 0.2;

/** Pages to keep sent to a worker whose pages take `pageMs` each. */
export function pagesAhead(pageMs: number): number {
  if (!(pageMs > 0)) return MIN_PAGES_SENT_AHEAD;
  return Math.min(MAX_PAGES_SENT_AHEAD, Math.max(MIN_PAGES_SENT_AHEAD, Math.ceil(WORK_SENT_AHEAD_MS / pageMs)));
}

class RenderWorker {
  private readonly worker: Worker;
  readonly ready: Promise<void>;
  /** Pages sent, oldest first: the worker renders them in turn and answers in the same order. */
  private readonly sent: Pending[] = [];
  private failed = false;
  private loaded = false;
  private stopping = false;
  /** Until the worker has exited. */
  alive = true;
  /** Mean time per page, as the answers come (0: none yet). */
  private pageMs = 0;
  /** Since when the worker has had a page to render without a break: the answer after it took the time between. */
  private busySince = 0;
  /** The worker thread's own record of its busy time when its first page was sent. */
  private utilizationAtFirst: EventLoopUtilization | null = null;

  constructor(
    entry: URL,
    data: RenderWorkerData,
    private readonly code: string,
    private readonly onHashes: (hashes: Array<[string, string]>) => void,
    private readonly onIdle: (worker: RenderWorker) => void,
    onFailure: (error: Error) => void,
  ) {
    this.worker = new Worker(new URL("../worker-boot.mjs", import.meta.url), { workerData: { ...data, entry: entry.href } });
    this.ready = new Promise((resolve, reject) => {
      const die = (error: Error) => {
        if (this.failed) return;
        this.failed = true;
        reject(error);
        for (const pending of this.sent.splice(0)) pending.reject(error);
        onFailure(error);
      };
      const onReady = (message: ReadyMessage) => {
        this.worker.off("message", onReady);
        if (!message.ready) return reject(new Error(`a render worker could not load the app: ${message.message}`));
        // Both sides fingerprint the same files: were they to differ, the page cache would key pages wrongly.
        if (message.code !== this.code) return reject(new Error("a render worker sees other app code than the build"));
        this.worker.on("message", (reply: RenderReply) => this.settle(reply));
        this.loaded = true;
        resolve();
      };
      this.worker.on("message", onReady);
      this.worker.once("error", (error) => die(new Error(`a render worker failed: ${error.message}`, { cause: error })));
      // A worker that ends without an error (process.exit in the app's code, killed) must not leave its pages waiting.
      this.worker.once("exit", (code) => {
        this.alive = false;
        if (!this.stopping) die(new Error(`a render worker stopped (exit code ${code}) before the prerender was done`));
      });
    });
    this.ready.catch(() => {}); // awaited by the pool; never an unhandled rejection meanwhile
  }

  /** Pages sent and not yet answered (Infinity for a worker that cannot take one). */
  get load(): number {
    return this.loaded && !this.failed ? this.sent.length : Infinity;
  }

  get canTake(): boolean {
    return this.load < pagesAhead(this.pageMs);
  }

  /** The share of the time since its first page that the worker's thread was busy (rendering), or null before one. */
  get busyShare(): number | null {
    if (!this.utilizationAtFirst) return null;
    return this.worker.performance.eventLoopUtilization(this.utilizationAtFirst).utilization;
  }

  run(pending: Pending): void {
    if (this.sent.length === 0) this.busySince = performance.now();
    this.utilizationAtFirst ??= this.worker.performance.eventLoopUtilization();
    this.sent.push(pending);
    this.worker.postMessage(pending.task);
  }

  send(message: DocumentsMessage): void {
    this.worker.postMessage(message);
  }

  async terminate(): Promise<void> {
    this.stopping = true;
    await this.worker.terminate();
  }

  private settle(reply: RenderReply): void {
    if (this.sent[0]?.task.id !== reply.id) return;
    const pending = this.sent.shift()!;
    const now = performance.now();
    const took = now - this.busySince;
    this.pageMs = this.pageMs === 0 ? took : this.pageMs + PAGE_TIME_WEIGHT * (took - this.pageMs);
    this.busySince = now;
    if (reply.ok) {
      this.onHashes(reply.hashes);
      const { page, markupLength } = reply;
      if (page.document && markupLength !== undefined) page.html = page.document.html.slice(page.document.bodyAt, page.document.bodyAt + markupLength);
      pending.resolve(page);
    } else pending.reject(new Error(reply.message));
    this.onIdle(this);
  }
}

/**
 * Pages waiting for a worker before the pool starts another. A rebuild that
 * renders a few pages gets one worker: a second would only repeat its
 * start-up (a Vite server compiling the app, seconds of CPU). A cold build
 * fills the queue at once and gets them all.
 */
const PAGES_WAITING_FOR_ANOTHER_WORKER = 16;

/** The module each worker runs. */
const RENDER_WORKER = new URL("./render-worker.ts", import.meta.url);

/**
 * An `AppRenderer` whose pages are rendered by up to `size` worker threads,
 * started as pages wait for them or all at once (`start`). `entry`: the
 * workers' module (a test's stands in for one that dies).
 */
export function renderPool(root: string, outDir: string, size: number, documents?: DocumentInputs, entry: URL = RENDER_WORKER): RenderPool {
  const code = codeFingerprint(root);
  const hashes = new Map<string, string>();
  const queue: Pending[] = [];
  const workers: RenderWorker[] = [];
  let nextId = 0;
  /** A worker that died fails the prerender (as a page that fails to render does): no page is left waiting for it. */
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure ??= error;
    for (const pending of queue.splice(0)) pending.reject(error);
  };

  const dispatch = (worker: RenderWorker) => {
    while (worker.canTake && queue.length > 0) worker.run(queue.shift()!);
  };

  let closed = false;
  const grow = () => {
    const worker = new RenderWorker(
      entry,
      { root, outDir, ...(documents ? { documents } : {}) },
      code,
      (list) => {
        for (const [url, hash] of list) hashes.set(url, hash);
      },
      dispatch,
      fail,
    );
    workers.push(worker);
    worker.ready.then(
      () => {
        dispatch(worker);
      },
      (error: unknown) => fail(error instanceof Error ? error : new Error(String(error))),
    );
  };

  return {
    code,
    outDir: path.resolve(outDir),
    start(count = size) {
      while (!closed && workers.length < Math.min(count, size)) grow();
    },
    setDocuments(given) {
      if (documents) throw new Error("the render pool has its documents' inputs already");
      documents = given;
      for (const worker of workers) worker.send({ documents: given });
    },
    busyShares() {
      return workers.flatMap((w) => (w.busyShare === null ? [] : [w.busyShare]));
    },
    get running() {
      return workers.filter((w) => w.alive).length;
    },
    render(route, meta, fileName) {
      if (failure) return Promise.reject(failure);
      if (closed) return Promise.reject(new Error("the render pool was closed"));
      return new Promise<AppPage>((resolve, reject) => {
        queue.push({ task: { id: nextId++, route, ...(meta ? { meta } : {}), ...(fileName !== undefined ? { fileName } : {}) }, resolve, reject });
        if (workers.length === 0 || (queue.length > PAGES_WAITING_FOR_ANOTHER_WORKER && workers.length < size)) grow();
        // The least busy worker first, so that a page waits behind as few others as can be.
        const free = workers.reduce<RenderWorker | undefined>((best, w) => (w.canTake && (!best || w.load < best.load) ? w : best), undefined);
        if (free) dispatch(free);
      });
    },
    dataFileHash(url) {
      let hash = hashes.get(url);
      if (hash === undefined) {
        hash = hashDataFile(outDir, url);
        hashes.set(url, hash);
      }
      return hash;
    },
    async close() {
      closed = true;
      for (const pending of queue.splice(0)) pending.reject(new Error("the render pool was closed"));
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
