// Parser throughput: `npm run bench:parse [-- --json] [--rounds N] [--archive N] [--gazetteer node|builtin]`.
// Prints figures, never pass/fail. Structural parse (parseStructure) and full
// extraction (parseBulletin = structure + extract) over
//   - the sample bulletin repeated, and
//   - a seeded synthetic archive from bench/synth (damaged and clean bulletins of all series),
// then where the time goes: each pass of the full parse over the synthetic archive.
// Extraction uses the Node GeoNames gazetteer by default, as the archive build and the CLI
// do (its one-off load per process is reported on its own); `--gazetteer builtin` uses the
// countries-and-regions tables only, as the browser does before its subset has loaded.
// The machine is shared: CPU time of this process is reported beside wall time, and
// each figure is the median (and best) of several rounds.
//
// `--sizes 100,1000,10000`: the build's parse at those archive sizes side by side
// (synthetic archives, one round each): on one thread, in the build's worker pool
// (src/site-generator/cache/parse-pool.ts) into an empty parse cache, and the rebuild's
// pass over the warm cache after one bulletin changed; with the process's peak RSS.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createParseCache } from "../src/site-generator/cache/parse-cache.ts";
import { parseInWorkers, parseWorkerCount } from "../src/site-generator/cache/parse-pool.ts";
import { loadavg } from "node:os";
import { builtinGazetteer, type Gazetteer } from "../src/gazetteer/index.ts";
import { loadNodeGazetteer } from "../src/gazetteer/node.ts";
import { parseBulletin } from "../src/parser/index.ts";
import { extract, type ExtractPass } from "../src/parser/extract/index.ts";
import { parseStructure } from "../src/parser/parse-structure.ts";
import { generateArchive } from "./synth/generate.ts";
import { sizedArchive } from "./synth/sized-archive.ts";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}
const gazetteerArg = process.argv[process.argv.indexOf("--gazetteer") + 1];
const GAZETTEER_KIND: "node" | "builtin" = process.argv.includes("--gazetteer") && gazetteerArg === "builtin" ? "builtin" : "node";

const ROUNDS = arg("rounds", 7);
const ARCHIVE_SIZE = arg("archive", 200);
const ARCHIVE_SEED = 2009;
/** Each round parses at least this many bytes, so that timer resolution does not matter. */
const MIN_ROUND_BYTES = 2_000_000;
/** The archive size the issue's build-time goal is stated for. */
const GOAL_ARCHIVE = 1_000;

interface Corpus {
  readonly name: string;
  readonly docs: { text: string; fileName: string }[];
  readonly bytes: number;
}

interface Figure {
  corpus: string;
  pass: "structure" | "full";
  bytesPerRound: number;
  rounds: number;
  wallMBps: { median: number; best: number };
  cpuMBps: { median: number; best: number };
}

type PassName = "structure" | ExtractPass;
interface PassFigure {
  pass: PassName;
  /** Median over rounds of the time spent in this pass per round (one walk over the corpus). */
  cpuMs: number;
  wallMs: number;
  /** Share of the full parse's CPU time. */
  cpuShare: number;
  cpuMBps: number;
}

