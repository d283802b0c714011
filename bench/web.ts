/**
 * `npm run bench:web [-- --json] [-- --quick]`: the web budgets of the
 * production build, for the project's bulletins/ folder and for a
 * 1,000-bulletin synthetic archive (bench/synth), each figure beside its goal.
 *
 * Per archive: cold build, a rebuild after one bulletin changed and another
 * after a quote in a second one was edited (parse
 * and page caches), first-load JavaScript of an article route, Lighthouse 12 (mobile
 * simulation, each run capped at 2 minutes) on the archive page, an article
 * and, except for the 1,000-bulletin archive, a person and a place page; and in Playwright the
 * archive page's first list item, how many rows it renders, and the JS heap.
 *
 * A benchmark: it prints figures and never fails because a goal is missed.
 * Everything it builds goes to a temporary folder (never dist/ or .cache/).
 * `--quick` skips the 1,000-bulletin archive, `--synthetic-only` the
 * project's own; `--lighthouse-runs N` (default 5, median reported). Slow:
 * minutes per archive.
 *
 * `--sizes 100,1000,10000`: the build alone, for synthetic archives of those
 * sizes side by side: cold build (empty caches and output folder), rebuild
 * after one bulletin changed (warm caches, the last build's output folder
 * kept), after a quote in another was edited, and after a new bulletin was
 * added, files written and pages rendered by each, the build's peak RSS
 * (GNU time's, with the worker threads), and the largest data file of
 * each kind, gzip-sized (bench/data-files.ts). No browser figures. 10,000
 * bulletins take most of an hour on two cores. `--data-only` with `--sizes`:
 * the data files alone, made in memory by the build's emitters (no pages, no
 * bundle), their largest of each kind: minutes at 10,000 bulletins.
 *
 * The archive views (/people, /places, /quotes, /numbers and a quote's page)
 * are measured on the 1,000-bulletin archive by bench/web-views.ts: first
 * screen after the header's link and after a cold load, the longest task while
 * scrolling People and Quotes to the end, Lighthouse. `--views-only` measures
 * just those (one cold build of the synthetic archive, no rebuild, no other
 * page); `--views-dist DIR` serves an archive already built into DIR instead,
 * `--no-lighthouse` leaves Lighthouse out.
 *
 * Ports: `BENCH_PORT` (default 4310) and the next one, for the static server.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { generateArchive } from "./synth/generate.ts";
import { sizedArchive } from "./synth/sized-archive.ts";
import { DATA_FILE_GOAL_KB, dataFilesOf, emitDataFiles, largestByKind, parsedArchive, type KindFigure } from "./data-files.ts";
import { APP_READY_MARK } from "../src/app/lib/app-ready.ts";
import { ARCHIVE_HEAD_FILE } from "../src/site-generator/data-paths.ts";
import { measureViews, viewRows, type ViewsFigures } from "./web-views.ts";
import { DEV_START_GOAL_S, measureDevStart, warmParseCache, type DevStartFigures } from "./dev-start.ts";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium";
const SYNTH_COUNT = 1000;
const SYNTH_SEED = 20260;
/** `BENCH_PORT` moves it, so that two checkouts can run the bench at once. */
const PORT_BASE = Number(process.env.BENCH_PORT) || 4310;
/** How long the archive page may take to show its first list item before the figure reads "never". */
const PAGE_TIMEOUT_MS = 30_000;
/** One Lighthouse run past this is abandoned (its Chrome killed) and recorded as "timed out": a hung run must not stall the bench. */
const LIGHTHOUSE_TIMEOUT_MS = 120_000;
/**
 * Lighthouse runs per page; the run with the median Performance score is
 * reported, as Lighthouse's own guidance advises (it suggests 5): one run on
 * this shared two-core machine swings by ±0.1. `--lighthouse-runs N` to change.
 */
const LIGHTHOUSE_RUNS_DEFAULT = 5;

const args = new Set(process.argv.slice(2));
const asJson = args.has("--json");
const quick = args.has("--quick");
/** Only the synthetic archive (to re-measure it without the slow first half). */
const syntheticOnly = args.has("--synthetic-only");
/** Only the archive views of the 1,000-bulletin archive (bench/web-views.ts). */
const viewsOnly = args.has("--views-only");
const viewsDistArg = process.argv.indexOf("--views-dist");
const viewsDist = viewsDistArg > 0 ? process.argv[viewsDistArg + 1] : undefined;
const runsArg = process.argv.indexOf("--lighthouse-runs");
const sizesArg = process.argv.indexOf("--sizes");
/** `--sizes 100,1000`: build figures only, at these archive sizes. */
const sizes =
  sizesArg > 0
    ? (process.argv[sizesArg + 1] ?? "")
        .split(",")
        .map((n) => Number(n.trim()))
        .filter((n) => Number.isInteger(n) && n > 0)
    : [];
/** `--data-only`: with `--sizes`, the data files' sizes alone. */
const dataOnly = args.has("--data-only");
/** `--start-only`: with `--sizes`, "npm start: first page" alone (the parse cache warmed by the parse pool, no build). */
const startOnly = args.has("--start-only");
const lighthouseRuns = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : LIGHTHOUSE_RUNS_DEFAULT;
const log = (line: string) => process.stderr.write(`${line}\n`);

