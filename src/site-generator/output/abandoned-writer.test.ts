/**
 * A build whose pages were not all made (the prerender failed part way)
 * removes nothing from the output folder: the pages it did not get to are
 * not gone. The output plugin's hooks, run without Vite around them.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ResolvedConfig } from "vite";
import { describe, expect, it } from "vitest";
import { hook } from "../testing/plugin-hooks.ts";
import { tempDirs } from "../testing/temp-dirs.ts";
import { outputPlugin, type OutputPluginApi } from "./output-plugin.ts";

const tempDir = tempDirs("abandoned-writer-");


/** One build into `outDir` writing `pages`; with `failAfter`, the writer fails after that many and never closes. */
async function build(root: string, outDir: string, pages: string[], failAfter?: number): Promise<string[]> {
  const warnings: string[] = [];
  const output = outputPlugin();
  const config = {
    root,
    command: "build",
    logger: { warn: (m: string) => void warnings.push(m), info: () => undefined },
    plugins: [output],
    publicDir: "",
    build: { outDir, emptyOutDir: false, write: true, copyPublicDir: false },
  } as unknown as ResolvedConfig;
  hook(output, "configResolved")(config);
  await hook(output, "buildStart").call({});
  await hook(output, "writeBundle").call({}, { dir: outDir }, {});
  const writer = (output.api as OutputPluginApi).writer(outDir, "pages");
  for (const [i, page] of pages.entries()) {
    if (i === failAfter) {
      writer.abandon();
      break;
    }
    await writer.write(page, `<p>${page}</p>`);
  }
  if (failAfter === undefined) await writer.close();
  await hook(output, "closeBundle").call({});
  return warnings;
}

describe("a build whose writer failed part way", () => {
  it("removes none of the last build's files, and says why", async () => {
    const root = tempDir();
    const dist = path.join(root, "dist");
    await build(root, dist, ["a.html", "b.html", "c.html"]);
    const warnings = await build(root, dist, ["a.html", "b.html", "c.html"], 1);
    for (const page of ["a.html", "b.html", "c.html"]) expect(readFileSync(path.join(dist, page), "utf8")).toBe(`<p>${page}</p>`);
    expect(warnings.join("\n")).toMatch(/pages were not all made; nothing removed/);
    // A build that finishes still removes what it no longer makes.
    await build(root, dist, ["a.html"]);
    expect(existsSync(path.join(dist, "b.html"))).toBe(false);
    expect(existsSync(path.join(dist, "a.html"))).toBe(true);
  });
});
