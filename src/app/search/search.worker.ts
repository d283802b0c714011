/// <reference lib="webworker" />
/** Searches the archive off the main thread: loads the index once, answers queries in order. */
import type { SearchIndexData } from "../../search/index-data.ts";
import { SearchEngine } from "../../search/query.ts";

let engine: Promise<SearchEngine> | null = null;

self.onmessage = async (event: MessageEvent<{ type: "load"; url: string } | { type: "search"; id: number; query: string; limit?: number }>) => {
  const msg = event.data;
  if (msg.type === "load") {
    engine = fetch(msg.url)
      .then((r) => r.json() as Promise<SearchIndexData>)
      .then((data) => new SearchEngine(data));
    return;
  }
  try {
    if (!engine) throw new Error("the search index was not loaded");
    const results = (await engine).search(msg.query, { limit: msg.limit });
    self.postMessage({ id: msg.id, results });
  } catch (error) {
    self.postMessage({ id: msg.id, error: error instanceof Error ? error.message : String(error) });
  }
};
