/**
 * The data plugin reading a folder of bulletins saved in the encodings real
 * archives hold: the build's own hooks, run without Vite around them.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { ResolvedConfig } from "vite";
import { describe, expect, it } from "vitest";
import { parseBulletinOrThrow } from "../parser/index.ts";
import { MAX_SOURCE_BYTES } from "../source-text/index.ts";
import { encodeEightBit, encodeUtf16 } from "../source-text/testing/encode.ts";
import { bulletinsPlugin, type BulletinsPluginApi } from "./bulletins-plugin.ts";
import { bulletinFile } from "./data-paths.ts";
import { tempDirs } from "./testing/temp-dirs.ts";
import { rcaBulletinText as bulletin } from "./testing/bulletins.ts";

const tempDir = tempDirs("bulletins-plugin-");


async function build(dir: string) {
  const warnings: string[] = [];
  const plugin = bulletinsPlugin({ dir, loadParser: async () => parseBulletinOrThrow });
  const logger = { warn: (m: string) => warnings.push(m), info: () => undefined };
  const config = { root: dir, command: "build", base: "/", logger, plugins: [], build: { outDir: path.join(dir, "dist") } } as unknown as ResolvedConfig;
  (plugin.configResolved as (c: ResolvedConfig) => void)(config);
  await (plugin.buildStart as () => Promise<void>).call({});
  const files = (plugin.api as BulletinsPluginApi).files();
  const read = (id: string) => JSON.parse(files.get(bulletinFile(id)) ?? "null");
  return { read, warnings };
}

describe("bulletinsPlugin reading bulletins/*.txt", () => {
  it("builds UTF-16 and Cyrillic code-page files, and names a guessed code page in the bulletin's warnings", async () => {
    const dir = tempDir();
    const english = "Engineers at the site say only a third of the workforce is left.";
    const russian = "Инженеры на стройке говорят, что осталась только треть рабочих.";
    writeFileSync(path.join(dir, "rca-700.txt"), encodeUtf16(bulletin(700, english), "le"));
    writeFileSync(path.join(dir, "rca-701.txt"), encodeUtf16(bulletin(701, english), "be"));
    writeFileSync(path.join(dir, "rca-702.txt"), encodeEightBit(bulletin(702, russian), "windows-1251"));
    writeFileSync(path.join(dir, "rca-703.txt"), encodeEightBit(bulletin(703, russian), "koi8-r"));
    const { read } = await build(dir);

    for (const id of ["rca-700", "rca-701"]) {
      expect(read(id).articles[0].paragraphs[0].text).toBe(english);
      expect(read(id).warnings.filter((w: { kind: string }) => w.kind === "encoding")).toEqual([]);
    }
    for (const [id, name] of [["rca-702", "Windows-1251"], ["rca-703", "KOI8-R"]] as const) {
      expect(read(id).articles[0].paragraphs[0].text).toBe(russian);
      expect(read(id).warnings[0]).toEqual({ kind: "encoding", message: expect.stringContaining(name), line: null });
    }
  });

  it("leaves out a binary file and an oversized one, saying why and stating the limit", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "rca-700.txt"), bulletin(700, "Engineers say little."));
    writeFileSync(path.join(dir, "photo.txt"), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    writeFileSync(path.join(dir, "huge.txt"), new Uint8Array(MAX_SOURCE_BYTES + 1).fill(0x61));
    const { read, warnings } = await build(dir);
    expect(read("rca-700")).not.toBeNull();
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringContaining("huge.txt: too large (2 MB); the limit is 2 MB per file"),
        expect.stringContaining("photo.txt: binary file"),
      ]),
    );
  });
});
