// The batch import with the real parser, on the made-up bulletins the browser tests use.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { importFiles, type SourceFile } from "./import-files.ts";
import { createInlineParser } from "./parse-client.ts";
import { createImportStore, memoryKeyValue } from "./store.ts";

const FIXTURES = new URL("../../e2e/fixtures/", import.meta.url);

async function fixture(name: string): Promise<SourceFile> {
  const bytes = new Uint8Array(await readFile(new URL(name, FIXTURES)));
  return { name, size: bytes.byteLength, read: async () => bytes };
}

describe("importing real files", () => {
  it("adds bulletins, spots the duplicate, refuses a shopping list and a binary file", async () => {
    const store = createImportStore(memoryKeyValue());
    const files = await Promise.all(["crs-412.txt", "crs-412 (copy).txt", "shopping-list.txt", "binary.txt", "rca-233.txt", "hostile.txt"].map(fixture));
    const outcomes = await importFiles(files, { store, parse: createInlineParser(), builtIds: new Set(["rca-233"]) });
    expect(outcomes.map((o) => [o.fileName, o.status, o.status === "refused" ? o.reason : o.id])).toEqual([
      ["crs-412.txt", "added", "crs-412"],
      ["crs-412 (copy).txt", "duplicate", "crs-412"],
      ["shopping-list.txt", "refused", "not-a-bulletin"],
      ["binary.txt", "refused", "not-text"],
      ["rca-233.txt", "added", "rca-233-imported"],
      ["hostile.txt", "added", "rca-777"],
    ]);
    const stored = await store.get("rca-777");
    // Stored as text, exactly as written: escaping is the renderer's job, never the store's.
    expect(stored?.bulletin.articles[0]?.paragraphs[0]?.text).toContain("<script>alert(1)</script>");
    expect((await store.list()).records).toHaveLength(3);
  });

  it("reads a UTF-16 copy as the same bulletin and a KOI8-R file with a warning naming the code page", async () => {
    const store = createImportStore(memoryKeyValue());
    const files = await Promise.all(["crs-412.txt", "crs-412 (Unicode).txt", "rca-240 (KOI8-R).txt"].map(fixture));
    const outcomes = await importFiles(files, { store, parse: createInlineParser(), builtIds: new Set() });
    expect(outcomes).toMatchObject([
      { status: "added", id: "crs-412", encodingNote: null },
      { status: "duplicate", id: "crs-412" },
      { status: "added", id: "rca-240", encodingNote: expect.stringContaining("KOI8-R") },
    ]);
    const russian = (await store.get("rca-240"))?.bulletin;
    expect(russian?.articles[0]?.headline).toBe("ВОДА ПРИШЛА ПОЗДНО");
    expect(russian?.warnings[0]).toEqual({ kind: "encoding", message: expect.stringContaining("KOI8-R"), line: null });
  });
});
