// Parser throughput: `npm run bench:parse [-- --json] [--rounds N] [--archive N]`.
// Prints figures, never pass/fail. Structural parse (parseStructure) and full
// extraction (parseBulletin = structure + extract) over
//   - the sample bulletin repeated, and
//   - a seeded synthetic archive from bench/synth (damaged and clean bulletins of all series).
// The machine is shared: CPU time of this process is reported beside wall time, and
// each figure is the median (and best) of several rounds.
import { readFileSync } from "node:fs";
import { parseBulletin } from "../src/parser/index.ts";
import { parseStructure } from "../src/parser/parse-structure.ts";
import { generateArchive } from "./synth/generate.ts";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

const ROUNDS = arg("rounds", 7);
const ARCHIVE_SIZE = arg("archive", 200);
const ARCHIVE_SEED = 2009;
/** Each round parses at least this many bytes, so that timer resolution does not matter. */
const MIN_ROUND_BYTES = 2_000_000;

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

const utf8Bytes = (s: string) => new TextEncoder().encode(s).length;

function corpus(name: string, docs: { text: string; fileName: string }[]): Corpus {
  return { name, docs, bytes: docs.reduce((n, d) => n + utf8Bytes(d.text), 0) };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

function measure(c: Corpus, pass: Figure["pass"]): Figure {
  const parse = pass === "structure" ? parseStructure : parseBulletin;
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

const sampleText = readFileSync(new URL("../bulletins/rca-565-part-2.txt", import.meta.url), "utf8");
const archive = generateArchive(ARCHIVE_SIZE, ARCHIVE_SEED);
const corpora = [
  corpus("sample repeated", [{ text: sampleText, fileName: "rca-565-part-2.txt" }]),
  corpus(`synthetic archive (${ARCHIVE_SIZE} bulletins, seed ${ARCHIVE_SEED})`, archive.map((b) => ({ text: b.text, fileName: `${b.fileName}.txt` }))),
];

const figures: Figure[] = [];
for (const c of corpora) for (const pass of ["structure", "full"] as const) figures.push(measure(c, pass));

if (process.argv.includes("--json")) {
  console.log(JSON.stringify({ rounds: ROUNDS, node: process.version, figures }, null, 2));
} else {
  const f1 = (x: number) => x.toFixed(1).padStart(7);
  console.log(`parser throughput, MB/s (UTF-8 bytes), median and best of ${ROUNDS} rounds; CPU = this process's CPU time`);
  console.log(`${"corpus".padEnd(52)} ${"pass".padEnd(10)} ${"wall med".padStart(8)} ${"best".padStart(7)} ${"cpu med".padStart(8)} ${"best".padStart(7)}`);
  for (const f of figures) {
    console.log(`${f.corpus.padEnd(52)} ${f.pass.padEnd(10)} ${f1(f.wallMBps.median)}  ${f1(f.wallMBps.best)}  ${f1(f.cpuMBps.median)}  ${f1(f.cpuMBps.best)}`);
  }
}