const utf8Bytes = (s: string) => new TextEncoder().encode(s).length;
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function corpus(name: string, docs: { text: string; fileName: string }[]): Corpus {
  return { name, docs, bytes: docs.reduce((n, d) => n + utf8Bytes(d.text), 0) };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

// The one-off gazetteer load, cold (this process has not read the cache yet).
const load0 = { cpu: cpuMs(), wall: performance.now() };
const gazetteer: Gazetteer = GAZETTEER_KIND === "node" ? loadNodeGazetteer() : builtinGazetteer();
const gazetteerLoad = { wallMs: performance.now() - load0.wall, cpuMs: cpuMs() - load0.cpu, places: gazetteer.size };

function measure(c: Corpus, pass: Figure["pass"]): Figure {
  const parse = pass === "structure" ? parseStructure : (text: string, o: { fileName: string }) => parseBulletin(text, { ...o, gazetteer });
  const repeats = Math.max(1, Math.ceil(MIN_ROUND_BYTES / c.bytes));
  // Warm up the JIT on the same input.
  for (const d of c.docs) parse(d.text, { fileName: d.fileName });
  const wall: number[] = [];
  const cpu: number[] = [];
  const bytes = c.bytes * repeats;
  for (let r = 0; r < ROUNDS; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let k = 0; k < repeats; k++) for (const d of c.docs) parse(d.text, { fileName: d.fileName });
    const ms = performance.now() - t0;
    const used = process.cpuUsage(c0);
    wall.push(bytes / 1e6 / (ms / 1000));
    cpu.push(bytes / 1e6 / ((used.user + used.system) / 1e6));
  }
  return {
    corpus: c.name,
    pass,
    bytesPerRound: bytes,
    rounds: ROUNDS,
    wallMBps: { median: median(wall), best: Math.max(...wall) },
    cpuMBps: { median: median(cpu), best: Math.max(...cpu) },
  };
}

const PASSES: readonly PassName[] = ["structure", "context", "people", "places", "quotes", "statistics"];

/** Time per pass of the full parse: the structural parse, then each extraction pass as extract() reports its end. */
function measurePasses(c: Corpus): PassFigure[] {
  const cpuRounds = new Map<PassName, number[]>(PASSES.map((p) => [p, []]));
  const wallRounds = new Map<PassName, number[]>(PASSES.map((p) => [p, []]));
  for (let r = 0; r <= ROUNDS; r++) {
    const cpuSum = new Map<PassName, number>(PASSES.map((p) => [p, 0]));
    const wallSum = new Map<PassName, number>(PASSES.map((p) => [p, 0]));
    for (const d of c.docs) {
      let c0 = cpuMs();
      let w0 = performance.now();
      const lap = (p: PassName) => {
        const c1 = cpuMs();
        const w1 = performance.now();
        cpuSum.set(p, cpuSum.get(p)! + c1 - c0);
        wallSum.set(p, wallSum.get(p)! + w1 - w0);
        c0 = c1;
        w0 = w1;
      };
      const structure = parseStructure(d.text, { fileName: d.fileName });
      lap("structure");
      extract(structure, { fileName: d.fileName, gazetteer, onPassEnd: lap });
    }
    if (r === 0) continue; // warm-up round
    for (const p of PASSES) {
      cpuRounds.get(p)!.push(cpuSum.get(p)!);
      wallRounds.get(p)!.push(wallSum.get(p)!);
    }
  }
  const medians = PASSES.map((p) => ({ pass: p, cpuMs: median(cpuRounds.get(p)!), wallMs: median(wallRounds.get(p)!) }));
  const total = medians.reduce((n, m) => n + m.cpuMs, 0);
  return medians.map((m) => ({ ...m, cpuShare: m.cpuMs / total, cpuMBps: c.bytes / 1e6 / (m.cpuMs / 1000) }));
}

if (process.argv.includes("--sizes")) {
  await parseSizes();
  process.exit(0);
}

const sampleText = readFileSync(new URL("../bulletins/rca-565-part-2.txt", import.meta.url), "utf8");
const archive = generateArchive(ARCHIVE_SIZE, ARCHIVE_SEED);
const archiveCorpus = corpus(
  `synthetic archive (${ARCHIVE_SIZE} bulletins, seed ${ARCHIVE_SEED})`,
  archive.map((b) => ({ text: b.text, fileName: `${b.fileName}.txt` })),
);
const corpora = [corpus("sample repeated", [{ text: sampleText, fileName: "rca-565-part-2.txt" }]), archiveCorpus];

const figures: Figure[] = [];
for (const c of corpora) for (const pass of ["structure", "full"] as const) figures.push(measure(c, pass));
const passes = measurePasses(archiveCorpus);

