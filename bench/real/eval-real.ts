// Scores the parser on real bulletin copies as public archives hold them (cut mails,
// group pages, blog re-posts…), against facts written by hand about each copy in
// bench/real/expectations.json. The copies themselves are not in the repository (they
// are other people's text): see bench/real/README.md for how to collect them again.
//
//   npm run eval:real -- DIR [--json] [--expectations FILE]
//
// Every DIR/*.txt goes through the same code path as `npm run parse`; a refusal or a
// crash counts against that copy and the run goes on. Prints each field ✓/✗ per copy
// (got vs expected on a miss), then totals, ending with
//   real: K/N bulletins right, F fields wrong
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { runParse } from "../../src/cli/run.ts";
import { loadNodeGazetteer } from "../../src/gazetteer/node.ts";
import {
  closingLine,
  compareBulletin,
  FIELD_NAMES,
  percentLine,
  summarise,
  unmatched,
  type BulletinResult,
  type Expectation,
  type ParsedBulletin,
  type ParseOutcome,
} from "./compare.ts";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const flagValues = new Set([arg("expectations")]);
const dir = process.argv.slice(2).find((a) => !a.startsWith("--") && !flagValues.has(a));
const asJson = process.argv.includes("--json");
const expectationsFile = arg("expectations") ?? new URL("./expectations.json", import.meta.url).pathname;

if (!dir || !statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
  console.error("usage: npm run eval:real -- DIR [--json] [--expectations FILE]   (DIR: the folder of real copies, e.g. ~/real-bulletins)");
  process.exit(2);
}

const expectations = JSON.parse(readFileSync(expectationsFile, "utf8")) as Record<string, Expectation>;
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort();
const gazetteer = loadNodeGazetteer();

function parseCopy(file: string): ParseOutcome {
  try {
    const result = runParse([join(dir!, file)], (f) => ({ ok: true, bytes: new Uint8Array(readFileSync(f)) }), { gazetteer });
    if (result.code !== 0) return { ok: false, problem: `refused: ${result.stderr.trim().replace(/^parse: [^:]+: /, "")}` };
    return { ok: true, bulletin: JSON.parse(result.stdout) as ParsedBulletin };
  } catch (e) {
    return { ok: false, problem: `crashed: ${(e as Error).stack?.split("\n").slice(0, 2).join(" ") ?? String(e)}` };
  }
}

const results: BulletinResult[] = [];
for (const file of files) {
  const expected = expectations[file];
  if (!expected) continue;
  results.push(compareBulletin(file, expected, parseCopy(file)));
}

const summary = summarise(results);
const { filesWithout, expectationsWithout } = unmatched(files, expectations);

if (asJson) {
  console.log(JSON.stringify({ dir, summary, closing: closingLine(summary), filesWithoutExpectations: filesWithout, expectationsWithoutFile: expectationsWithout, results }, null, 2));
  process.exit(0);
}

const show = (v: unknown): string => (typeof v === "string" ? JSON.stringify(v) : JSON.stringify(v) ?? "undefined");
for (const r of results) {
  console.log(`${r.right ? "✓" : "✗"} ${r.file}${r.problem ? `  — ${r.problem}` : ""}`);
  for (const f of r.fields) {
    if (f.right) console.log(`    ✓ ${f.field}`);
    else console.log(`    ✗ ${f.field}${f.note ? ` (${f.note})` : ""}\n        got      ${show(f.got)}\n        expected ${show(f.expected)}`);
  }
}
console.log("");
if (filesWithout.length) console.log(`no expectations for ${filesWithout.length} file(s): ${filesWithout.join(", ")}`);
if (expectationsWithout.length) console.log(`expectations with no file in ${dir}: ${expectationsWithout.join(", ")}`);
console.log("misses by field:");
for (const f of FIELD_NAMES) {
  if (summary.scoredByField[f] > 0) console.log(`  ${f.padEnd(22)} ${String(summary.missesByField[f]).padStart(3)} wrong of ${summary.scoredByField[f]}`);
}
if (summary.refused) console.log(`refused or crashed: ${summary.refused} of ${summary.bulletins}`);
console.log(percentLine(summary));
console.log(closingLine(summary));
