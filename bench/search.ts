/**
 * Search benchmark: synthetic archives (seeded, bench/synth; by default 100,
 * 1,000 and 10,000 bulletins), parsed once and kept as search records in
 * .cache/bench-search (bench/search-archive.ts). For each size, over the
 * generator's query list (exact names, typos, transliteration variants, words
 * from quotes), typed a letter at a time:
 *
 * - sharded (what the app ships, src/search/shards.ts): gzip bytes a fresh
 *   tab fetches while a query is typed (manifest, word shards, record chunks),
 *   and each keystroke's time once its files are in, in Node and in Chromium
 *   (the browser fetches the files from the bench's memory), and Chromium's JS
 *   heap after every query;
 * - whole index (the previous design: one file with every record and Fuse's
 *   index, src/search/query.ts): its gzip size (what every query used to
 *   download) and keystroke times in Node;
 * - plain `new Fuse(records)`: the whole query once, in Node, on every k-th
 *   query so that queries × records stays near PLAIN_WORK (every 2nd at 100
 *   bulletins, every 13th at 1,000, every 120th or so at 10,000: one query
 *   over 600,000 records takes over a minute); its recall is over that sample.
 *
 * recall@5: the expected record in the top 5 of its group, for the whole query.
 *
 *   npm run bench:search [-- --json] [-- --sizes 100,1000] [-- --no-browser] [-- --misses]
 *
 * --misses prints every query the sharded search missed, with whether the
 * whole index found it. Prints figures; never passes or fails on time.
 */
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import Fuse from "fuse.js";
import { benchArchive } from "./search-archive.ts";
import type { SearchQuery } from "./synth/truth.ts";
import { fold } from "../src/search/fold.ts";
import { buildIndexData } from "../src/search/index-data.ts";
import { SearchEngine, type SearchResults } from "../src/search/query.ts";
import { GROUPS, type GroupKind, type SearchRecord } from "../src/search/records.ts";
import { ShardedSearch } from "../src/search/sharded-search.ts";
import { buildShardFiles, MANIFEST_FILE } from "../src/search/shards.ts";

const SEED = 565;
/**
 * Queries per archive, spread evenly over the generator's list (which runs
 * bulletin by bulletin). The first 300 came from the archive's first few
 * bulletins: the records the index lists first for a common word, and
 * prefers on a tie, so recall was measured where the index is strongest.
 */
const MAX_QUERIES = 300;
const RECALL_AT = 5;
const BASELINE_KEYS = ["name", "aliases", "roles", "country", "text", "speaker", "headline", "summary", "authors"];
/**
 * Plain Fuse scans every record for every query (seconds per query at 1,000
 * bulletins, minutes at 10,000): it runs on every k-th query, k chosen so
 * that queries × records stays near this.
 */
const PLAIN_WORK = 1_500_000;
/** Ports the bench's Chromium may fetch from: nothing listens; Playwright answers the requests. */
const BENCH_ORIGIN = "http://search-bench.localhost:4188";

const args = process.argv.slice(2);
const json = args.includes("--json");
const browser = !args.includes("--no-browser");
const showMisses = args.includes("--misses") || Boolean(process.env.BENCH_MISSES);
const sizesArg = args[args.indexOf("--sizes") + 1];
const sizes = args.includes("--sizes") && sizesArg ? sizesArg.split(",").map(Number) : [100, 1000, 10000];
const log = (s: string) => {
  if (!json) process.stderr.write(`${s}\n`);
};

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

/** Does a result satisfy what the query expects? Names compare folded, quotes by folded containment. */
function isTarget(r: SearchRecord, q: SearchQuery): boolean {
  const e = q.expect;
  if (e.type === "quote") return r.kind === "quote" && fold(r.text).includes(fold(e.text).slice(0, 60));
  if (r.kind !== e.type) return false;
  const want = fold(e.name);
  return [r.name, ...r.aliases].some((n) => fold(n) === want);
}

const topOf = (res: SearchResults, kind: GroupKind) => res.groups.find((g) => g.kind === kind)?.hits.map((h) => h.record) ?? [];
const found = (res: SearchResults, q: SearchQuery) => topOf(res, q.expect.type).some((r) => isTarget(r, q));
const keystrokes = (q: string) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1));
const label = (r: SearchRecord) => (r.kind === "quote" ? `“${r.text.slice(0, 50)}…”` : r.kind === "article" ? r.headline : r.name);