interface BuildFigures {
  coldSeconds: number;
  rebuildSeconds: number;
  /**
   * A second rebuild, after a quote in another bulletin was edited: what the
   * search and views emitters read, so their kept files (src/emit-cache/emit-cache.ts)
   * do not serve, as they do after the first rebuild's edit. Null when that
   * bulletin has no paragraph opening with a quote.
   */
  quoteRebuildSeconds: number | null;
  filesWrittenOnQuoteRebuild: number | null;
  filesRemovedOnQuoteRebuild: number | null;
  phasesQuoteRebuild: string | null;
  /**
   * A third rebuild (`--sizes` only), after a new bulletin was added to the
   * archive, as one arrives: every list it joins (search records, people,
   * places, the views) grows by its items, where the edits above only change
   * words. Null when not measured.
   */
  addedRebuildSeconds: number | null;
  filesWrittenOnAddedRebuild: number | null;
  filesRemovedOnAddedRebuild: number | null;
  phasesAddedRebuild: string | null;
  parseSecondsCold: number | null;
  reparsedOnRebuild: number | null;
  fromCacheOnRebuild: number | null;
  /** Prerendered pages on the rebuild, and how many of them the page cache gave back unchanged. */
  pagesOnRebuild: number | null;
  pagesReusedOnRebuild: number | null;
  progressLines: number;
  /** Data and page files the build wrote (the rest were unchanged since the last build), cold and on the rebuild. */
  filesWrittenCold: number | null;
  filesWrittenOnRebuild: number | null;
  /** Files the rebuild removed (made by the last build, not by this one). */
  filesRemovedOnRebuild: number | null;
  /** Pages rendered (not taken from the page cache), cold and on the rebuild. */
  pagesRenderedCold: number | null;
  pagesRenderedOnRebuild: number | null;
  peakRssMbCold: number | null;
  peakRssMbRebuild: number | null;
  warnings: number | null;
  /** Files that went into no bulletin: failed to parse, or left out (a duplicate id). */
  leftOut: number | null;
  /** The build's own closing line of phase times (src/site-generator/phases/), cold and on the rebuild. */
  phasesCold: string | null;
  phasesRebuild: string | null;
  bulletins: number;
  articles: number;
}

interface LighthouseFigures {
  /** "timed out" when the run passed LIGHTHOUSE_TIMEOUT_MS, "skipped" when not run for this archive. */
  status: "ok" | "timed out" | "skipped" | "failed";
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  lcpSeconds: number | null;
  cls: number | null;
  /** Total Blocking Time, the figure the Performance score moves with here. */
  tbtMs: number | null;
  /** Whether the app had started (APP_READY_MARK) before Lighthouse stopped measuring. */
  appReady: boolean | null;
}

interface PageFigures {
  firstLoadJsKb: number;
  firstLoadJsFiles: string[];
  archiveFirstItemMs: number | null;
  archiveAppItemMs: number | null;
  archiveRowsRendered: number;
  archiveHeapMb: number | null;
}

interface ArchiveFigures {
  label: string;
  build: BuildFigures;
  pages: PageFigures;
  lighthouse: Record<LighthousePage, LighthouseFigures>;
  articlePath: string;
  /** The archive views' figures (measured on the synthetic archive only). */
  views: ViewsFigures | null;
}

type LighthousePage = "archive" | "article" | "person" | "place";

const EMPTY_LIGHTHOUSE = { performance: null, accessibility: null, bestPractices: null, seo: null, lcpSeconds: null, cls: null, tbtMs: null, appReady: null };

// ---------- build ----------

/** GNU time, for a build's peak RSS (its own and its worker threads'); figures read n/a without it. */
const GNU_TIME = "/usr/bin/time";
const PEAK_RSS_LINE = "bench-peak-rss-kb";
const PEAK_RSS = new RegExp(`^${PEAK_RSS_LINE} (\\d+)$`, "m");

function run(command: string, argv: string[], env: Record<string, string>, logFile: string): Promise<{ ms: number; out: string }> {
  const started = Date.now();
  const timed = existsSync(GNU_TIME);
  return new Promise((resolve, reject) => {
    const child = timed
      ? spawn(GNU_TIME, ["-f", `${PEAK_RSS_LINE} %M`, command, ...argv], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] })
      : spawn(command, argv, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    const take = (chunk: Buffer) => {
      out += chunk.toString();
      appendFileSync(logFile, chunk);
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve({ ms: Date.now() - started, out });
      // The log goes with the bench's temporary folder: its end says why.
      else reject(new Error(`${command} ${argv.join(" ")} exited ${code}; the end of its output:\n${out.split("\n").slice(-30).join("\n")}`));
    });
  });
}

