/**
 * Search benchmark: synthetic archives of 10, 100 and 1,000 bulletins (seeded,
 * bench/synth), parsed, turned into search records and a precomputed index;
 * for each, records, index build time and size, and query latency p50/p95 in
 * Node and in Chromium over the generator's query list (exact names, typos,
 * transliteration variants, words from quotes), beside a plain
 * `new Fuse(records)` baseline on the same records, and recall@5 of both.
 *
 *   npm run bench:search [-- --json] [-- --sizes 10,100] [-- --no-browser] [-- --misses]
 *
 * --misses prints every query ours missed, its expected target, our top 5 in
 * that group and why it was missed (see `classifyMiss`).
 *
 * Prints figures; never passes or fails on time.
 */
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import Fuse from "fuse.js";
import { generateArchive } from "./synth/generate.ts";
import type { SearchQuery } from "./synth/truth.ts";
import { loadNodeGazetteer } from "../src/gazetteer/node.ts";
import { parseBulletin } from "../src/parser/index.ts";
import type { Bulletin } from "../src/parser/model/index.ts";
import { buildPeople, buildPlaces } from "../src/search/entities.ts";
import { fold } from "../src/search/fold.ts";
import { buildIndexData } from "../src/search/index-data.ts";
import { gazetteerNames } from "../src/search/place-names.ts";
import { SearchEngine } from "../src/search/query.ts";
import { MAX_CANDIDATES } from "../src/search/word-index.ts";
import { buildRecords, GROUPS, type GroupKind, type RecordSet, type SearchRecord } from "../src/search/records.ts";

const SEED = 565;
/** Queries timed per archive: the generator's list, in order, capped so 1,000 bulletins stay quick. */
const MAX_QUERIES = 300;
const RECALL_AT = 5;
const BASELINE_KEYS = ["name", "aliases", "roles", "country", "text", "speaker", "headline", "summary", "authors"];

const args = process.argv.slice(2);
const json = args.includes("--json");
const browser = !args.includes("--no-browser");
const showMisses = args.includes("--misses") || Boolean(process.env.BENCH_MISSES);
const sizesArg = args[args.indexOf("--sizes") + 1];
const sizes = args.includes("--sizes") && sizesArg ? sizesArg.split(",").map(Number) : [10, 100, 1000];
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

/**
 * Results that fit a quote-words query exactly as well as its target: the
 * generator's quotes share stock phrases ("we have heard these promises
 * before" in nineteen quotes of ten bulletins), so four words of one of them
 * name no single quote. A record counts as an equal match only when its
 * folded text contains the folded query verbatim AND the target's does too.
 */
function equallyGood(r: SearchRecord, q: SearchQuery, target: SearchRecord | undefined): boolean {
  if (q.expect.type !== "quote" || r.kind !== "quote" || target?.kind !== "quote") return false;
  const phrase = fold(q.query);
  return fold(target.text).includes(phrase) && fold(r.text).includes(phrase);
}

/** The target in the top `RECALL_AT`, or those places all taken by equally good matches. */
function fairHit(top: SearchRecord[], q: SearchQuery, target: SearchRecord | undefined): boolean {
  if (top.some((r) => isTarget(r, q))) return true;
  return top.length === RECALL_AT && top.every((r) => equallyGood(r, q, target));
}

type MissKind = "missing record" | "ambiguous" | "ranking" | "prefilter drop" | "not matched";

/**
 * Why ours missed: the parser never made the target (missing record); more
 * than five records fit the query equally (ambiguous); Fuse scored the target
 * but below five others among the candidates (ranking); the candidate filter
 * left it out (prefilter drop: found only when every record is a candidate);
 * or no folding or fuzzy match reaches it at all (not matched: a folding gap
 * or an alias the records lack).
 */
function classifyMiss(engine: SearchEngine, q: SearchQuery, target: SearchRecord | undefined, top: SearchRecord[]): MissKind {
  if (!target) return "missing record";
  if (fairHit(top, q, target)) return "ambiguous";
  const inGroup = (limit: number) =>
    engine.search(q.query, { limit }).groups.find((g) => g.kind === q.expect.type)?.hits.some((h) => isTarget(h.record, q)) ?? false;
  // A limit below the candidate cap keeps the prefilter as it is; a huge one lets every record in.
  if (inGroup(MAX_CANDIDATES - 1)) return "ranking";
  if (inGroup(1_000_000)) return "prefilter drop";
  return "not matched";
}

const label = (r: SearchRecord) => (r.kind === "quote" ? `“${r.text.slice(0, 50)}…”` : r.kind === "article" ? r.headline : r.name);

