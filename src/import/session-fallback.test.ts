import { describe, expect, it } from "vitest";
import { makeBulletin } from "./fixtures/make-bulletin.ts";
import { importFiles, type ParseText, type SourceFile } from "./import-files.ts";
import { describeStorageFailure, withSessionFallback } from "./session-fallback.ts";
import { createImportStore, memoryKeyValue, type ImportRecord, type KeyValue } from "./store.ts";

const record = (id: string, importedAt = "2026-01-01T00:00:00.000Z"): ImportRecord => ({
  id,
  hash: "a".repeat(64),
  fileName: `${id}.txt`,
  size: 10,
  importedAt,
  bulletin: makeBulletin(id),
});

/** IndexedDB as a browser with a full disk behaves: reads work, writes throw QuotaExceededError. */
function fullDisk(map: Map<string, unknown>): KeyValue {
  const kv = memoryKeyValue(map);
  return { ...kv, set: async () => Promise.reject(new DOMException("The quota has been exceeded.", "QuotaExceededError")) };
}

describe("withSessionFallback", () => {
  it("keeps a record the full storage refuses in memory, marked unsaved, and loses nothing stored", async () => {
    const disk = new Map<string, unknown>();
    await createImportStore(memoryKeyValue(disk)).add(record("rca-1"));
    const store = withSessionFallback(() => createImportStore(fullDisk(disk)));

    expect(await store.add(record("rca-2", "2026-01-02T00:00:00.000Z"))).toEqual({ saved: false, problem: "This browser's storage for this site is full." });
    const listing = await store.list();
    expect(listing.records.map((r) => r.id)).toEqual(["rca-1", "rca-2"]);
    expect(listing.unsaved).toEqual(["rca-2"]);
    expect(listing.storageProblem).toMatch(/full/);
    expect((await store.get("rca-2"))?.id).toBe("rca-2");
    expect([...disk.keys()]).toEqual(["rca-1"]);

    await store.remove("rca-2");
    expect((await store.list()).records.map((r) => r.id)).toEqual(["rca-1"]);
    expect([...disk.keys()]).toEqual(["rca-1"]);
  });

  it("works from memory alone when the browser has no storage to open, and says so", async () => {
    const store = withSessionFallback(() => {
      throw new ReferenceError("indexedDB is not defined");
    });
    expect(await store.add(record("rca-1"))).toMatchObject({ saved: false, problem: expect.stringMatching(/does not let this site store data/) });
    expect(await store.list()).toMatchObject({ records: [{ id: "rca-1" }], unsaved: ["rca-1"], storageProblem: expect.stringMatching(/private window/) });
  });

  it("saves normally, and reports no problem, while the storage works", async () => {
    const disk = new Map<string, unknown>();
    const store = withSessionFallback(() => createImportStore(memoryKeyValue(disk)));
    expect(await store.add(record("rca-1"))).toEqual({ saved: true });
    expect(await store.list()).toMatchObject({ unsaved: [], storageProblem: null });
    expect([...disk.keys()]).toEqual(["rca-1"]);
  });

  it("still refuses an id that is taken rather than keeping a second copy in memory", async () => {
    const store = withSessionFallback(() => createImportStore(memoryKeyValue()));
    await store.add(record("rca-1"));
    await expect(store.add(record("rca-1"))).rejects.toThrow(/already exists/);
    expect((await store.list()).unsaved).toEqual([]);
  });

  it("lets a batch import finish when storage fills half-way, each file saying whether it was saved", async () => {
    const disk = new Map<string, unknown>();
    let room = 1;
    const kv = memoryKeyValue(disk);
    const filling: KeyValue = {
      ...kv,
      set: async (key, value) => {
        if (room-- <= 0) throw new DOMException("full", "QuotaExceededError");
        return kv.set(key, value);
      },
    };
    const store = withSessionFallback(() => createImportStore(filling));
    const parse: ParseText = async (text) => ({ ok: true, bulletin: makeBulletin(text.split("\n")[0]!) });
    const file = (id: string): SourceFile => {
      const bytes = new TextEncoder().encode(`${id}\nbody`);
      return { name: `${id}.txt`, size: bytes.length, read: async () => bytes };
    };
    const outcomes = await importFiles([file("rca-1"), file("rca-2"), file("rca-3")], { store, parse, builtIds: new Set() });
    expect(outcomes.map((o) => [o.status, o.status === "added" ? o.notSaved : null])).toEqual([
      ["added", null],
      ["added", "This browser's storage for this site is full."],
      ["added", "This browser's storage for this site is full."],
    ]);
    expect([...disk.keys()]).toEqual(["rca-1"]);
    expect((await store.list()).unsaved).toEqual(["rca-2", "rca-3"]);
  });
});

describe("describeStorageFailure", () => {
  it("words the browser's errors for the reader", () => {
    expect(describeStorageFailure(new DOMException("x", "InvalidStateError"))).toMatch(/private window/);
    expect(describeStorageFailure(new Error("disk on fire"))).toBe("This browser's storage failed: disk on fire");
  });
});