// What the figures mean for the build: a GOAL_ARCHIVE-bulletin archive of this mix, on one core.
const archiveFull = figures.find((f) => f.corpus === archiveCorpus.name && f.pass === "full")!;
const goalBytes = (archiveCorpus.bytes / archiveCorpus.docs.length) * GOAL_ARCHIVE;
const estimate = {
  bulletins: GOAL_ARCHIVE,
  megabytes: goalBytes / 1e6,
  cpuSeconds: goalBytes / 1e6 / archiveFull.cpuMBps.median + gazetteerLoad.cpuMs / 1000,
  wallSeconds: goalBytes / 1e6 / archiveFull.wallMBps.median + gazetteerLoad.wallMs / 1000,
};
const load = loadavg().map((x) => Number(x.toFixed(2)));

if (process.argv.includes("--json")) {
  console.log(JSON.stringify({ rounds: ROUNDS, node: process.version, loadAverage: load, gazetteer: GAZETTEER_KIND, gazetteerLoad, figures, passes, estimate }, null, 2));
} else {
  const f1 = (x: number) => x.toFixed(1).padStart(7);
  console.log(`parser throughput, MB/s (UTF-8 bytes), median and best of ${ROUNDS} rounds; CPU = this process's CPU time; load average ${load.join(" ")}`);
  console.log(`gazetteer: ${GAZETTEER_KIND} (${gazetteerLoad.places} places), loaded once in ${gazetteerLoad.wallMs.toFixed(0)} ms wall, ${gazetteerLoad.cpuMs.toFixed(0)} ms CPU`);
  console.log(`${"corpus".padEnd(52)} ${"pass".padEnd(10)} ${"wall med".padStart(8)} ${"best".padStart(7)} ${"cpu med".padStart(8)} ${"best".padStart(7)}`);
  for (const f of figures) {
    console.log(`${f.corpus.padEnd(52)} ${f.pass.padEnd(10)} ${f1(f.wallMBps.median)}  ${f1(f.wallMBps.best)}  ${f1(f.cpuMBps.median)}  ${f1(f.cpuMBps.best)}`);
  }
  console.log(`\nfull parse of the ${archiveCorpus.name}, by pass (median CPU per round):`);
  console.log(`${"pass".padEnd(12)} ${"cpu ms".padStart(8)} ${"share".padStart(6)} ${"cpu MB/s".padStart(9)} ${"wall ms".padStart(8)}`);
  for (const p of passes) {
    console.log(`${p.pass.padEnd(12)} ${p.cpuMs.toFixed(0).padStart(8)} ${`${(p.cpuShare * 100).toFixed(0)}%`.padStart(6)} ${p.cpuMBps.toFixed(1).padStart(9)} ${p.wallMs.toFixed(0).padStart(8)}`);
  }
  console.log(
    `\n${GOAL_ARCHIVE} bulletins of this mix (${estimate.megabytes.toFixed(1)} MB), one process, gazetteer load included: ` +
      `~${estimate.cpuSeconds.toFixed(1)} s CPU, ~${estimate.wallSeconds.toFixed(1)} s wall at the median rates above`,
  );
}

// ---------- --sizes ----------

interface SizeFigures {
  bulletins: number;
  megabytes: number;
  /** Every bulletin parsed on this thread, as a build without workers would. */
  oneThread: { wallSeconds: number; cpuSeconds: number };
  /** The build's worker pool, into an empty parse cache (each worker loads its gazetteer). */
  pool: { workers: number; wallSeconds: number; parsed: number };
  /** The rebuild's pass: one bulletin changed, the rest read from the warm cache. */
  rebuild: { wallSeconds: number; fromCache: number; parsed: number };
  /** This process's peak RSS so far (worker threads included): sizes run smallest first. */
  peakRssMb: number;
  loadAverage: number[];
}

