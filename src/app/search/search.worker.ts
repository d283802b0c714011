/// <reference lib="webworker" />
/** Searches the archive off the main thread: opens the sharded index once, answers queries in order. */
import { ShardedSearch } from "../../search/sharded-search.ts";
import { fetchIndexFile } from "./index-files.ts";

let engine: Promise<ShardedSearch> | null = null;

self.onmessage = async (event: MessageEvent<{ type: "load"; base: string } | { type: "search"; id: number; query: string; limit?: number }>) => {
  const msg = event.data;
  if (msg.type === "load") {
    engine = ShardedSearch.open((file) => fetchIndexFile(msg.base, file));
    return;
  }
  try {
    if (!engine) throw new Error("the search index was not loaded");
    const results = await (await engine).search(msg.query, { limit: msg.limit });
    self.postMessage({ id: msg.id, results });
  } catch (error) {
    self.postMessage({ id: msg.id, error: error instanceof Error ? error.message : String(error) });
  }
};
