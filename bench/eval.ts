// Scores the parser on synthetic bulletins it has never seen, with the customer's
// scorer (bench/score/score-extraction.mjs, copied verbatim), through the same
// code path as `npm run parse`. Prints the mean of each measure and the most
// frequent problems, so a rule that only fits the sample shows up here.
//
//   npx tsx bench/eval.ts [--count 30] [--seed 7] [--series RCA|CRS|BCR] [--json] [--problems 25]
//   npx tsx bench/eval.ts --gold bench/gold   (hand-written bulletins: every DIR/X.txt scored
//                                              against DIR/X.gold.json; per-file lines and all problems)
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { runParse } from "../src/cli/run.ts";
import { loadNodeGazetteer } from "../src/gazetteer/node.ts";
import { generateArchive, type GenerateOptions } from "./synth/generate.ts";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

const count = Number(arg("count", "30"));
const seed = Number(arg("seed", "7"));
const series = arg("series", "");
const showProblems = Number(arg("problems", "25"));
const asJson = process.argv.includes("--json");
const scorer = new URL("./score/score-extraction.mjs", import.meta.url).pathname;

const goldDir = process.argv.includes("--gold") ? arg("gold", "bench/gold") : "";
if (goldDir) {
  // Bulletins written by hand by someone other than the synthetic generator's authors,
  // so the generator's blind spots do not hide the parser's.
  const files = readdirSync(goldDir).filter((f) => f.endsWith(".txt")).sort();
  const outDir = mkdtempSync(join(tmpdir(), "bulletin-gold-"));
  const perFile: Record<string, Record<string, number>> = {};
  let failed = 0;
  try {
    for (const f of files) {
      const txt = join(goldDir, f);
      const gold = join(goldDir, f.replace(/\.txt$/, ".gold.json"));
      const result = runParse([txt], (file) => ({ ok: true, bytes: new Uint8Array(readFileSync(file)) }), {
        gazetteer: loadNodeGazetteer(),
      });
      if (result.code !== 0) {
        failed++;
        console.log(`${basename(f)}: parse failed: ${result.stderr.trim()}`);
        continue;
      }
      const out = join(outDir, `${basename(f)}.out.json`);
      writeFileSync(out, result.stdout);
      const run = spawnSync(process.execPath, [scorer, gold, out, "--json"], { encoding: "utf8" });
      const lines = run.stdout.split("\n");
      const jsonLine = lines.find((l) => l.startsWith("[{"));
      if (jsonLine) perFile[f] = Object.fromEntries((JSON.parse(jsonLine) as { key: string; value: number }[]).map((r) => [r.key, r.value]));
      if (!asJson) {
        console.log(`${f}: ${lines.find((l) => /^(PASS|FAIL) /.test(l)) ?? run.stderr.trim()}`);
        for (const l of lines.filter((l) => l.startsWith("  - "))) console.log(l);
      }
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  if (asJson) console.log(JSON.stringify({ gold: goldDir, failedToParse: failed, perFile }));
  process.exit(0);
}

const options: GenerateOptions = series === "RCA" || series === "CRS" || series === "BCR" ? { series } : {};
const dir = mkdtempSync(join(tmpdir(), "bulletin-eval-"));
const sums = new Map<string, number>();
const problems = new Map<string, number>();
let scored = 0;
let failedToParse = 0;

try {
  for (const b of generateArchive(count, seed, options)) {
    const txt = join(dir, `${b.fileName}.txt`);
    const gold = join(dir, `${b.fileName}.gold.json`);
    const out = join(dir, `${b.fileName}.out.json`);
    writeFileSync(gold, JSON.stringify(b.truth));
    const result = runParse([txt], () => ({ ok: true, bytes: new TextEncoder().encode(b.text) }), {
      gazetteer: loadNodeGazetteer(),
    });
    if (result.code !== 0) {
      failedToParse++;
      problems.set(`parse failed: ${result.stderr.trim()}`, (problems.get(`parse failed: ${result.stderr.trim()}`) ?? 0) + 1);
      continue;
    }
    writeFileSync(out, result.stdout);
    const run = spawnSync(process.execPath, [scorer, gold, out, "--json"], { encoding: "utf8" });
    const lines = run.stdout.split("\n");
    const jsonLine = lines.find((l) => l.startsWith("[{"));
    if (!jsonLine) continue;
    scored++;
    for (const { key, value } of JSON.parse(jsonLine) as { key: string; value: number }[]) {
      sums.set(key, (sums.get(key) ?? 0) + value);
    }
    for (const l of lines.filter((l) => l.startsWith("  - "))) {
      // group problems by their shape: names and numbers vary between bulletins
      const [kind = "", rest = ""] = l.slice(4).split(/:(.*)/s);
      const shape = `${kind}:${rest.replace(/"[^"]*"/g, '"…"').replace(/\b[A-Z][\p{L}’'-]*/gu, "X").replace(/\d+([.,]\d+)*/g, "N")}`.slice(0, 100);
      problems.set(shape, (problems.get(shape) ?? 0) + 1);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const means = Object.fromEntries([...sums].map(([k, v]) => [k, v / Math.max(1, scored)]));
const top = [...problems].sort((a, b) => b[1] - a[1]).slice(0, showProblems);
if (asJson) {
  console.log(JSON.stringify({ count, seed, series: series || "all", scored, failedToParse, means, problems: Object.fromEntries(top) }));
} else {
  console.log(`synthetic bulletins: ${count} (seed ${seed}${series ? `, ${series}` : ""}); scored ${scored}, failed to parse ${failedToParse}`);
  for (const [k, v] of Object.entries(means)) console.log(`  ${k.padEnd(16)} ${v.toFixed(3)}`);
  console.log("most frequent problems:");
  for (const [p, n] of top) console.log(`  ${String(n).padStart(4)}  ${p}`);
}