const SUMMARY = /bulletins: (\d+) of (\d+) parsed in ([\d.]+) s \((\d+) from cache, (\d+) parsed anew\)/;
const PRERENDER_SUMMARY = /prerender: \d+ files in \d+ ms \((\d+) of (\d+) pages unchanged since the last build/;
/** The parse pool's closing line (src/site-generator/cache/parse-pool.ts): its time comes before the build's own pass. */
const POOL_SUMMARY = /bulletins: \d+ parsed in \d+ workers in ([\d.]+) s/;
const OUTPUT_SUMMARY = /output: (\d+) data and page files written, (\d+) unchanged since the last build \(not written\), (\d+) removed/;
/** What the rebuild figure adds to one bulletin: a sentence, so that its data (and its pages) change. */
const REBUILD_EDIT = "\n\nThis sentence was added by the rebuild benchmark.\n";
/** A paragraph that opens with a quote: the second rebuild adds words to the quote. */
const QUOTE_OPENING = /^([ \t]*)"(?=[A-Z][a-z])/m;
const QUOTE_EDIT = '$1"As the benchmark would have it, ';
/** The new bulletin the third rebuild adds: from a volume of its own, issue numbers far past any archive's (synth/sized-archive.ts). */
const ADDED_SEED = SYNTH_SEED + 9_999;
const ADDED_ISSUE_OFFSET = 900_000;

async function build(bulletinsDir: string, work: string, { addBulletin = false } = {}): Promise<{ figures: BuildFigures; outDir: string }> {
  const outDir = path.join(work, "dist");
  const cacheDir = path.join(work, "parse-cache");
  const pagesCacheDir = path.join(work, "pages-cache");
  const logFile = path.join(work, "build.log");
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(pagesCacheDir, { recursive: true, force: true });
  const mapsCacheDir = path.join(work, "maps-cache");
  rmSync(mapsCacheDir, { recursive: true, force: true });
  // The service worker's bundle (src/site-generator/offline/sw-build.ts): the cold build bundles it.
  const swCacheDir = path.join(work, "sw-cache");
  rmSync(swCacheDir, { recursive: true, force: true });
  // The search and views emitters' files (src/emit-cache/emit-cache.ts): a cold build computes them.
  const emitCacheDir = path.join(work, "emit-cache");
  rmSync(emitCacheDir, { recursive: true, force: true });
  const env = { BULLETINS_DIR: bulletinsDir, BULLETINS_CACHE_DIR: cacheDir, PAGES_CACHE_DIR: pagesCacheDir, MAPS_CACHE_DIR: mapsCacheDir, SW_CACHE_DIR: swCacheDir, EMIT_CACHE_DIR: emitCacheDir };
  // Node itself rather than npx, so that GNU time's peak RSS is the build's.
  const viteArgs = [path.join("node_modules", "vite", "bin", "vite.js"), "build", "--outDir", outDir];
  log(`  cold build of ${bulletinsDir}`);
  const cold = await run(process.execPath, [...viteArgs, "--emptyOutDir"], env, logFile);
  const coldSummary = SUMMARY.exec(cold.out);

  // One bulletin changes (a sentence added at its end): only it should be parsed again, and only its pages rendered.
  const first = readdirSync(bulletinsDir).filter((n) => n.endsWith(".txt")).sort()[0]!;
  appendFileSync(path.join(bulletinsDir, first), REBUILD_EDIT);
  log(`  rebuild after ${first} changed`);
  // The output folder is kept: the build writes what changed and removes what is gone (src/site-generator/output/).
  const warm = await run(process.execPath, viteArgs, env, logFile);
  const warmSummary = SUMMARY.exec(warm.out);
  const warmPages = PRERENDER_SUMMARY.exec(warm.out);

  // Then a quote in another bulletin changes: the search and views files are made again.
  const second = readdirSync(bulletinsDir).filter((n) => n.endsWith(".txt")).sort()[1];
  const secondPath = second === undefined ? null : path.join(bulletinsDir, second);
  const secondText = secondPath === null ? "" : readFileSync(secondPath, "utf8");
  let quoted: { ms: number; out: string } | null = null;
  if (secondPath !== null && QUOTE_OPENING.test(secondText)) {
    writeFileSync(secondPath, secondText.replace(QUOTE_OPENING, QUOTE_EDIT));
    log(`  rebuild after a quote in ${second} changed`);
    quoted = await run(process.execPath, viteArgs, env, logFile);
  }

  // Last, a bulletin arrives: the archive holds one more.
  let grown: { ms: number; out: string } | null = null;
  if (addBulletin) {
    const [added] = generateArchive(1, ADDED_SEED, { issueOffset: ADDED_ISSUE_OFFSET });
    writeFileSync(path.join(bulletinsDir, `${added!.fileName}.txt`), added!.text);
    log(`  rebuild after ${added!.fileName}.txt was added`);
    grown = await run(process.execPath, viteArgs, env, logFile);
  }

  const archive = builtArchive(outDir);
  const num = (re: RegExp, text: string, group = 1) => {
    const m = re.exec(text);
    return m ? Number(m[group]) : null;
  };
  const rendered = (text: string) => {
    const m = PRERENDER_SUMMARY.exec(text);
    return m ? Number(m[2]) - Number(m[1]) : null;
  };
  const mb = (kb: number | null) => (kb === null ? null : kb / 1024);
  return {
    outDir,
    figures: {
      coldSeconds: cold.ms / 1000,
      rebuildSeconds: warm.ms / 1000,
      quoteRebuildSeconds: quoted === null ? null : quoted.ms / 1000,
      filesWrittenOnQuoteRebuild: quoted === null ? null : num(OUTPUT_SUMMARY, quoted.out),
      filesRemovedOnQuoteRebuild: quoted === null ? null : num(OUTPUT_SUMMARY, quoted.out, 3),
      phasesQuoteRebuild: quoted === null ? null : (/^phases: .*$/m.exec(quoted.out)?.[0] ?? null),
      addedRebuildSeconds: grown === null ? null : grown.ms / 1000,
      filesWrittenOnAddedRebuild: grown === null ? null : num(OUTPUT_SUMMARY, grown.out),
      filesRemovedOnAddedRebuild: grown === null ? null : num(OUTPUT_SUMMARY, grown.out, 3),
      phasesAddedRebuild: grown === null ? null : (/^phases: .*$/m.exec(grown.out)?.[0] ?? null),
      parseSecondsCold: coldSummary ? Number(coldSummary[3]) + (num(POOL_SUMMARY, cold.out) ?? 0) : null,
      reparsedOnRebuild: warmSummary ? Number(warmSummary[5]) : null,
      fromCacheOnRebuild: warmSummary ? Number(warmSummary[4]) : null,
      pagesOnRebuild: warmPages ? Number(warmPages[2]) : null,
      pagesReusedOnRebuild: warmPages ? Number(warmPages[1]) : null,
      progressLines: (cold.out.match(/^bulletins: \d+\/\d+ parsed/gm) ?? []).length,
      filesWrittenCold: num(OUTPUT_SUMMARY, cold.out),
      filesWrittenOnRebuild: num(OUTPUT_SUMMARY, warm.out),
      filesRemovedOnRebuild: num(OUTPUT_SUMMARY, warm.out, 3),
      pagesRenderedCold: rendered(cold.out),
      pagesRenderedOnRebuild: rendered(warm.out),
      peakRssMbCold: mb(num(PEAK_RSS, cold.out)),
      peakRssMbRebuild: mb(num(PEAK_RSS, warm.out)),
      warnings: num(/^warnings: (\d+)/m, cold.out),
      // The build's closing summary: files that failed to parse and those left out for another reason (a duplicate id).
      leftOut: num(/^summary: \d+ bulletins? built from \d+ files?, (\d+) left out/m, cold.out),
      phasesCold: /^phases: .*$/m.exec(cold.out)?.[0] ?? null,
      phasesRebuild: /^phases: .*$/m.exec(warm.out)?.[0] ?? null,
      bulletins: archive.bulletins.length,
      articles: archive.bulletins.reduce((n, b) => n + b.articles.length, 0),
    },
  };
}

// ---------- serve ----------

/** bench/static-server.ts in a process of its own (not vite preview, which gzips each response as it sends it). */
async function serve(outDir: string, port: number): Promise<ChildProcess> {
  const child = spawn("npx", ["tsx", "bench/static-server.ts", outDir, String(port)], {
    env: process.env,
    stdio: "ignore",
    detached: true, // its own process group, so stopping it stops npx's child too
  });
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`http://localhost:${port}/`)).ok) return child;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop(child);
  throw new Error(`the static server on ${port} did not start`);
}

