/**
 * A render worker (prerender/render-worker.ts) that starts as one does, then
 * stops its thread when sent its first page, as a worker killed mid-prerender
 * (out of memory, `process.exit` in the app's code) would: the pool must fail
 * the prerender, not leave pages waiting for it.
 */
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { codeFingerprint } from "../prerender/app-renderer.ts";
import type { RenderWorkerData } from "../prerender/render-pool.ts";

/** What the thread ends with, for the test to find in the pool's error. */
export const DYING_WORKER_EXIT_CODE = 7;

// The test imports it for the exit code: only a worker thread plays the part.
if (!isMainThread) {
  const { root } = workerData as RenderWorkerData;
  const port = parentPort!;
  port.on("message", (message: object) => {
    if ("route" in message) process.exit(DYING_WORKER_EXIT_CODE);
  });
  port.postMessage({ ready: true, code: codeFingerprint(root) });
}
