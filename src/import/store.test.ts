import { describe, expect, it } from "vitest";
import { makeBulletin } from "./fixtures/make-bulletin.ts";
import { createImportStore, memoryKeyValue, type ImportRecord } from "./store.ts";

const HASH = "a".repeat(64);
const record = (id: string, importedAt = "2024-01-01T00:00:00.000Z"): ImportRecord => ({
  id,
  hash: HASH,
  fileName: `${id}.txt`,
  size: 1234,
  importedAt,
  bulletin: makeBulletin(id),
});

describe("import store", () => {
  it("adds, lists in import order, gets and removes", async () => {
    const store = createImportStore(memoryKeyValue());
    await store.add(record("rca-2", "2024-01-02T00:00:00.000Z"));
    await store.add(record("rca-1", "2024-01-01T00:00:00.000Z"));
    expect((await store.list()).records.map((r) => r.id)).toEqual(["rca-1", "rca-2"]);
    expect((await store.get("rca-2"))?.bulletin.id).toBe("rca-2");
    await store.remove("rca-1");
    expect((await store.list()).records.map((r) => r.id)).toEqual(["rca-2"]);
    expect(await store.get("rca-1")).toBeUndefined();
  });

  it("never overwrites an existing import", async () => {
    const store = createImportStore(memoryKeyValue());
    await store.add(record("rca-1"));
    await expect(store.add({ ...record("rca-1"), fileName: "other.txt" })).rejects.toThrow(/already exists/);
    expect((await store.get("rca-1"))?.fileName).toBe("rca-1.txt");
  });

  it("refuses to store a record that does not satisfy the schema", async () => {
    const map = new Map<string, unknown>();
    const store = createImportStore(memoryKeyValue(map));
    await expect(store.add({ ...record("rca-1"), bulletin: { ...makeBulletin("rca-1"), id: "Not An Id" } })).rejects.toThrow();
    expect(map.size).toBe(0);
  });

  it("reports records from another data version or damaged in storage, and keeps the good ones", async () => {
    const map = new Map<string, unknown>();
    const store = createImportStore(memoryKeyValue(map));
    await store.add(record("rca-1"));
    map.set("old-one", { ...record("old-one"), bulletin: { ...makeBulletin("old-one"), schemaVersion: 0 } });
    map.set("junk", "not a record");
    const listing = await store.list();
    expect(listing.records.map((r) => r.id)).toEqual(["rca-1"]);
    expect(listing.unreadable).toEqual([
      { key: "old-one", message: expect.stringContaining("another version of the app (data version 0)") },
      { key: "junk", message: expect.stringContaining("damaged") },
    ]);
    expect(await store.get("junk")).toBeUndefined();
    await store.remove("junk");
    expect((await store.list()).unreadable.map((u) => u.key)).toEqual(["old-one"]);
  });

  it("reads a bulletin stored by the previous data version, its authors' places listed one by one", async () => {
    const map = new Map<string, unknown>();
    const store = createImportStore(memoryKeyValue(map));
    const current = makeBulletin("old-rca");
    const v1 = {
      ...current,
      schemaVersion: 1,
      articles: current.articles.map((a) => ({ ...a, authors: [{ name: "Nodira Karimova", location: "Khujand and Dushanbe" }] })),
    };
    map.set("old-rca", { ...record("old-rca"), bulletin: v1 });
    const listing = await store.list();
    expect(listing.unreadable).toEqual([]);
    expect(listing.records[0]?.bulletin.articles[0]?.authors).toEqual([{ name: "Nodira Karimova", location: "Khujand and Dushanbe", locations: ["Khujand", "Dushanbe"] }]);
    expect((await store.get("old-rca"))?.bulletin.schemaVersion).toBe(current.schemaVersion);
  });

  it("marks a stored news brief of the previous data version incomplete when it ends mid-sentence", async () => {
    const map = new Map<string, unknown>();
    const store = createImportStore(memoryKeyValue(map));
    const current = makeBulletin("old-crs");
    const brief = { id: "n1", dateText: "June 29", date: null, text: "The parliament debated the sec", lines: { startLine: 3, endLine: 3 } };
    map.set("old-crs", { ...record("old-crs"), bulletin: { ...current, schemaVersion: 1, newsBriefs: [brief] } });
    expect((await store.list()).records[0]?.bulletin.newsBriefs[0]?.incomplete).toBe(true);
  });
});
