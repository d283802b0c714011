import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { outputHash } from "../output/ledger.ts";
import { tempDirs } from "../testing/temp-dirs.ts";
import { readEntityPages } from "./entity-files.ts";

const tempDir = tempDirs("entity-files-");

const person = (id: string, name: string) =>
  JSON.stringify({ version: 1, kind: "person", person: { id, name, roles: [{ role: "mayor" }], articleCount: 2 } });

/** Writes data files into `outDir` as the data plugin does, and gives their hashes as it would. */
function writeData(outDir: string, files: Record<string, string>): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const [name, source] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(outDir, name)), { recursive: true });
    writeFileSync(path.join(outDir, name), source);
    hashes.set(name, outputHash(source));
  }
  return hashes;
}

describe("person and place pages from the data files", () => {
  it("lists a page per file, a redirect under its own id with its target's name, and follows a file whose content changed", () => {
    const outDir = tempDir();
    const cache = path.join(tempDir(), "entities.json");
    let hashes = writeData(outDir, {
      "data/people/ann-other.json": person("ann-other", "Ann Other"),
      "data/people/anne-other.json": JSON.stringify({ version: 1, kind: "redirect", to: "ann-other" }),
    });
    const first = readEntityPages(outDir, (name) => hashes.get(name), cache);
    expect(first.map((e) => [e.id, e.canonicalId, e.name, e.roles])).toEqual([
      ["ann-other", "ann-other", "Ann Other", ["mayor"]],
      ["anne-other", "ann-other", "Ann Other", ["mayor"]],
    ]);
    // The person's file changes (another name): the cache must not give the old one.
    hashes = writeData(outDir, { "data/people/ann-other.json": person("ann-other", "Ann Otter") });
    const both = new Map([...hashes, ["data/people/anne-other.json", outputHash(JSON.stringify({ version: 1, kind: "redirect", to: "ann-other" }))]]);
    const second = readEntityPages(outDir, (name) => both.get(name), cache);
    expect(second.map((e) => e.name)).toEqual(["Ann Otter", "Ann Otter"]);
  });

  it("does not read again a file whose content hash the last build saw", () => {
    const outDir = tempDir();
    const cache = path.join(tempDir(), "entities.json");
    const hashes = writeData(outDir, { "data/places/oskemen.json": JSON.stringify({ version: 1, kind: "place", place: { id: "oskemen", name: "Oskemen", articleCount: 3 } }) });
    readEntityPages(outDir, (name) => hashes.get(name), cache);
    // Not JSON any more, but the ledger vouches for the content by its hash: it is not read.
    writeFileSync(path.join(outDir, "data/places/oskemen.json"), "not read");
    expect(readEntityPages(outDir, (name) => hashes.get(name), cache).map((e) => e.name)).toEqual(["Oskemen"]);
    // Without the hashes (nothing vouches), the file is read.
    expect(() => readEntityPages(outDir)).toThrow();
  });
});