interface Times {
  p50: number;
  p95: number;
}

function times(list: number[]): Times {
  const sorted = [...list].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95) };
}

interface Row {
  bulletins: number;
  records: number;
  queries: number;
  sharded: {
    files: number;
    shards: number;
    manifestGzip: number;
    /** gzip bytes a fresh tab fetches while the query is typed. */
    transfer: { p50: number; p95: number; max: number; mean: number };
    node: Times;
    chromium: Times | null;
    /** Chromium's JS heap after a forced GC once every query was typed in one tab, and before the search opened. */
    chromiumHeapBytes: number | null;
    chromiumBaselineHeapBytes: number | null;
    /** JSON bytes (weighted) the search's cache held at the end. */
    cachedBytes: number | null;
    recall: number;
  };
  whole: { gzipBytes: number; node: Times; recall: number };
  plain: { queries: number; node: Times; recall: number };
}

async function bundleForBrowser(): Promise<string> {
  // esbuild comes with tsx/vite; only the benchmark uses it directly.
  const { build } = await import("esbuild");
  const entry = fileURLToPath(new URL("./search-browser-entry.ts", import.meta.url));
  const out = await build({ entryPoints: [entry], bundle: true, write: false, format: "iife", platform: "browser", minify: true });
  return out.outputFiles[0]?.text ?? "";
}

