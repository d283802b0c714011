/**
 * A first build starts its render workers as soon as the bulletins are
 * parsed, long before the prerender. A build that fails in between must stop
 * them: otherwise `vite build` reports the error and then never exits. The
 * build runs in a process of its own, which must end by itself.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { tempDirs } from "../testing/temp-dirs.ts";

const ROOT = path.resolve(import.meta.dirname, "../../..");
/** Workers starting, a build failing, and the process ending, on a busy machine. */
const TIMEOUT_MS = 120_000;
/** How long the process is given to end once the build has failed: the workers start in 1.5 s. */
const EXIT_WITHIN_MS = 20_000;
const tempDir = tempDirs("workers-ahead-");

/** Runs a build whose plugin `failIn` throws after the bulletins were collected; returns what it printed and how it ended. */
function failingBuild(failIn: "buildStart" | "writeBundle"): { output: string; status: number | null } {
  const work = tempDir();
  const script = path.join(work, "build.mts");
  writeFileSync(
    script,
    `import { build } from ${JSON.stringify(pathToFileURL(createRequire(import.meta.url).resolve("vite")).href)};
import { prerenderPlugin } from ${JSON.stringify(pathToFileURL(path.join(import.meta.dirname, "plugin.ts")).href)};
const prerender = prerenderPlugin({ siteUrl: "https://example.org" });
const failing = {
  name: "fails-before-the-prerender",
  buildStart() {
    prerender.collect([]);
    ${failIn === "buildStart" ? 'throw new Error("made to fail");' : ""}
  },
  writeBundle: { order: "pre", handler() { ${failIn === "writeBundle" ? 'throw new Error("made to fail");' : ""} } },
};
try {
  await build({ root: ${JSON.stringify(ROOT)}, configFile: false, logLevel: "silent", build: { outDir: ${JSON.stringify(path.join(work, "dist"))} }, plugins: [failing, prerender] });
  console.log("built");
} catch (error) {
  console.log("failed: " + error.message);
}
setTimeout(() => { console.log("still running"); process.exit(2); }, ${EXIT_WITHIN_MS}).unref();
`,
  );
  const env: NodeJS.ProcessEnv = { ...process.env, PAGES_CACHE_DIR: path.join(work, "pages"), PRERENDER_WORKERS: "2" };
  delete env.VITEST;
  const run = spawnSync(process.execPath, ["--import", "tsx", script], { cwd: ROOT, env, encoding: "utf8", timeout: TIMEOUT_MS });
  return { output: `${run.stdout}${run.stderr}`, status: run.status };
}

describe("render workers started ahead of the prerender", () => {
  it("are stopped when the build fails before the bundle is made", () => {
    const { output, status } = failingBuild("buildStart");
    expect(output).toContain("failed:");
    expect(output).toContain("made to fail");
    expect(output).not.toContain("still running");
    expect(status).toBe(0);
  }, TIMEOUT_MS);

  it("are stopped when writing the build's files fails before the prerender", () => {
    const { output, status } = failingBuild("writeBundle");
    expect(output).toContain("made to fail");
    expect(output).not.toContain("still running");
    expect(status).toBe(0);
  }, TIMEOUT_MS);
});
