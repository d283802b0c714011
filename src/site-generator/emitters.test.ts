import { describe, expect, it } from "vitest";
import { makingFiles, runEmitters, type EmittedFile } from "./emitters.ts";
import { outputHash } from "./output/ledger.ts";

/** A file whose text says when it is read. */
function watched(fileName: string, source: string, reads: string[], hash?: string): EmittedFile {
  return {
    fileName,
    get source() {
      reads.push(fileName);
      return source;
    },
    ...(hash === undefined ? {} : { hash }),
  };
}

describe("running the emitters with a build's settled files", () => {
  it("hands `settled` each file with its hash, reads no text of a file settled, and keeps the text of those not", () => {
    const reads: string[] = [];
    const held = new Map([
      ["data/a.json", outputHash("A")],
      ["data/b.json", outputHash("B")],
    ]);
    const emitter = makingFiles(
      function kept() {
        return [watched("data/a.json", "A", reads, outputHash("A")), watched("data/b.json", "B, changed", reads, outputHash("B, changed")), watched("data/c.json", "C", reads)];
      },
      { has: () => true },
    );
    const hashes: Array<string | undefined> = [];
    const files = runEmitters([emitter], [], (message) => expect.fail(message), undefined, (fileName, f) => {
      hashes.push(f.hash);
      return held.get(fileName) === (f.hash ?? outputHash(f.source));
    });
    expect(hashes).toEqual([outputHash("A"), outputHash("B, changed"), undefined]);
    expect([...files]).toEqual([
      ["data/b.json", "B, changed"],
      ["data/c.json", "C"],
    ]);
    // The settled file's text was never read; the one without a hash was read to hash it, then kept.
    expect(reads).not.toContain("data/a.json");
    expect(reads.filter((f) => f === "data/c.json").length).toBe(2);
  });
});