async function measureInChromium(bundle: string, files: ReadonlyMap<string, string>, queries: string[]) {
  const { chromium } = await import("@playwright/test");
  const b = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium",
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await b.newPage();
    await page.route(`${BENCH_ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname.slice(1);
      const body = files.get(path);
      if (body === undefined) return route.fulfill({ status: 404, body: "" });
      if (path === "") return route.fulfill({ contentType: "text/html", body: "<!doctype html><title>bench</title>" });
      return route.fulfill({ contentType: "application/json", body });
    });
    await page.goto(`${BENCH_ORIGIN}/`);
    await page.addScriptTag({ content: bundle });
    const cdp = await page.context().newCDPSession(page);
    // The heap after a full collection: what stays, not garbage waiting for the collector.
    const heapAfterGc = async () => {
      await cdp.send("HeapProfiler.collectGarbage");
      return (await cdp.send("Runtime.getHeapUsage")).usedSize;
    };
    const baseline = await heapAfterGc();
    type Api = import("./search-browser-entry.ts").SearchBenchApi;
    const run = await page.evaluate(
      ({ origin, queries }) => (globalThis as unknown as { searchBench: Api }).searchBench.run(origin, queries),
      { origin: BENCH_ORIGIN, queries },
    );
    await page.evaluate(() => (globalThis as unknown as { searchBench: Api }).searchBench.release());
    return { ...run, heapBytes: await heapAfterGc(), baselineHeapBytes: baseline };
  } finally {
    await b.close();
  }
}

const sha = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 12);

async function runSize(n: number, bundle: string | null): Promise<Row> {
  log(`\n${n} bulletins`);
  const { records, queries: all } = benchArchive(n, SEED, log);
  const spacing = Math.max(1, Math.floor(all.length / MAX_QUERIES));
  const queries = all.filter((_, i) => i % spacing === 0).slice(0, MAX_QUERIES);
  const recordTotal = GROUPS.reduce((k, g) => k + records[g].length, 0);

  log(`  ${recordTotal} records; sharding…`);
  const { files: shardFiles, manifest } = buildShardFiles(records, sha);
  const files = new Map(shardFiles.map((f) => [f.fileName, f.source]));
  const gzipSizes = new Map<string, number>();
  const gzipOf = (file: string) => {
    let size = gzipSizes.get(file);
    if (size === undefined) gzipSizes.set(file, (size = gzipSync(files.get(file) as string).length));
    return size;
  };
  const readFile = (file: string) => {
    const source = files.get(file);
    return source === undefined ? Promise.reject(new Error(`no file ${file}`)) : Promise.resolve(source);
  };

  log("  typing each query into a fresh sharded search…");
  const transfers: number[] = [];
  const needed = new Set<string>();
  let shardedHits = 0;
  const shardedResults: SearchResults[] = [];
  for (const q of queries) {
    const fetched = new Set<string>();
    const fresh = await ShardedSearch.open((file) => {
      fetched.add(file);
      return readFile(file);
    });
    let last: SearchResults | null = null;
    for (const typed of keystrokes(q.query)) last = await fresh.search(typed, { limit: RECALL_AT });
    transfers.push([...fetched].reduce((s, f) => s + gzipOf(f), 0));
    for (const f of fetched) needed.add(f);
    if (last && found(last, q)) shardedHits++;
    shardedResults.push(last as SearchResults);
  }

  log("  timing keystrokes in Node (sharded: once the keystroke's files are in)…");
  // As in Chromium (search-browser-entry.ts): the loader brings a keystroke's files in; the timed engine parses and indexes them.
  const loader = await ShardedSearch.open(readFile);
  const timed = await ShardedSearch.open(readFile);
  for (const q of queries.slice(0, 10)) {
    await loader.search(q.query);
    await timed.search(q.query);
  }
  const shardedTimes: number[] = [];
  for (const q of queries) {
    for (const typed of keystrokes(q.query)) {
      await loader.search(typed);
      const t = performance.now();
      await timed.search(typed);
      shardedTimes.push(performance.now() - t);
    }
  }

  log("  the whole index…");
  const data = buildIndexData(records);
  const indexJson = JSON.stringify(data);
  const wholeGzip = gzipSync(indexJson).length;
  const engine = new SearchEngine(JSON.parse(indexJson));
  const wholeTimes: number[] = [];
  let wholeHits = 0;
  for (const q of queries.slice(0, 10)) engine.search(q.query);
  queries.forEach((q, i) => {
    for (const typed of keystrokes(q.query)) {
      const t = performance.now();
      engine.search(typed);
      wholeTimes.push(performance.now() - t);
    }
    const res = engine.search(q.query, { limit: RECALL_AT });
    const hit = found(res, q);
    if (hit) wholeHits++;
    const mine = shardedResults[i] as SearchResults;
    if (showMisses && !found(mine, q)) {
      log(`  miss (${q.kind}${hit ? ", whole index found it" : ""}) “${q.query}” → ${q.expect.type} ${JSON.stringify(q.expect.type === "quote" ? q.expect.text : q.expect.name)}\n      sharded: ${topOf(mine, q.expect.type).map(label).join(" | ") || "(nothing)"}`);
    }
  });

  const step = Math.max(1, Math.ceil((queries.length * recordTotal) / PLAIN_WORK));
  const sample = queries.filter((_, i) => i % step === 0);
  log(`  plain Fuse over ${sample.length} queries…`);
  const flat = GROUPS.flatMap((k) => records[k] as SearchRecord[]);
  const plain = new Fuse(flat, { keys: BASELINE_KEYS, includeScore: true });
  const plainTimes: number[] = [];
  let plainHits = 0;
  for (const q of sample) {
    const t = performance.now();
    const res = plain.search(q.query).map((r) => r.item);
    plainTimes.push(performance.now() - t);
    if (res.filter((r) => r.kind === q.expect.type).slice(0, RECALL_AT).some((r) => isTarget(r, q))) plainHits++;
  }

  const sortedTransfer = [...transfers].sort((a, b) => a - b);
  const row: Row = {
    bulletins: n,
    records: recordTotal,
    queries: queries.length,
    sharded: {
      files: files.size,
      shards: Object.keys(manifest.shards).length,
      manifestGzip: gzipOf(MANIFEST_FILE),
      transfer: {
        p50: percentile(sortedTransfer, 50),
        p95: percentile(sortedTransfer, 95),
        max: sortedTransfer.at(-1) ?? NaN,
        mean: transfers.reduce((a, b) => a + b, 0) / transfers.length,
      },
      node: times(shardedTimes),
      chromium: null,
      chromiumHeapBytes: null,
      chromiumBaselineHeapBytes: null,
      cachedBytes: null,
      recall: shardedHits / queries.length,
    },
    whole: { gzipBytes: wholeGzip, node: times(wholeTimes), recall: wholeHits / queries.length },
    plain: { queries: sample.length, node: times(plainTimes), recall: plainHits / sample.length },
  };
  if (bundle) {
    log("  typing in Chromium…");
    const served = new Map([...needed].map((f) => [f, files.get(f) as string]));
    served.set("", "");
    const c = await measureInChromium(bundle, served, queries.map((q) => q.query));
    row.sharded.chromium = times(c.keystrokes);
    row.sharded.chromiumHeapBytes = c.heapBytes;
    row.sharded.chromiumBaselineHeapBytes = c.baselineHeapBytes;
    row.sharded.cachedBytes = c.cachedBytes;
    if (c.refetched > 0) log(`  ${c.refetched} files the timed engine lacked were fetched while timed`);
  }
  return row;
}

const ms = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? "–" : x < 10 ? x.toFixed(2) : x.toFixed(0));
const kb = (b: number | null | undefined) => (b === null || b === undefined || Number.isNaN(b) ? "–" : `${(b / 1024).toFixed(0)} kB`);
const mb = (b: number | null) => (b === null ? "–" : `${(b / 1024 / 1024).toFixed(0)} MB`);

function printTable(rows: Row[]) {
  const lines = [
    "bulletins | records | queries | transfer per typed query, gzip (p50 / p95 / max) | whole index, gzip (downloaded by every query before) | keystroke p50 / p95 Node ms (sharded / whole) | keystroke p50 / p95 Chromium ms (sharded) | Chromium JS heap after the session, GC'd (empty page) | recall@5 (sharded / whole / plain) | plain Fuse, whole query p50 / p95 Node ms (queries)",
    "---|---|---|---|---|---|---|---|---|---",
  ];
  for (const r of rows) {
    const s = r.sharded;
    lines.push(
      [
        r.bulletins,
        r.records,
        r.queries,
        `${kb(s.transfer.p50)} / ${kb(s.transfer.p95)} / ${kb(s.transfer.max)}`,
        kb(r.whole.gzipBytes),
        `${ms(s.node.p50)} / ${ms(s.node.p95)} | ${ms(r.whole.node.p50)} / ${ms(r.whole.node.p95)}`.replace(" | ", " ; "),
        `${ms(s.chromium?.p50)} / ${ms(s.chromium?.p95)}`,
        `${mb(s.chromiumHeapBytes)} (${mb(s.chromiumBaselineHeapBytes)})`,
        `${s.recall.toFixed(3)} / ${r.whole.recall.toFixed(3)} / ${r.plain.recall.toFixed(3)}`,
        `${ms(r.plain.node.p50)} / ${ms(r.plain.node.p95)} (${r.plain.queries})`,
      ].join(" | "),
    );
  }
  console.log(lines.join("\n"));
  console.log(
    "\nsharded: manifest, then the word shards of the query's words and the record chunks of its candidates; fuse.js scores the candidates." +
      "\ntransfer: every distinct file a fresh tab fetches while the query is typed a letter at a time, gzip -9-ish (zlib default) sizes." +
      "\nkeystroke: one search per typed prefix; sharded timed once that keystroke's files are fetched: parsing and indexing the ones that just came in counts." +
      "\nwhole: the one-file index (records + Fuse index), word prefilter → Fuse over ≤64 candidates per group." +
      "\nplain: new Fuse(records, { keys }) over the same records, default options, no folding; on every k-th query (queries × records ≤ ~1.5 million), its recall over those." +
      "\nrecall@5: the expected record among its group's top 5 for the whole query; a target the parser did not extract counts as missed." +
      "\nChromium JS heap: the page's used JS heap after a full GC (CDP HeapProfiler.collectGarbage, Runtime.getHeapUsage) once every query was typed a letter at a time in one tab, the search's cache as that session left it; in brackets the same page before the search opened." +
      "\n(The app runs this search in a worker from 5,000 records on; the figure is that worker's heap plus an empty page's. Typed arrays' memory is outside it: the ranking's one set of scratch arrays, 17 bytes per record of the largest group, 6.7 MB at 10,000 bulletins.)",
  );
  for (const r of rows) {
    const cached = r.sharded.cachedBytes === null ? "" : `, search cache at the end ${mb(r.sharded.cachedBytes)} (weighted JSON bytes)`;
    console.log(`${r.bulletins}: ${r.sharded.files} files (${r.sharded.shards} word shards), manifest ${kb(r.sharded.manifestGzip)} gzip, mean transfer ${kb(r.sharded.transfer.mean)}${cached}`);
  }
}

const bundle = browser ? await bundleForBrowser() : null;
const rows: Row[] = [];
for (const n of sizes) {
  rows.push(await runSize(n, bundle));
  // Each size's figures as soon as they exist: 10,000 bulletins take many minutes on a busy machine.
  if (!json) log(`  ${JSON.stringify(rows.at(-1))}`);
}
if (json) console.log(JSON.stringify({ seed: SEED, recallAt: RECALL_AT, rows }, null, 2));
else printTable(rows);
