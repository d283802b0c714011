/**
 * Hears of a newer build: its service worker has installed and waits while
 * this page runs the old one (src/site-generator/offline/sw-scripts.ts). `applyUpdate`
 * lets it take over; sw-register.js then reloads every tab of the old build.
 *
 * A page loaded from the network while the new worker waits (the reader
 * reloaded the tab) already runs the new build: it is not offered it, and the
 * new worker takes over unless another tab still runs the old build
 * (`checkWaiting`).
 */

/** The parts of the Service Worker API used here, so tests can stand in for them. */
export interface WorkerLike {
  readonly state: string;
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: "statechange", listener: () => void): void;
}
export interface RegistrationLike {
  readonly waiting: WorkerLike | null;
  readonly installing: WorkerLike | null;
  addEventListener(type: "updatefound", listener: () => void): void;
  removeEventListener(type: "updatefound", listener: () => void): void;
}
export interface ContainerLike {
  readonly controller: MessageTargetLike | null;
  readonly ready: Promise<RegistrationLike>;
}

/** Same as SKIP_WAITING_MESSAGE (src/site-generator/offline/sw-scripts.ts), which build code owns. */
const SKIP_WAITING = { type: "SKIP_WAITING" } as const;
/** Same as WHICH_BUILD_MESSAGE, HAND_OVER_MESSAGE and PAGE_BUILD_ATTRIBUTE there. */
const WHICH_BUILD = "bulletin-reader:which-build";
const HAND_OVER = "bulletin-reader:hand-over";
const PAGE_BUILD_ATTRIBUTE = "data-build";
/**
 * How long a worker may take to answer. A worker of a build from before it
 * could answer never does: its page is then offered the update, as it always was.
 */
const ANSWER_TIMEOUT_MS = 3_000;

/** A worker the page can message (the controller, or the waiting one). */
export interface MessageTargetLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

/**
 * What a waiting worker is to this page: a newer build ("newer"), or the
 * page's own ("own": the page was loaded from the network while it waited).
 */
export type CheckWaiting = (waiting: WorkerLike, controller: MessageTargetLike) => Promise<"newer" | "own">;

/** The build this page runs, as sw-register.js marked it on <html> (a deferred script: done by DOMContentLoaded). */
async function pageBuild(): Promise<string | null> {
  if (document.readyState === "loading") await new Promise((done) => document.addEventListener("DOMContentLoaded", done, { once: true }));
  return document.documentElement.getAttribute(PAGE_BUILD_ATTRIBUTE);
}

/** Sends `message` to `worker` with a port to answer on; its answer, or null if none comes in time. */
function ask(worker: MessageTargetLike, message: unknown, timeoutMs = ANSWER_TIMEOUT_MS): Promise<Record<string, unknown> | null> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => {
      channel.port1.close();
      resolve(null);
    }, timeoutMs);
    channel.port1.onmessage = (event: MessageEvent<unknown>) => {
      clearTimeout(timer);
      channel.port1.close();
      resolve(typeof event.data === "object" && event.data !== null ? (event.data as Record<string, unknown>) : null);
    };
    worker.postMessage(message, [channel.port2]);
  });
}

/**
 * Compares the page's build with the waiting worker's. When they are the same,
 * the page already runs the new build, and the new worker takes over at once
 * unless another tab still runs the old build: the old worker, which knows its
 * tabs, is asked. (It also decides this by itself as the new worker installs,
 * but its own view of the registration can lag the page's, and then it never
 * hands over: the page, which saw the new worker installed, asks.)
 */
export const checkWaiting: CheckWaiting = async (waiting, controller) => {
  const [page, worker] = await Promise.all([pageBuild(), ask(waiting, { type: WHICH_BUILD })]);
  if (page === null || worker?.version !== page) return "newer";
  const answer = await ask(controller, { type: HAND_OVER, version: page });
  if (answer?.handOver === true) waiting.postMessage(SKIP_WAITING);
  return "own";
};

/**
 * Calls `onReady` with the waiting worker once a newer build is ready — as
 * soon as it says which build it is, if it already waits. Nothing for a first
 * install (no controller: the page is not running an older build), nor for a
 * worker of the page's own build. Returns the unsubscribe.
 */
export function watchForUpdate(
  container: ContainerLike | undefined,
  onReady: (waiting: WorkerLike) => void,
  check: CheckWaiting = checkWaiting,
): () => void {
  if (!container) return () => undefined;
  let stopped = false;
  let stop = () => undefined as void;
  const report = (worker: WorkerLike) => {
    const controller = container.controller;
    if (stopped || !controller) return;
    void check(worker, controller).then((kind) => {
      if (kind === "newer" && !stopped) onReady(worker);
    });
  };
  void container.ready.then((registration) => {
    if (stopped) return;
    if (registration.waiting) report(registration.waiting);
    const follow = (installing: WorkerLike | null) =>
      installing?.addEventListener("statechange", () => {
        if (installing.state === "installed") report(installing);
      });
    // One may be installing already: the page starts after the worker heard of the new build.
    follow(registration.installing);
    const onUpdateFound = () => follow(registration.installing);
    registration.addEventListener("updatefound", onUpdateFound);
    stop = () => registration.removeEventListener("updatefound", onUpdateFound);
  });
  return () => {
    stopped = true;
    stop();
  };
}

/** Asks the waiting worker to take over; the page reloads when it does. */
export function applyUpdate(waiting: WorkerLike, reload: () => void = () => location.reload(), fallbackMs = 4_000): void {
  waiting.postMessage(SKIP_WAITING);
  // If the takeover never comes (the worker was replaced meanwhile), a reload still shows the newest build.
  setTimeout(reload, fallbackMs);
}
