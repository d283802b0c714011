/**
 * Bundled by bench/search.ts and injected into a blank Chromium page: times our
 * engine and a plain `new Fuse(records)` on the same index and queries.
 */
import Fuse from "fuse.js";
import type { SearchIndexData } from "../src/search/index-data.ts";
import { SearchEngine } from "../src/search/query.ts";
import { GROUPS, type SearchRecord } from "../src/search/records.ts";

export interface SearchBenchApi {
  run(indexJson: string, queries: string[], baselineKeys: string[]): { ours: number[]; baseline: number[]; loadMs: number };
}

const api: SearchBenchApi = {
  run(indexJson, queries, baselineKeys) {
    let t = performance.now();
    const data = JSON.parse(indexJson) as SearchIndexData;
    const engine = new SearchEngine(data);
    const loadMs = performance.now() - t;
    const flat = GROUPS.flatMap((k) => data.records[k] as SearchRecord[]);
    const baseline = new Fuse(flat, { keys: baselineKeys, includeScore: true });
    // One untimed pass warms the JIT, as typing the first letters would.
    for (const q of queries.slice(0, 10)) engine.search(q);
    const ours: number[] = [];
    const base: number[] = [];
    for (const q of queries) {
      t = performance.now();
      engine.search(q);
      ours.push(performance.now() - t);
      t = performance.now();
      baseline.search(q);
      base.push(performance.now() - t);
    }
    return { ours, baseline: base, loadMs };
  },
};

(globalThis as unknown as { searchBench: SearchBenchApi }).searchBench = api;
