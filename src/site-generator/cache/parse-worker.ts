/**
 * One of the parse pool's workers (parse-pool.ts): parses the bulletins it
 * is sent into the parse cache and says how each went. The bulletin itself
 * is not sent back: the build reads it from the cache, as it reads every
 * bulletin parsed by an earlier build.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Gazetteer } from "../../gazetteer/index.ts";
import { loadNodeGazetteer } from "../../gazetteer/node.ts";
import { parseBulletinOrThrow } from "../../parser/index.ts";
import { createParseCache } from "./parse-cache.ts";
import type { PoolTask, PoolReply, PoolWorkerData } from "./parse-pool.ts";

const { cacheDir, version } = workerData as PoolWorkerData;
let gazetteer: Gazetteer | undefined;
const cache = createParseCache({
  dir: cacheDir,
  version,
  // The same parse as the build's own (vite.config.ts): the throwing variant, the full gazetteer.
  parse: (text, options) => parseBulletinOrThrow(text, { ...options, gazetteer: (gazetteer ??= loadNodeGazetteer()) }),
});

parentPort!.on("message", ({ fileName, text }: PoolTask) => {
  let reply: PoolReply;
  try {
    cache.parseWithCache(fileName, text);
    reply = { fileName, ok: true };
  } catch (error) {
    // The build parses it again on its own thread, and reports the failure as it always has.
    reply = { fileName, ok: false };
  }
  parentPort!.postMessage(reply);
});
