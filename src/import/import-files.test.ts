import { describe, expect, it } from "vitest";
import type { Bulletin } from "../parser/model/index.ts";
import { refuse } from "./check-file.ts";
import { makeBulletin } from "./fixtures/make-bulletin.ts";
import { contentHash } from "./hash.ts";
import { importFiles, type ImportProgress, type ParseText, type SourceFile } from "./import-files.ts";
import { MAX_IMPORT_BYTES } from "./limits.ts";
import { createImportStore, memoryKeyValue, type ImportStore, type KeyValue } from "./store.ts";

const textFile = (name: string, text: string): SourceFile => {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.byteLength, read: async () => bytes };
};

/**
 * Stands in for the parser so these tests are about the batch, not the parse:
 * the first line of the text is the bulletin id; "PLAIN" texts are not bulletins;
 * "CRASH" makes the parser throw.
 */
const fakeParse: ParseText = async (text) => {
  const first = text.split("\n")[0] ?? "";
  if (first === "PLAIN") return refuse("not-a-bulletin", "Not a bulletin.");
  if (first === "CRASH") throw new Error("parser exploded");
  return { ok: true, bulletin: makeBulletin(first) };
};

const setup = (kv: KeyValue = memoryKeyValue()) => ({ store: createImportStore(kv), parse: fakeParse, builtIds: new Set(["rca-565-part-2"]) });

describe("importFiles", () => {
  it("gives each file of a mixed batch its own outcome, and stores only the good ones", async () => {
    const deps = setup();
    const progress: ImportProgress[] = [];
    const outcomes = await importFiles(
      [
        textFile("good.txt", "rca-101\nbody"),
        textFile("copy of good.txt", "rca-101\r\nbody"),
        textFile("letter.txt", "PLAIN\nDear friend"),
        textFile("image.txt", "\u0000\u0001PNG"),
        { name: "huge.txt", size: MAX_IMPORT_BYTES + 1, read: () => Promise.reject(new Error("must not be read")) },
        textFile("second.txt", "crs-248\nbody"),
      ],
      { ...deps, onProgress: (p) => progress.push(p) },
    );
    expect(outcomes.map((o) => [o.fileName, o.status, o.status === "refused" ? o.reason : o.id])).toEqual([
      ["good.txt", "added", "rca-101"],
      ["copy of good.txt", "duplicate", "rca-101"],
      ["letter.txt", "refused", "not-a-bulletin"],
      ["image.txt", "refused", "not-text"],
      ["huge.txt", "refused", "too-large"],
      ["second.txt", "added", "crs-248"],
    ]);
    expect((await deps.store.list()).records.map((r) => r.id).sort()).toEqual(["crs-248", "rca-101"]);
    expect(progress.at(-1)).toMatchObject({ total: 6, current: null });
    expect(progress.at(-1)?.outcomes).toHaveLength(6);
    expect(progress[0]).toMatchObject({ current: "good.txt", outcomes: [] });
  });

  it("finds duplicates of earlier imports across batches", async () => {
    const deps = setup();
    await importFiles([textFile("a.txt", "rca-101\nbody")], deps);
    const [outcome] = await importFiles([textFile("again.txt", "rca-101\nbody")], deps);
    expect(outcome).toMatchObject({ status: "duplicate", id: "rca-101", message: expect.stringContaining("Already there") });
  });

  it("recognises a bundled bulletin by its content hash when the archive lists it", async () => {
    const text = "rca-565-part-2\nbody";
    const deps = { ...setup(), builtHashes: new Map([[await contentHash(text), "rca-565-part-2"]]) };
    const [outcome] = await importFiles([textFile("sample.txt", text)], deps);
    expect(outcome).toMatchObject({ status: "duplicate", id: "rca-565-part-2" });
  });

  it("gives a different bulletin with a taken id a distinct id instead of overwriting", async () => {
    const deps = setup();
    const outcomes = await importFiles(
      [textFile("a.txt", "rca-565-part-2\nmy copy"), textFile("b.txt", "rca-565-part-2\nanother copy")],
      deps,
    );
    expect(outcomes).toMatchObject([
      { status: "added", id: "rca-565-part-2-imported", renamedFrom: "rca-565-part-2" },
      { status: "added", id: "rca-565-part-2-imported-2", renamedFrom: "rca-565-part-2" },
    ]);
    const stored = await deps.store.get("rca-565-part-2-imported-2");
    expect(stored?.bulletin.id).toBe("rca-565-part-2-imported-2");
    expect(stored?.bulletin.sourceFile).toBe("b.txt");
  });

  it("isolates a crashing parser and a failing storage write to their own file", async () => {
    const map = new Map<string, unknown>();
    const base = memoryKeyValue(map);
    const flaky: KeyValue = {
      ...base,
      set: async (key, value) => {
        if (key === "bcr-11") throw new Error("QuotaExceededError");
        return base.set(key, value);
      },
    };
    const deps = setup(flaky);
    await importFiles([textFile("before.txt", "rca-1\nx")], deps);
    const outcomes = await importFiles(
      [textFile("crash.txt", "CRASH\n"), textFile("full.txt", "bcr-11\nx"), textFile("after.txt", "rca-2\nx")],
      deps,
    );
    expect(outcomes).toMatchObject([
      { status: "refused", reason: "unexpected", message: expect.stringContaining("parser exploded") },
      { status: "refused", reason: "storage-failed", message: expect.stringContaining("QuotaExceededError") },
      { status: "added", id: "rca-2" },
    ]);
    expect([...map.keys()].sort()).toEqual(["rca-1", "rca-2"]);
  });

  it("does not let a refused file block an import of the same content later", async () => {
    const store: ImportStore = createImportStore(memoryKeyValue());
    let calls = 0;
    const parse: ParseText = async (text) => {
      calls++;
      if (calls === 1) return refuse("parse-failed", "temporary");
      return { ok: true, bulletin: makeBulletin(text.split("\n")[0] as Bulletin["id"]) };
    };
    const deps = { store, parse, builtIds: new Set<string>() };
    expect((await importFiles([textFile("a.txt", "rca-5\nx")], deps))[0]?.status).toBe("refused");
    expect((await importFiles([textFile("a.txt", "rca-5\nx")], deps))[0]?.status).toBe("added");
  });
});
