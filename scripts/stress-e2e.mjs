#!/usr/bin/env node
/**
 * `npm run test:stress -- --rounds N`: runs the browser suite N times, with no
 * retries, while busy loops keep every core loaded, and prints each test that
 * failed in any round, with a closing summary. A test that fails only when the
 * machine is busy is a race (in the app, or in the test), and the suite's
 * retries used to hide it; here it shows.
 *
 *   --rounds N     rounds of the whole suite (default 5)
 *   --busy N       busy loops beside the suite (default: one per core)
 *   --no-build     use the dist/ already built
 *   anything after `--` goes to `playwright test` (a spec, --grep …)
 *
 * Exits 1 if any test failed in any round. E2E_PORT is passed on, as to every
 * Playwright run (playwright.config.ts).
 */
import { spawn, spawnSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

function parseArgs(argv) {
  const options = { rounds: 5, busy: availableParallelism(), build: true, extra: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      options.extra = argv.slice(i + 1);
      break;
    }
    if (arg === "--rounds") options.rounds = Number(argv[++i]);
    else if (arg === "--busy") options.busy = Number(argv[++i]);
    else if (arg === "--no-build") options.build = false;
    else options.extra.push(arg);
  }
  if (!Number.isInteger(options.rounds) || options.rounds < 1) throw new Error("--rounds wants a whole number, 1 or more");
  if (!Number.isInteger(options.busy) || options.busy < 0) throw new Error("--busy wants a whole number");
  return options;
}

/** A process that keeps one core busy until killed. */
function busyLoop() {
  return spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" });
}

/** Every test's result in Playwright's JSON report: title path → "passed" | "failed" | …, with the first error line. */
function results(report) {
  const out = [];
  const walk = (suite, path) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        const title = [...path, spec.title].filter(Boolean).join(" › ");
        const last = test.results?.at(-1);
        // eslint-disable-next-line no-control-regex
        const message = (last?.error?.message ?? "").replace(/\x1b\[[0-9;]*m/g, ""); // without the terminal's colours
        const error = message.split("\n").find((line) => line.trim()) ?? "";
        out.push({ title: `${spec.file}:${spec.line} › ${title}`, status: test.status, error });
      }
    }
    for (const child of suite.suites ?? []) walk(child, suite.file === child.file ? [...path, child.title] : path);
  };
  for (const suite of report.suites ?? []) walk(suite, []);
  return out;
}

function runRound(round, options, dir) {
  const reportFile = join(dir, `round-${round}.json`);
  return new Promise((resolve) => {
    const child = spawn("npx", ["playwright", "test", "--retries=0", "--reporter=dot,json", ...options.extra], {
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: reportFile },
    });
    child.on("exit", (code) => {
      let report;
      try {
        report = JSON.parse(readFileSync(reportFile, "utf8"));
      } catch {
        report = null;
      }
      resolve({ code, report });
    });
  });
}

const options = parseArgs(process.argv.slice(2));
if (options.build) {
  const build = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const loops = Array.from({ length: options.busy }, busyLoop);
const stopLoops = () => loops.forEach((loop) => loop.kill());
process.on("exit", stopLoops);
process.on("SIGINT", () => process.exit(130));
process.on("SIGTERM", () => process.exit(143));

const dir = mkdtempSync(join(tmpdir(), "stress-e2e-"));
/** title → rounds it failed in, with each failure's first line */
const failures = new Map();
let tests = 0;
const started = Date.now();
for (let round = 1; round <= options.rounds; round++) {
  console.log(`\n── round ${round} of ${options.rounds} (${options.busy} busy loops) ──`);
  const { code, report } = await runRound(round, options, dir);
  if (!report) {
    console.log(`round ${round}: Playwright exited with ${code} and wrote no report`);
    failures.set("(the run itself)", [...(failures.get("(the run itself)") ?? []), { round, error: `exit ${code}` }]);
    continue;
  }
  const all = results(report);
  tests += all.length;
  const failed = all.filter((r) => r.status !== "expected" && r.status !== "skipped");
  console.log(`round ${round}: ${all.length - failed.length} of ${all.length} passed`);
  for (const f of failed) {
    console.log(`  FAILED ${f.title}\n         ${f.error}`);
    failures.set(f.title, [...(failures.get(f.title) ?? []), { round, error: f.error }]);
  }
}
stopLoops();
rmSync(dir, { recursive: true, force: true });

const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(`\n── summary: ${options.rounds} rounds, ${tests} test runs, ${options.busy} busy loops, ${minutes} min ──`);
if (failures.size === 0) {
  console.log("no test failed in any round");
} else {
  console.log(`${failures.size} ${failures.size === 1 ? "test" : "tests"} failed:`);
  for (const [title, list] of failures) {
    console.log(`  ${title}: ${list.length} of ${options.rounds} rounds (${list.map((f) => f.round).join(", ")})`);
    console.log(`    ${list[0].error}`);
  }
}
process.exit(failures.size === 0 ? 0 : 1);