async function parseSizes(): Promise<void> {
  const raw = process.argv[process.argv.indexOf("--sizes") + 1] ?? "";
  const sizes = raw.split(",").map((n) => Number(n.trim())).filter((n) => Number.isInteger(n) && n > 0).sort((a, b) => a - b);
  const results: SizeFigures[] = [];
  for (const count of sizes) {
    const loadAverage = loadavg().map((x) => Number(x.toFixed(1)));
    const work = mkdtempSync(join(tmpdir(), "bench-parse-sizes-"));
    try {
      const docs = sizedArchive(count, ARCHIVE_SEED).map((b) => ({ text: b.text, fileName: `${b.fileName}.txt` }));
      const files = docs.map((d) => {
        const file = join(work, d.fileName);
        writeFileSync(file, d.text);
        return file;
      });
      const gazetteer = loadNodeGazetteer();
      const parse = (text: string, o: { fileName: string }) => parseBulletin(text, { ...o, gazetteer });

      const c0 = cpuMs();
      const t0 = performance.now();
      for (const d of docs) {
        try {
          parse(d.text, { fileName: d.fileName });
        } catch {
          /* a failure costs its time as in the build */
        }
      }
      const oneThread = { wallSeconds: (performance.now() - t0) / 1000, cpuSeconds: (cpuMs() - c0) / 1000 };

      const cacheDir = join(work, ".parse-cache");
      const read = (file: string) => readFileSync(file, "utf8");
      const workers = parseWorkerCount();
      const t1 = performance.now();
      const parsed = await parseInWorkers({ files, read, cacheDir, version: "bench", workers, log: () => {} });
      const pool = { workers, wallSeconds: (performance.now() - t1) / 1000, parsed: parsed.size };

      // One bulletin changes; the build's pass reads every file and takes the rest from the cache.
      writeFileSync(files[0]!, `${docs[0]!.text}\n\nA sentence added for the rebuild.\n`);
      const t2 = performance.now();
      const again = await parseInWorkers({ files, read, cacheDir, version: "bench", workers, log: () => {} });
      const cache = createParseCache({ dir: cacheDir, version: "bench", parse });
      let fromCache = 0;
      for (const file of files) {
        try {
          if (cache.parseWithCache(file.slice(work.length + 1), read(file)).fromCache) fromCache++;
        } catch {
          /* not a bulletin */
        }
      }
      const rebuild = { wallSeconds: (performance.now() - t2) / 1000, fromCache, parsed: again.size + (files.length - fromCache) };
      const megabytes = docs.reduce((n, d) => n + utf8Bytes(d.text), 0) / 1e6;
      const r: SizeFigures = { bulletins: count, megabytes, oneThread, pool, rebuild, peakRssMb: process.resourceUsage().maxRSS / 1024, loadAverage };
      results.push(r);
      if (!process.argv.includes("--json")) console.error(`${count} bulletins done: ${JSON.stringify(r)}`);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify({ node: process.version, sizes: results }, null, 2));
    return;
  }
  const rows: Array<[string, (r: SizeFigures) => string]> = [
    ["megabytes of text", (r) => r.megabytes.toFixed(1)],
    ["one thread: wall s", (r) => r.oneThread.wallSeconds.toFixed(1)],
    ["one thread: CPU s", (r) => r.oneThread.cpuSeconds.toFixed(1)],
    ["worker pool, empty cache: wall s", (r) => `${r.pool.wallSeconds.toFixed(1)} (${r.pool.workers} workers)`],
    ["rebuild, one changed, warm cache: wall s", (r) => `${r.rebuild.wallSeconds.toFixed(1)} (${r.rebuild.parsed} parsed)`],
    ["peak RSS so far (MB)", (r) => r.peakRssMb.toFixed(0)],
    ["load average when started", (r) => r.loadAverage.join(" ")],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(`the build's parse by archive size (one round each; a shared two-core machine: noisy)`);
  console.log(`${"".padEnd(width)}  ${results.map((r) => String(r.bulletins).padStart(16)).join("  ")}`);
  for (const [name, f] of rows) console.log(`${name.padEnd(width)}  ${results.map((r) => f(r).padStart(16)).join("  ")}`);
}