function stop(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    /* already gone */
  }
}

// ---------- browser figures ----------

/** The archive index a build wrote: its head lists the pieces (src/site-generator/archive-index.ts), joined here in order. */
function builtArchive(outDir: string): { bulletins: Array<{ id: string; articles: Array<{ slug: string }> }> } {
  const read = (file: string) => JSON.parse(readFileSync(path.join(outDir, file), "utf8"));
  const head = read(ARCHIVE_HEAD_FILE) as { pieces: Array<{ file: string }> };
  return { bulletins: head.pieces.flatMap((piece) => (read(piece.file) as { bulletins: Array<{ id: string; articles: Array<{ slug: string }> }> }).bulletins) };
}

function firstArticlePath(outDir: string): string {
  const archive = builtArchive(outDir);
  const b = archive.bulletins.find((x) => x.articles.length > 0);
  if (!b) throw new Error("no article in the build");
  return `/bulletins/${b.id}/articles/${b.articles[0]!.slug}`;
}

/**
 * Records in window.__bench when the first bulletin link appears in #root
 * (the prerendered HTML), when React's own DOM first appears there (its nodes
 * carry a fiber key; the prerendered ones do not), and the app's first link.
 */
const ARCHIVE_PROBE = `
(() => {
  const w = window;
  w.__bench = {};
  const hasItem = (n) => n.querySelector('a[href^="/bulletins/"]') !== null;
  new MutationObserver(() => {
    const root = document.getElementById("root");
    const top = root && root.firstElementChild;
    if (!root || !top) return;
    const now = performance.now();
    if (w.__bench.first === undefined && hasItem(root)) w.__bench.first = now;
    if (w.__bench.mounted === undefined && Object.keys(top).some((k) => k.startsWith("__reactFiber"))) w.__bench.mounted = now;
    if (w.__bench.mounted !== undefined && w.__bench.app === undefined && hasItem(root)) w.__bench.app = now;
  }).observe(document, { childList: true, subtree: true });
})();
`;

async function pageFigures(browser: Browser, origin: string, outDir: string, articlePath: string): Promise<PageFigures> {
  // First-load JS: every script the article route fetches until the network is idle, gzip-sized from dist/.
  const context = await browser.newContext({ serviceWorkers: "block" });
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on("request", (req) => {
    if (req.resourceType() === "script") scripts.add(new URL(req.url()).pathname);
  });
  await page.goto(origin + articlePath, { waitUntil: "networkidle" });
  let bytes = 0;
  for (const p of scripts) bytes += gzipSync(readFileSync(path.join(outDir, decodeURIComponent(p)))).length;
  await context.close();

  // The archive page: when the first bulletin link appears (prerendered HTML), when the app's own
  // list shows one (after #root is replaced), how many rows it renders, and the heap.
  const archiveContext = await browser.newContext({ serviceWorkers: "block" });
  const archive = await archiveContext.newPage();
  // A string, not a function: tsx would wrap named arrows in a helper the page does not have.
  await archive.addInitScript(ARCHIVE_PROBE);
  await archive.goto(`${origin}/`, { waitUntil: "load" });
  const appeared = await archive
    .waitForFunction(() => (window as unknown as { __bench: { app?: number } }).__bench.app !== undefined, null, {
      timeout: PAGE_TIMEOUT_MS,
    })
    .then(() => true)
    .catch(() => false);
  await archive.waitForTimeout(1000);
  const marks = await archive.evaluate(() => (window as unknown as { __bench: { first?: number; app?: number } }).__bench);
  const rows = await archive.locator('main a[href^="/bulletins/"]:not([href*="/articles/"])').count();
  const cdp = await archiveContext.newCDPSession(archive);
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const heap = metrics.find((m) => m.name === "JSHeapUsedSize")?.value;
  await archiveContext.close();

  return {
    firstLoadJsKb: bytes / 1000,
    firstLoadJsFiles: [...scripts],
    archiveFirstItemMs: marks.first ?? null,
    archiveAppItemMs: appeared ? (marks.app ?? null) : null,
    archiveRowsRendered: rows,
    archiveHeapMb: heap === undefined ? null : heap / 1e6,
  };
}

/** The first person and place pages the build wrote, if any. */
function firstEntityPath(outDir: string, folder: "people" | "places"): string | null {
  try {
    const first = readdirSync(path.join(outDir, folder)).sort()[0];
    return first ? `/${folder}/${first}` : null;
  } catch {
    return null;
  }
}

/**
 * The run with the median Performance score, among the runs in which the app
 * started before Lighthouse stopped measuring: one that ended first measured
 * the page without its app's work, a better score than a reader's. Failed
 * runs only when every run failed.
 */
function medianRun(runs: LighthouseFigures[]): LighthouseFigures {
  const ok = runs.filter((r) => r.status === "ok" && r.performance !== null);
  if (ok.length === 0) return runs[0]!;
  const withApp = ok.filter((r) => r.appReady);
  const counted = (withApp.length > 0 ? withApp : ok).sort((a, b) => a.performance! - b.performance!);
  const median = counted[Math.floor((counted.length - 1) / 2)]!;
  const perRun = ok.map((r) => `${r.performance!.toFixed(2)} (TBT ${fmt(r.tbtMs, 0)} ms${r.appReady ? "" : ", no app"})`).join(", ");
  log(`    Performance per run: ${perRun} → median ${median.performance!.toFixed(2)}`);
  if (withApp.length < ok.length) {
    log(`    the app started in ${withApp.length} of ${ok.length} runs; ${withApp.length > 0 ? "only those are counted" : "none measured it"}`);
  }
  return median;
}

