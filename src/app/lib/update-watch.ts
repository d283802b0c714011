/**
 * Hears of a newer build: its service worker has installed and waits while
 * this page runs the old one (src/site-generator/offline/sw-scripts.ts). `applyUpdate`
 * lets it take over; sw-register.js then reloads every tab of the old build.
 */

/** The parts of the Service Worker API used here, so tests can stand in for them. */
export interface WorkerLike {
  readonly state: string;
  postMessage(message: unknown): void;
  addEventListener(type: "statechange", listener: () => void): void;
}
export interface RegistrationLike {
  readonly waiting: WorkerLike | null;
  readonly installing: WorkerLike | null;
  addEventListener(type: "updatefound", listener: () => void): void;
  removeEventListener(type: "updatefound", listener: () => void): void;
}
export interface ContainerLike {
  readonly controller: unknown;
  readonly ready: Promise<RegistrationLike>;
}

/** Same as SKIP_WAITING_MESSAGE (src/site-generator/offline/sw-scripts.ts), which build code owns. */
const SKIP_WAITING = { type: "SKIP_WAITING" } as const;

/**
 * Calls `onReady` with the waiting worker once a newer build is ready — at
 * once if it already waits. Nothing for a first install (no controller: the
 * page is not running an older build). Returns the unsubscribe.
 */
export function watchForUpdate(container: ContainerLike | undefined, onReady: (waiting: WorkerLike) => void): () => void {
  if (!container) return () => undefined;
  let stopped = false;
  let stop = () => undefined as void;
  const report = (worker: WorkerLike) => {
    if (!stopped && container.controller) onReady(worker);
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
