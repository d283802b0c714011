/**
 * A rebuild reuses the files a bulletin gave the per-bulletin emitters in
 * the last build only when nothing that decides them changed: the data
 * plugin and the output plugin's hooks, run without Vite around them, into
 * a kept output folder, compared with a clean build's folder each time.
 */
import { folderTexts } from "../testing/folder-files.ts";
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseBulletinOrThrow } from "../../parser/index.ts";
import { bulletinsPlugin } from "../bulletins-plugin.ts";
import { bulletinFile } from "../data-paths.ts";
import { makingFiles, type BulletinEmitter } from "../emitters.ts";
import { feedEmitters, quotesCsvFile } from "../feeds/index.ts";
import { rcaBulletinText } from "../testing/bulletins.ts";
import { buildDataOnly } from "../testing/plugin-hooks.ts";
import { tempDirs } from "../testing/temp-dirs.ts";
import { computeCodeVersion } from "./bulletin-outputs.ts";
import { outputPlugin } from "./output-plugin.ts";

const tempDir = tempDirs("bulletin-outputs-");


/**
 * One build of `input` into `outDir` (its ledger under `root`), with the
 * tables emitter for `siteUrl`; returns the bulletin ids each run of the
 * tables emitter was given.
 */
async function build(root: string, input: string, outDir: string, siteUrl: string): Promise<string[][]> {
  const runs: string[][] = [];
  const tables = feedEmitters({ siteUrl })[1]!;
  const spied: BulletinEmitter = makingFiles(function bulletinTablesEmitter(list, context) {
    runs.push(list.map((b) => b.id));
    return tables(list, context);
  }, tables.makes!);
  const data = bulletinsPlugin({ dir: input, loadParser: async () => parseBulletinOrThrow, emitters: [spied] });
  const output = outputPlugin();
  const logger = { warn: () => undefined, info: () => undefined };
  await buildDataOnly({ root, outDir, data, output, logger });
  return runs;
}


/** A clean build of `input` (its own folder and ledger) gives what the kept folder `dist` must hold. */
async function expectSameAsClean(input: string, dist: string, siteUrl: string): Promise<void> {
  const root = tempDir();
  await build(root, input, path.join(root, "dist"), siteUrl);
  const fresh = folderTexts(path.join(root, "dist"));
  const kept = folderTexts(dist);
  expect([...kept.keys()].sort()).toEqual([...fresh.keys()].sort());
  for (const [name, text] of fresh) expect(kept.get(name), name).toBe(text);
}

const SITE = "https://bulletins.example.org";

describe("reusing a bulletin's files from the last build", () => {
  it("makes again only the files of a changed bulletin, and the folder is what a clean build leaves", async () => {
    const root = tempDir();
    const input = path.join(root, "in");
    const dist = path.join(root, "dist");
    mkdirSync(input);
    writeFileSync(path.join(input, "rca-700.txt"), rcaBulletinText(700, "Engineers at the site say a third of the workforce is left."));
    writeFileSync(path.join(input, "rca-701.txt"), rcaBulletinText(701, "Farmers in the valley say the harvest was poor."));
    expect(await build(root, input, dist, SITE)).toEqual([["rca-700", "rca-701"]]);
    const untouched = path.join(dist, bulletinFile("rca-701"));
    const untouchedAt = statSync(untouched).mtimeMs;

    writeFileSync(path.join(input, "rca-700.txt"), rcaBulletinText(700, "Engineers at the site say half of the workforce is left."));
    expect(await build(root, input, dist, SITE)).toEqual([["rca-700"]]);
    expect(readFileSync(path.join(dist, bulletinFile("rca-700")), "utf8")).toContain("half of the workforce");
    expect(statSync(untouched).mtimeMs).toBe(untouchedAt);
    await expectSameAsClean(input, dist, SITE);

    // Nothing changed: nothing made.
    expect(await build(root, input, dist, SITE)).toEqual([[]]);
    await expectSameAsClean(input, dist, SITE);
  }, 60_000);

  it("makes every file again when the emitter's settings change, and a file the folder lost", async () => {
    const root = tempDir();
    const input = path.join(root, "in");
    const dist = path.join(root, "dist");
    mkdirSync(input);
    writeFileSync(path.join(input, "rca-700.txt"), rcaBulletinText(700, "\"The road is closed,\" said Aziz Karimov, a driver."));
    writeFileSync(path.join(input, "rca-701.txt"), rcaBulletinText(701, "Farmers in the valley say the harvest was poor."));
    await build(root, input, dist, SITE);

    // The CSVs' links name the site.
    const moved = "https://mirror.example.net";
    expect(await build(root, input, dist, moved)).toEqual([["rca-700", "rca-701"]]);
    await expectSameAsClean(input, dist, moved);

    // A file deleted by hand, and one edited by hand: made again.
    rmSync(path.join(dist, quotesCsvFile("rca-700")));
    writeFileSync(path.join(dist, bulletinFile("rca-701")), "{}");
    expect(await build(root, input, dist, moved)).toEqual([["rca-700"]]);
    await expectSameAsClean(input, dist, moved);
  }, 60_000);
});

describe("the code version of the build's files", () => {
  it("changes with any source file or the lock file, not with a test", () => {
    const src = tempDir();
    mkdirSync(path.join(src, "feeds"));
    writeFileSync(path.join(src, "feeds", "csv.ts"), "export const SEP = ',';\n");
    const lock = path.join(src, "..", `${path.basename(src)}.lock.json`);
    writeFileSync(lock, '{"valibot": "1.0.0"}');
    try {
      const before = computeCodeVersion(src, lock);
      writeFileSync(path.join(src, "feeds", "csv.test.ts"), "it('x', () => {});\n");
      expect(computeCodeVersion(src, lock)).toBe(before);
      writeFileSync(path.join(src, "feeds", "csv.ts"), "export const SEP = ';';\n");
      const edited = computeCodeVersion(src, lock);
      expect(edited).not.toBe(before);
      writeFileSync(lock, '{"valibot": "1.1.0"}');
      expect(computeCodeVersion(src, lock)).not.toBe(edited);
    } finally {
      rmSync(lock, { force: true });
    }
  });
});
