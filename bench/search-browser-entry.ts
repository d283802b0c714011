/**
 * Bundled by bench/search.ts and injected into a Chromium page whose fetches
 * of the index are answered from the bench's memory (Playwright routes): types
 * each query a letter at a time into the sharded search, as a reader in a
 * fresh tab would, and times each keystroke once the files it needs are in.
 */
import { ShardedSearch } from "../src/search/sharded-search.ts";

export interface SearchBenchApi {
  run(origin: string, queries: string[]): Promise<{ keystrokes: number[]; heapBytes: number | null }>;
}

const keystrokes = (q: string) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1));

const api: SearchBenchApi = {
  async run(origin, queries) {
    const files = new Map<string, Promise<unknown>>();
    // Two engines over one set of fetched files: the first brings a keystroke's files in, the second is timed.
    const fetchFile = (file: string) => {
      let p = files.get(file);
      if (!p) files.set(file, (p = fetch(`${origin}/${file}`).then((r) => r.json())));
      return p;
    };
    const loader = await ShardedSearch.open(fetchFile);
    const timed = await ShardedSearch.open(fetchFile);
    // One untimed pass warms the JIT, as typing the first letters would.
    for (const q of queries.slice(0, 10)) await timed.search(q);
    const times: number[] = [];
    for (const q of queries) {
      for (const typed of keystrokes(q)) {
        await loader.search(typed);
        const t = performance.now();
        await timed.search(typed);
        times.push(performance.now() - t);
      }
    }
    (globalThis as unknown as { gc?: () => void }).gc?.();
    const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
    return { keystrokes: times, heapBytes: memory ? memory.usedJSHeapSize : null };
  },
};

(globalThis as unknown as { searchBench: SearchBenchApi }).searchBench = api;