/** The median of `lighthouseRuns` Lighthouse runs on one page. */
async function lighthouseMedian(origin: string, name: string, routePath: string): Promise<LighthouseFigures> {
  log(`  Lighthouse: ${name} (${routePath}), ${lighthouseRuns} run${lighthouseRuns === 1 ? "" : "s"}`);
  const runs: LighthouseFigures[] = [];
  for (let i = 0; i < lighthouseRuns; i++) runs.push(await lighthouseFigures(origin + routePath));
  return medianRun(runs);
}

async function lighthouseFigures(url: string): Promise<LighthouseFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timed out">((resolve) => {
    timer = setTimeout(() => resolve("timed out"), LIGHTHOUSE_TIMEOUT_MS);
  });
  try {
    const outcome = await Promise.race([lighthouseRun(url, chrome.port), timeout]);
    if (outcome === "timed out") {
      log(`    timed out after ${LIGHTHOUSE_TIMEOUT_MS / 1000} s`);
      return { status: "timed out", ...EMPTY_LIGHTHOUSE };
    }
    return outcome;
  } catch (error) {
    log(`    Lighthouse failed: ${error instanceof Error ? error.message : String(error)}`);
    return { status: "failed", ...EMPTY_LIGHTHOUSE };
  } finally {
    clearTimeout(timer);
    chrome.kill();
  }
}

function userTimingNames(details: unknown): string[] {
  const items = (details as { items?: Array<{ name?: unknown }> } | undefined)?.items ?? [];
  return items.map((item) => String(item.name));
}

async function lighthouseRun(url: string, port: number): Promise<LighthouseFigures> {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
  });
  const lhr = result?.lhr;
  const score = (id: string) => lhr?.categories[id]?.score ?? null;
  const audit = (id: string) => lhr?.audits[id]?.numericValue ?? null;
  const lcp = audit("largest-contentful-paint");
  return {
    status: "ok",
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    lcpSeconds: lcp === null ? null : lcp / 1000,
    cls: audit("cumulative-layout-shift"),
    tbtMs: audit("total-blocking-time"),
    appReady: userTimingNames(lhr?.audits["user-timings"]?.details).includes(APP_READY_MARK),
  };
}

// ---------- one archive ----------

/**
 * `entityPages: false` skips the person and place pages: at 1,000 bulletins there are tens of
 * thousands of them and they are the same template as at any size.
 */
async function measure(label: string, bulletinsDir: string, work: string, port: number, entityPages: boolean): Promise<ArchiveFigures> {
  log(`${label}:`);
  const { figures: buildFigures, outDir } = await build(bulletinsDir, work);
  const server = await serve(outDir, port);
  const origin = `http://localhost:${port}`;
  try {
    const articlePath = firstArticlePath(outDir);
    log("  page figures (Playwright)");
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
    let pages: PageFigures;
    let views: ViewsFigures | null = null;
    try {
      pages = await pageFigures(browser, origin, outDir, articlePath);
      // The views at 1,000 bulletins (the goal's size); the project's few bulletins tell nothing about them.
      if (!entityPages) views = await measureViews(browser, origin, viewsOptions(origin));
    } finally {
      await browser.close();
    }
    const skipped: LighthouseFigures = { status: "skipped", ...EMPTY_LIGHTHOUSE };
    const lighthouseOf = async (name: string, routePath: string | null) => (routePath === null ? skipped : lighthouseMedian(origin, name, routePath));
    const archive = await lighthouseOf("archive page", "/");
    const article = await lighthouseOf("article", articlePath);
    const person = entityPages ? await lighthouseOf("person page", firstEntityPath(outDir, "people")) : skipped;
    const place = entityPages ? await lighthouseOf("place page", firstEntityPath(outDir, "places")) : skipped;
    return { label, build: buildFigures, pages, lighthouse: { archive, article, person, place }, articlePath, views };
  } finally {
    stop(server);
  }
}

// ---------- report ----------

type Row = [figure: string, goal: string, ...values: string[]];

const fmt = (v: number | null | undefined, digits = 2) => (v === null || v === undefined ? "n/a" : v.toFixed(digits));

function rows(results: ArchiveFigures[]): Row[] {
  const col = (f: (r: ArchiveFigures) => string) => results.map(f);
  const lhFmt = (page: LighthousePage, f: (l: LighthouseFigures) => string) =>
    col((r) => (r.lighthouse[page].status === "ok" ? f(r.lighthouse[page]) : r.lighthouse[page].status));
  const lh = (page: LighthousePage, name: string) =>
    [
      [`Lighthouse ${name}: Performance`, "≥ 0.95", ...lhFmt(page, (l) => fmt(l.performance))],
      [`Lighthouse ${name}: Accessibility`, "1.00", ...lhFmt(page, (l) => fmt(l.accessibility))],
      [`Lighthouse ${name}: Best Practices`, "≥ 0.95", ...lhFmt(page, (l) => fmt(l.bestPractices))],
      [`Lighthouse ${name}: SEO`, "≥ 0.95", ...lhFmt(page, (l) => fmt(l.seo))],
      [`Lighthouse ${name}: TBT (ms)`, "report", ...lhFmt(page, (l) => fmt(l.tbtMs, 0))],
      [`Lighthouse ${name}: LCP (s)`, "≤ 2.0", ...lhFmt(page, (l) => fmt(l.lcpSeconds))],
      [`Lighthouse ${name}: CLS`, "≤ 0.02", ...lhFmt(page, (l) => fmt(l.cls, 3))],
    ] as Row[];
  return [
    ["bulletins / articles", "", ...col((r) => `${r.build.bulletins} / ${r.build.articles}`)],
    ["first-load JS, article route (kB gzip)", "≤ 140", ...col((r) => fmt(r.pages.firstLoadJsKb, 1))],
    ...lh("archive", "archive"),
    ...lh("article", "article"),
    ...lh("person", "person page"),
    ...lh("place", "place page"),
    ["archive: first list item, prerendered (ms)", "as with 1", ...col((r) => fmt(r.pages.archiveFirstItemMs, 0))],
    ["archive: first list item, app (ms)", "as with 1", ...col((r) => fmt(r.pages.archiveAppItemMs, 0))],
    ["archive: bulletin rows in the DOM", "virtualised", ...col((r) => `${r.pages.archiveRowsRendered} of ${r.build.bulletins}`)],
    ["archive: JS heap after load (MB)", "modest", ...col((r) => fmt(r.pages.archiveHeapMb, 1))],
    // The views' rows, in the column of the archive they were measured on.
    ...viewRowsFor(results),
    ["build, cold (s)", "report", ...col((r) => fmt(r.build.coldSeconds, 1))],
    ["  of which parsing (s)", "report", ...col((r) => fmt(r.build.parseSecondsCold, 1))],
    ["rebuild, one bulletin changed (s)", "report", ...col((r) => fmt(r.build.rebuildSeconds, 1))],
    ["rebuild, a quote in another bulletin edited (s)", "report", ...col((r) => fmt(r.build.quoteRebuildSeconds, 1))],
    ["  bulletins re-parsed on rebuild", "1", ...col((r) => String(r.build.reparsedOnRebuild ?? "n/a"))],
    [
      "  pages rendered on rebuild (the rest from the page cache)",
      "that bulletin's",
      ...col((r) =>
        r.build.pagesOnRebuild === null || r.build.pagesReusedOnRebuild === null
          ? "n/a"
          : `${r.build.pagesOnRebuild - r.build.pagesReusedOnRebuild} of ${r.build.pagesOnRebuild}`,
      ),
    ],
    ["  progress lines during cold build", "≥ 1", ...col((r) => String(r.build.progressLines))],
    ["  parse warnings / files left out", "summary", ...col((r) => `${r.build.warnings ?? "n/a"} / ${r.build.leftOut ?? "n/a"}`)],
  ];
}