interface Figures {
  p50: number;
  p95: number;
  recall: number;
}

function summarise(times: number[], hits: number, n: number): Figures {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), recall: n ? hits / n : NaN };
}

function allRecords(set: RecordSet): SearchRecord[] {
  return GROUPS.flatMap((k) => set[k] as SearchRecord[]);
}

/** Top `RECALL_AT` of the expected group from a result list sorted best first. */
function topOfGroup(results: SearchRecord[], kind: GroupKind): SearchRecord[] {
  return results.filter((r) => r.kind === kind).slice(0, RECALL_AT);
}

interface Row {
  bulletins: number;
  /** Queries ours missed, by cause (classifyMiss). */
  misses: Partial<Record<MissKind, number>>;
  /** recall@5 counting equally good matches of an ambiguous quote-words query as hits (fairHit), ours / plain. */
  fairRecall: { ours: number; plain: number };
  records: number;
  queries: number;
  /** Share of queries whose target exists among the records (the parser extracted it). */
  extracted: number;
  ours: { buildMs: number; rawBytes: number; gzipBytes: number; loadMs: number; node: Figures; chromium: Figures | null };
  baseline: { buildMs: number; node: Figures; chromium: Figures | null };
}

async function bundleForBrowser(): Promise<string> {
  // esbuild comes with tsx/vite; only the benchmark uses it directly.
  const { build } = await import("esbuild");
  const entry = fileURLToPath(new URL("./search-browser-entry.ts", import.meta.url));
  const out = await build({ entryPoints: [entry], bundle: true, write: false, format: "iife", platform: "browser", minify: true });
  return out.outputFiles[0]?.text ?? "";
}

async function measureInChromium(bundle: string, indexJson: string, queries: SearchQuery[]) {
  const { chromium } = await import("@playwright/test");
  const b = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const page = await b.newPage();
    await page.setContent("<!doctype html><title>bench</title>");
    await page.addScriptTag({ content: bundle });
    return await page.evaluate(
      ({ indexJson, queries, baselineKeys }) => {
        const api = (globalThis as unknown as { searchBench: import("./search-browser-entry.ts").SearchBenchApi }).searchBench;
        return api.run(indexJson, queries, baselineKeys);
      },
      { indexJson, queries: queries.map((q) => q.query), baselineKeys: BASELINE_KEYS },
    );
  } finally {
    await b.close();
  }
}

async function runSize(n: number, bundle: string | null): Promise<Row> {
  log(`\n${n} bulletins: generating and parsing…`);
  const generated = generateArchive(n, SEED);
  // The same gazetteer as the data build, so towns are places here as they are in the app.
  const gazetteer = loadNodeGazetteer();
  const bulletins: Bulletin[] = generated.map((g) => parseBulletin(g.text, { fileName: g.fileName, gazetteer }));
  const queries = generated.flatMap((g) => g.truth.searchQueries).slice(0, MAX_QUERIES);

  const people = buildPeople(bulletins);
  const places = buildPlaces(bulletins);
  // Places searchable under their GeoNames other names, as the data build's search emitter makes them.
  const records = buildRecords(bulletins, people, places, { placeNames: (p) => gazetteerNames(p, gazetteer) });
  const flat = allRecords(records);

  let t = performance.now();
  const data = buildIndexData(records);
  const buildMs = performance.now() - t;
  const indexJson = JSON.stringify(data);
  t = performance.now();
  const engine = new SearchEngine(JSON.parse(indexJson));
  const loadMs = performance.now() - t;

  t = performance.now();
  const baseline = new Fuse(flat, { keys: BASELINE_KEYS, includeScore: true });
  const baselineBuildMs = performance.now() - t;

  log(`  ${flat.length} records, ${queries.length} queries; timing in Node…`);
  const times: number[] = [];
  const baseTimes: number[] = [];
  let hits = 0;
  let baseHits = 0;
  // Queries whose target the parser did not extract cannot be found by any search.
  let present = 0;
  let fairHits = 0;
  let baseFairHits = 0;
  const misses: Partial<Record<MissKind, number>> = {};
  for (const q of queries) {
    const target = flat.find((r) => isTarget(r, q));
    if (target) present++;
    t = performance.now();
    const res = engine.search(q.query, { limit: RECALL_AT });
    times.push(performance.now() - t);
    const top = res.groups.find((g) => g.kind === q.expect.type)?.hits.map((h) => h.record) ?? [];
    if (top.some((r) => isTarget(r, q))) hits++;
    if (fairHit(top, q, target)) fairHits++;
    if (!top.some((r) => isTarget(r, q))) {
      const why = classifyMiss(engine, q, target, top);
      misses[why] = (misses[why] ?? 0) + 1;
      if (showMisses) log(`  miss [${why}] (${q.kind}) “${q.query}” → ${q.expect.type} ${JSON.stringify(q.expect.type === "quote" ? q.expect.text : q.expect.name)}\n      ours: ${top.map(label).join(" | ") || "(nothing)"}`);
    }

    t = performance.now();
    const base = baseline.search(q.query).map((r) => r.item);
    baseTimes.push(performance.now() - t);
    const baseTop = topOfGroup(base, q.expect.type);
    if (baseTop.some((r) => isTarget(r, q))) baseHits++;
    if (fairHit(baseTop, q, target)) baseFairHits++;
  }
  if (showMisses) log(`  misses by cause: ${JSON.stringify(misses)}`);
  const row: Row = {
    bulletins: n,
    misses,
    fairRecall: { ours: fairHits / queries.length, plain: baseFairHits / queries.length },
    records: flat.length,
    queries: queries.length,
    extracted: queries.length ? present / queries.length : NaN,
    ours: {
      buildMs,
      rawBytes: Buffer.byteLength(indexJson),
      gzipBytes: gzipSync(indexJson).length,
      loadMs,
      node: summarise(times, hits, queries.length),
      chromium: null,
    },
    baseline: { buildMs: baselineBuildMs, node: summarise(baseTimes, baseHits, queries.length), chromium: null },
  };
  if (bundle) {
    log("  timing in Chromium…");
    const c = await measureInChromium(bundle, indexJson, queries);
    row.ours.chromium = { ...summarise(c.ours, 0, 0), recall: row.ours.node.recall };
    row.baseline.chromium = { ...summarise(c.baseline, 0, 0), recall: row.baseline.node.recall };
  }
  return row;
}

