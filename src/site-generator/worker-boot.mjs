// Starts a worker thread whose code is TypeScript (the parse and render pools' workers,
// src/site-generator/cache/parse-worker.ts, src/site-generator/prerender/render-worker.ts): Node 20 runs no .ts on its own, and a
// worker does not inherit the loader the build runs under, so it registers
// tsx (a devDependency) itself, then imports the entry it was given.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
