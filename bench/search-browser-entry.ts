/**
 * Bundled by bench/search.ts and injected into a Chromium page whose fetches
 * of the index are answered from the bench's memory (Playwright routes): types
 * each query a letter at a time into the sharded search, as a reader in a
 * fresh tab would, and times each keystroke once the files it needs are in.
 *
 * Two engines with the same cache budget: the loader types each keystroke
 * first and so fetches the files it needs; their text is held until the
 * next keystroke, and the timed engine, whose cache has evolved the same
 * way, reads them from there. A keystroke's time thus counts parsing and
 * indexing the files that came in, not the network. Afterwards the loader
 * and its files are dropped (`release`) and the bench measures the heap the
 * timed engine leaves after the whole session: what the app's search holds.
 */
import { ShardedSearch } from "../src/search/sharded-search.ts";

export interface SearchBenchApi {
  run(origin: string, queries: string[]): Promise<{ keystrokes: number[]; cachedBytes: number; refetched: number }>;
  release(): void;
}

const keystrokes = (q: string) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1));

let loader: ShardedSearch | null = null;
let timed: ShardedSearch | null = null;
let arrived: Map<string, string> | null = new Map();

const api: SearchBenchApi = {
  async run(origin, queries) {
    let refetched = 0;
    const fetchText = (file: string) => fetch(`${origin}/${file}`).then((r) => r.text());
    const loaderFetch = async (file: string) => {
      const text = await fetchText(file);
      arrived?.set(file, text);
      return text;
    };
    // A file the loader did not just fetch: the two caches differ (should not happen); fetched, and counted.
    const timedFetch = (file: string) => {
      const text = arrived?.get(file);
      if (text !== undefined) return Promise.resolve(text);
      refetched++;
      return fetchText(file);
    };
    loader = await ShardedSearch.open(loaderFetch);
    timed = await ShardedSearch.open(timedFetch);
    // One untimed pass warms the JIT, as typing the first letters would.
    for (const q of queries.slice(0, 10)) {
      await loader.search(q);
      await timed.search(q);
    }
    const times: number[] = [];
    for (const q of queries) {
      for (const typed of keystrokes(q)) {
        arrived = new Map();
        await loader.search(typed);
        const t = performance.now();
        await timed.search(typed);
        times.push(performance.now() - t);
      }
    }
    return { keystrokes: times, cachedBytes: timed.cachedBytes, refetched };
  },
  release() {
    loader = null;
    arrived = null;
  },
};

(globalThis as unknown as { searchBench: SearchBenchApi }).searchBench = api;