const ms = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? "–" : x < 10 ? x.toFixed(2) : x.toFixed(0));
const kb = (b: number) => `${(b / 1024).toFixed(0)} kB`;

function printTable(rows: Row[]) {
  const lines = [
    "bulletins | records | queries (target extracted) | build ms (ours / plain) | index raw / gzip | p50 Node ms (ours / plain) | p95 Node ms (ours / plain) | p50 Chromium ms (ours / plain) | p95 Chromium ms (ours / plain) | recall@5 (ours / plain) | recall@5, equal matches count (ours / plain)",
    "---|---|---|---|---|---|---|---|---|---|---",
  ];
  for (const r of rows) {
    lines.push(
      [
        r.bulletins,
        r.records,
        `${r.queries} (${(r.extracted * 100).toFixed(0)}%)`,
        `${ms(r.ours.buildMs)} / ${ms(r.baseline.buildMs)}`,
        `${kb(r.ours.rawBytes)} / ${kb(r.ours.gzipBytes)}`,
        `${ms(r.ours.node.p50)} / ${ms(r.baseline.node.p50)}`,
        `${ms(r.ours.node.p95)} / ${ms(r.baseline.node.p95)}`,
        `${ms(r.ours.chromium?.p50)} / ${ms(r.baseline.chromium?.p50)}`,
        `${ms(r.ours.chromium?.p95)} / ${ms(r.baseline.chromium?.p95)}`,
        `${r.ours.node.recall.toFixed(3)} / ${r.baseline.node.recall.toFixed(3)}`,
        `${r.fairRecall.ours.toFixed(3)} / ${r.fairRecall.plain.toFixed(3)}`,
      ].join(" | "),
    );
  }
  console.log(lines.join("\n"));
  console.log(
    "\nours: folded records, Fuse.createIndex precomputed at build, word prefilter → Fuse over ≤64 candidates per group." +
      "\nplain: new Fuse(records, { keys }) over the same records, default options, no folding." +
      "\nrecall@5: the expected record among the group's top 5; a target the parser did not extract counts as missed." +
      "\nequal matches count: a quote-words query whose top 5 are all quotes containing the query verbatim, as the target does, counts as found." +
      "\nbuild ms for plain is its constructor (it indexes at load); index load for ours is JSON.parse + prefilter build.",
  );
}

const bundle = browser ? await bundleForBrowser() : null;
const rows: Row[] = [];
for (const n of sizes) {
  rows.push(await runSize(n, bundle));
  // Each size's figures as soon as they exist: 1,000 bulletins take minutes on a busy machine.
  if (!json) log(`  ${JSON.stringify(rows.at(-1))}`);
}
if (json) console.log(JSON.stringify({ seed: SEED, recallAt: RECALL_AT, rows }, null, 2));
else printTable(rows);
