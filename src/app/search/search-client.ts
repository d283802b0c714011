/**
 * The app's door to search. Loaded lazily (the first time the search box is
 * focused or the search page opens), so neither Fuse nor the index is in the
 * first page's bundle. The index is sharded (src/search/shards.ts): a query
 * fetches the manifest once, then only its words' shards and its candidates'
 * records. A large archive is searched in a Web Worker so typing never waits
 * on a search; a small one, and jsdom in tests (no Worker), in this thread.
 */
import { SEARCH_META_FILE } from "../../search/data-paths.ts";
import type { SearchResults } from "../../search/query.ts";
import { fetchIndexFile } from "./index-files.ts";

/** From this many records on, searching moves off the main thread. */
export const WORKER_MIN_RECORDS = 5000;

export interface SearchClient {
  search(query: string, limit?: number): Promise<SearchResults>;
}

const dataUrl = (file: string) => `${import.meta.env.BASE_URL}${file}`;

async function fetchData<T>(file: string): Promise<T> {
  const response = await fetch(dataUrl(file), { headers: { Accept: "application/json" } });
  const type = response.headers.get("content-type") ?? "";
  if (!response.ok || type.includes("html")) throw new Error(`The search index is not available (${file}).`);
  return (await response.json()) as T;
}

async function inThreadClient(): Promise<SearchClient> {
  const { ShardedSearch } = await import("../../search/sharded-search.ts");
  const engine = await ShardedSearch.open((file) => fetchIndexFile(import.meta.env.BASE_URL, file));
  return { search: (query, limit) => engine.search(query, { limit }) };
}

function workerClient(): SearchClient {
  const worker = new Worker(new URL("./search.worker.ts", import.meta.url), { type: "module" });
  let next = 0;
  const pending = new Map<number, { resolve: (r: SearchResults) => void; reject: (e: Error) => void }>();
  worker.onmessage = (event: MessageEvent<{ id: number; results?: SearchResults; error?: string }>) => {
    const p = pending.get(event.data.id);
    if (!p) return;
    pending.delete(event.data.id);
    if (event.data.results) p.resolve(event.data.results);
    else p.reject(new Error(event.data.error ?? "search failed"));
  };
  worker.postMessage({ type: "load", base: import.meta.env.BASE_URL });
  return {
    search: (query, limit) =>
      new Promise((resolve, reject) => {
        const id = ++next;
        pending.set(id, { resolve, reject });
        worker.postMessage({ type: "search", id, query, limit });
      }),
  };
}

let client: Promise<SearchClient> | null = null;

export function getSearchClient(): Promise<SearchClient> {
  client ??= (async () => {
    const meta = await fetchData<{ recordCount: number }>(SEARCH_META_FILE).catch(() => ({ recordCount: 0 }));
    if (typeof Worker !== "undefined" && meta.recordCount >= WORKER_MIN_RECORDS) return workerClient();
    return inThreadClient();
  })();
  client.catch(() => {
    client = null; // let a later attempt retry
  });
  return client;
}

/** For tests: forget the loaded client. */
export function resetSearchClient(): void {
  client = null;
}