function viewRowsFor(results: ArchiveFigures[]): Row[] {
  const measured = results.find((r) => r.views !== null)?.views;
  if (!measured) return [];
  return viewRows(measured).map(([figure, goal]) => [figure, goal, ...results.map((r) => (r.views ? viewRows(r.views).find((x) => x[0] === figure)![2] : "not measured"))] as Row);
}

function table(header: string[], body: Row[]): string {
  const all = [header, ...body];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

// ---------- sizes (build figures only) ----------

interface SizeFigures {
  bulletins: number;
  build: BuildFigures;
  /** The largest file under data/, gzip-sized: what one page may have to fetch. */
  largestDataFile: { name: string; gzipKb: number } | null;
  /** Per kind of data file, its largest (bench/data-files.ts), largest first. */
  byKind: KindFigure[];
  dataFiles: number;
  machineLoad: number[];
  /** `npm start` on the archive once the build has warmed its parse cache (bench/dev-start.ts), and again (the summaries the first kept). */
  devStart: DevStartFigures;
  devStartAgain: DevStartFigures;
}

function largestDataFile(outDir: string): { largest: SizeFigures["largestDataFile"]; byKind: KindFigure[]; count: number } {
  const byKind = largestByKind(dataFilesOf(outDir));
  const top = byKind[0];
  return { largest: top ? { name: top.largest, gzipKb: top.gzipKb } : null, byKind, count: byKind.reduce((n, k) => n + k.files, 0) };
}

async function measureSize(count: number, work: string): Promise<SizeFigures> {
  log(`${count} synthetic bulletins:`);
  const input = path.join(work, "bulletins");
  mkdirSync(input, { recursive: true });
  log(`  generating (seed ${SYNTH_SEED})`);
  for (const b of sizedArchive(count, SYNTH_SEED)) writeFileSync(path.join(input, `${b.fileName}.txt`), b.text);
  const machineLoad = loadavg().map((x) => Number(x.toFixed(1)));
  const { figures, outDir } = await build(input, work, { addBulletin: true });
  const { largest, byKind, count: dataFiles } = largestDataFile(outDir);
  // The builds left the parse cache warm.
  const devStart = await devStartOf(input, path.join(work, "parse-cache"), work);
  const devStartAgain = await devStartOf(input, path.join(work, "parse-cache"), work);
  // Each archive's output and caches go once measured: 10,000 bulletins are gigabytes.
  rmSync(work, { recursive: true, force: true });
  return { bulletins: count, build: figures, largestDataFile: largest, byKind, dataFiles, machineLoad, devStart, devStartAgain };
}

const devStartOf = (bulletinsDir: string, cacheDir: string, work: string) =>
  measureDevStart({
    bulletinsDir,
    cacheDir,
    port: PORT_BASE,
    chromiumPath: CHROMIUM,
    logFile: path.join(work, "dev.log"),
    machineLoad: () => loadavg().map((x) => Number(x.toFixed(1))),
    log,
  });

const seconds = (s: number | null) => (s === null ? "never" : fmt(s, 1));

type DevStarts = { bulletins: number; devStart: DevStartFigures; devStartAgain: DevStartFigures };

function devStartRows(results: ReadonlyArray<DevStarts>): Row[] {
  const rowsOf = (label: string, pick: (r: DevStarts) => DevStartFigures): Row[] => {
    const col = (f: (r: DevStartFigures) => string) => results.map((r) => f(pick(r)));
    return [
      [`npm start: first page, archive (s)${label}`, `≤ ${DEV_START_GOAL_S}`, ...col((r) => seconds(r.archiveSeconds))],
      [`npm start: first page, then an article (s)${label}`, `≤ ${DEV_START_GOAL_S}`, ...col((r) => seconds(r.articleSeconds))],
      ["  the server reading the bulletins", "report", ...col((r) => r.serverLine?.replace(/^bulletins: /, "").replace(/;.*$/, "") ?? "n/a")],
      ["  load average when started", "noise", ...col((r) => r.machineLoad.join(" "))],
    ];
  };
  return [...rowsOf("", (r) => r.devStart), ...rowsOf(", again", (r) => r.devStartAgain)];
}

/** `--sizes … --start-only`: per size, a synthetic archive, its parse cache filled by the parse pool, then `npm start`. */
async function mainStartOnly(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), "bench-web-start-"));
  const results: DevStarts[] = [];
  try {
    for (const count of sizes) {
      const dir = path.join(work, String(count));
      const input = path.join(dir, "bulletins");
      mkdirSync(input, { recursive: true });
      log(`${count} synthetic bulletins: generating (seed ${SYNTH_SEED}), then filling the parse cache`);
      for (const b of sizedArchive(count, SYNTH_SEED)) writeFileSync(path.join(input, `${b.fileName}.txt`), b.text);
      const cacheDir = path.join(dir, "parse-cache");
      await warmParseCache(input, cacheDir, log);
      const devStart = await devStartOf(input, cacheDir, dir);
      results.push({ bulletins: count, devStart, devStartAgain: await devStartOf(input, cacheDir, dir) });
      rmSync(dir, { recursive: true, force: true });
      if (asJson) log(JSON.stringify(results.at(-1)));
      else process.stdout.write(`\n${table(["figure", "goal", `${count} bulletins`], devStartRows(results.slice(-1)))}\n`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (asJson) process.stdout.write(`${JSON.stringify({ sizes, goalSeconds: DEV_START_GOAL_S, results }, null, 2)}\n`);
  else if (results.length > 1) {
    process.stdout.write(`\nall sizes (a shared two-core machine: the figures are noisy):\n${table(["figure", "goal", ...results.map((r) => `${r.bulletins}`)], devStartRows(results))}\n`);
  }
}

function sizeRows(results: SizeFigures[]): Row[] {
  const col = (f: (r: SizeFigures) => string) => results.map(f);
  const n = (v: number | null | undefined) => (v === null || v === undefined ? "n/a" : String(v));
  return [
    ["bulletins / articles", "", ...col((r) => `${r.build.bulletins} / ${r.build.articles}`)],
    ["build, cold (s)", "≤ 30 at 1,000; ≤ 600 at 10,000", ...col((r) => fmt(r.build.coldSeconds, 1))],
    ["  of which parsing (s)", "report", ...col((r) => fmt(r.build.parseSecondsCold, 1))],
    ["  files written (data and pages)", "report", ...col((r) => n(r.build.filesWrittenCold))],
    ["  pages rendered", "report", ...col((r) => n(r.build.pagesRenderedCold))],
    ["  peak RSS (MB)", "≤ 6,000", ...col((r) => fmt(r.build.peakRssMbCold, 0))],
    ["rebuild, one bulletin changed (s)", "≤ 10 at 1,000; ≤ 30 at 10,000", ...col((r) => fmt(r.build.rebuildSeconds, 1))],
    ["  bulletins re-parsed", "1", ...col((r) => n(r.build.reparsedOnRebuild))],
    ["  files written / removed", "what changed", ...col((r) => `${n(r.build.filesWrittenOnRebuild)} / ${n(r.build.filesRemovedOnRebuild)}`)],
    ["  pages rendered", "that bulletin's", ...col((r) => `${n(r.build.pagesRenderedOnRebuild)} of ${n(r.build.pagesOnRebuild)}`)],
    ["  peak RSS (MB)", "≤ 6,000", ...col((r) => fmt(r.build.peakRssMbRebuild, 0))],
    ["rebuild, a quote in another bulletin edited (s)", "≤ 10 at 1,000; ≤ 30 at 10,000", ...col((r) => fmt(r.build.quoteRebuildSeconds, 1))],
    ["  files written / removed", "what changed", ...col((r) => `${n(r.build.filesWrittenOnQuoteRebuild)} / ${n(r.build.filesRemovedOnQuoteRebuild)}`)],
    ["rebuild, a new bulletin added (s)", "≤ 10 at 1,000; ≤ 30 at 10,000", ...col((r) => fmt(r.build.addedRebuildSeconds, 1))],
    ["  files written / removed", "what changed", ...col((r) => `${n(r.build.filesWrittenOnAddedRebuild)} / ${n(r.build.filesRemovedOnAddedRebuild)}`)],
    ["data files", "report", ...col((r) => String(r.dataFiles))],
    ["largest data file (kB gzip)", "≤ 1,000", ...col((r) => (r.largestDataFile ? `${fmt(r.largestDataFile.gzipKb, 0)} ${r.largestDataFile.name}` : "n/a"))],
    ["load average when started", "noise", ...col((r) => r.machineLoad.join(" "))],
    ...devStartRows(results),
  ];
}

/** The largest data file of each kind at each size, side by side (kB gzip, and the file). */
function kindTable(results: ReadonlyArray<{ bulletins: number; byKind: KindFigure[] }>): string {
  const kinds = [...new Set(results.flatMap((r) => r.byKind.map((k) => k.kind)))];
  const last = results.at(-1)!;
  kinds.sort((a, b) => (last.byKind.find((k) => k.kind === b)?.gzipKb ?? 0) - (last.byKind.find((k) => k.kind === a)?.gzipKb ?? 0));
  const body: Row[] = kinds.map((kind) => [
    kind,
    `≤ ${fmt(DATA_FILE_GOAL_KB, 0)}`,
    ...results.map((r) => {
      const k = r.byKind.find((x) => x.kind === kind);
      return k ? `${fmt(k.gzipKb, 0)} (${k.files})` : "-";
    }),
  ]);
  const over = results.map((r) => r.byKind.filter((k) => k.gzipKb > DATA_FILE_GOAL_KB).map((k) => k.largest));
  return [
    "largest data file by kind, kB gzip (files of the kind):",
    table(["kind", "goal", ...results.map((r) => `${r.bulletins}`)], body),
    ...results.map((r, i) => `  ${r.bulletins}: ${over[i]!.length === 0 ? "every kind within the goal" : `over the goal: ${over[i]!.join(", ")}`}`),
  ].join("\n");
}

/** `--data-only`: per size, the data files the build's emitters make, in memory. */
async function mainDataOnly(): Promise<void> {
  const results: Array<{ bulletins: number; byKind: KindFigure[] }> = [];
  for (const count of sizes) {
    log(`${count} synthetic bulletins: generating and parsing (seed ${SYNTH_SEED})`);
    const bulletins = parsedArchive(count, SYNTH_SEED, log);
    log("  emitting the data files");
    const files = emitDataFiles(bulletins, log);
    results.push({ bulletins: bulletins.length, byKind: largestByKind(files) });
    // Each size as soon as it is measured: 10,000 bulletins take many minutes.
    if (!asJson && sizes.length > 1) log(kindTable(results.slice(-1)));
  }
  if (asJson) process.stdout.write(`${JSON.stringify({ sizes, results }, null, 2)}\n`);
  else process.stdout.write(`${kindTable(results)}\n`);
}

async function mainSizes(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), "bench-web-sizes-"));
  const results: SizeFigures[] = [];
  try {
    for (const count of sizes) {
      const r = await measureSize(count, path.join(work, String(count)));
      results.push(r);
      if (asJson) log(JSON.stringify(r));
      else {
        process.stdout.write(`
${table(["figure", "goal", `${count} bulletins`], sizeRows([r]))}

${kindTable([r])}

`);
        process.stdout.write(`cold build ${r.build.phasesCold ?? "phases: n/a"}
rebuild ${r.build.phasesRebuild ?? "phases: n/a"}
rebuild, a quote edited ${r.build.phasesQuoteRebuild ?? "phases: n/a"}

`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (asJson) process.stdout.write(`${JSON.stringify({ sizes, devStartGoalSeconds: DEV_START_GOAL_S, results }, null, 2)}\n`);
  else if (results.length > 1) {
    process.stdout.write(`all sizes (a shared two-core machine: the figures are noisy):\n${table(["figure", "goal", ...results.map((r) => `${r.bulletins}`)], sizeRows(results))}\n\n${kindTable(results)}\n`);
  }
}

// ---------- the views alone ----------

function viewsOptions(origin: string) {
  return {
    lighthouse: (name: string, routePath: string) => lighthouseMedian(origin, name, routePath),
    log,
    machineLoad: () => loadavg().map((x) => Number(x.toFixed(1))),
  };
}

/** `--views-only`: one cold build of the synthetic archive (or `--views-dist DIR`, already built), then bench/web-views.ts. */
async function mainViews(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), "bench-web-views-"));
  try {
    let outDir = viewsDist;
    if (!outDir) {
      const synth = path.join(work, "bulletins");
      mkdirSync(synth, { recursive: true });
      log(`generating ${SYNTH_COUNT} synthetic bulletins (seed ${SYNTH_SEED})`);
      for (const b of generateArchive(SYNTH_COUNT, SYNTH_SEED)) writeFileSync(path.join(synth, b.fileName.endsWith(".txt") ? b.fileName : `${b.fileName}.txt`), b.text);
      outDir = path.join(work, "dist");
      log("  cold build");
      const env = { BULLETINS_DIR: synth, BULLETINS_CACHE_DIR: path.join(work, "parse-cache"), PAGES_CACHE_DIR: path.join(work, "pages-cache"), OUTPUT_CACHE_DIR: path.join(work, "output-cache"), SW_CACHE_DIR: path.join(work, "sw-cache") };
      await run(process.execPath, [path.join("node_modules", "vite", "bin", "vite.js"), "build", "--outDir", outDir, "--emptyOutDir"], env, path.join(work, "build.log"));
    }
    const port = PORT_BASE + 1;
    const origin = `http://localhost:${port}`;
    const server = await serve(outDir, port);
    let views: ViewsFigures;
    try {
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
      try {
        views = await measureViews(browser, origin, { ...viewsOptions(origin), lighthouse: args.has("--no-lighthouse") ? null : viewsOptions(origin).lighthouse });
      } finally {
        await browser.close();
      }
    } finally {
      stop(server);
    }
    if (asJson) process.stdout.write(`${JSON.stringify(views, null, 2)}\n`);
    else process.stdout.write(`\n${table(["figure", "goal", `${SYNTH_COUNT} synthetic bulletins`], viewRows(views))}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// ---------- main ----------

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), "bench-web-"));
  const results: ArchiveFigures[] = [];
  // Each archive's figures as soon as it is done: the 1,000-bulletin run takes many minutes.
  const done = (r: ArchiveFigures) => {
    results.push(r);
    if (!asJson) process.stdout.write(`\n${table(["figure", "goal", r.label], rows([r]))}\n\n`);
    else log(JSON.stringify(r));
  };
  try {
    // The project's bulletins, copied: the rebuild figure edits one of them.
    if (!syntheticOnly) {
    const own = path.join(work, "own", "bulletins");
    mkdirSync(own, { recursive: true });
    cpSync("bulletins", own, { recursive: true });
    const ownCount = readdirSync(own).filter((n) => n.endsWith(".txt")).length;
    done(await measure(`${ownCount} bulletin${ownCount === 1 ? "" : "s"} (bulletins/)`, own, path.join(work, "own"), PORT_BASE, true));
    }

    if (!quick) {
      const synth = path.join(work, "synth", "bulletins");
      mkdirSync(synth, { recursive: true });
      log(`generating ${SYNTH_COUNT} synthetic bulletins (seed ${SYNTH_SEED})`);
      for (const b of generateArchive(SYNTH_COUNT, SYNTH_SEED)) writeFileSync(path.join(synth, b.fileName.endsWith(".txt") ? b.fileName : `${b.fileName}.txt`), b.text);
      done(await measure(`${SYNTH_COUNT} synthetic bulletins`, synth, path.join(work, "synth"), PORT_BASE + 1, false));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  if (asJson) {
    process.stdout.write(`${JSON.stringify({ quick, results }, null, 2)}\n`);
    return;
  }
  if (results.length > 1) {
    process.stdout.write(`all archives:\n${table(["figure", "goal", ...results.map((r) => r.label)], rows(results))}\n`);
  }
  process.stdout.write(`\narticle measured: ${results.map((r) => r.articlePath).join(", ")}\n`);
  process.stdout.write(`first-load scripts (1st archive): ${results[0]?.pages.firstLoadJsFiles.join(", ")}\n`);
}

(sizes.length > 0 ? (dataOnly ? mainDataOnly() : startOnly ? mainStartOnly() : mainSizes()) : viewsOnly ? mainViews() : main()).catch((error) => {
  // A benchmark that could not run says why; it still never fails on a missed goal.
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
