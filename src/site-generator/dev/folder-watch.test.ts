/** The bulletins folder's own watch: each bulletin written, added or removed, by path, and nothing else. */
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { tempDirs } from "../testing/temp-dirs.ts";
import { waitFor } from "../testing/wait-for.ts";
import { watchFolder, type FolderWatch } from "./folder-watch.ts";

const tempDir = tempDirs("folder-watch-");

let watching: FolderWatch | null = null;
afterEach(() => {
  watching?.close();
  watching = null;
});


describe("watchFolder", () => {
  it("reports a bulletin added, written and removed, and no other file", async () => {
    const dir = tempDir();
    const seen: Array<[string, boolean]> = [];
    watching = watchFolder(dir, (f) => f.endsWith(".txt"), (file, removed) => seen.push([path.basename(file), removed]), (e) => {
      throw e;
    });
    expect(watching).not.toBeNull();
    const file = path.join(dir, "rca-700.txt");

    writeFileSync(path.join(dir, "notes.md"), "not a bulletin");
    writeFileSync(file, "first");
    await waitFor(() => seen.some(([name, removed]) => name === "rca-700.txt" && !removed));
    seen.length = 0;
    writeFileSync(file, "second");
    await waitFor(() => seen.some(([name, removed]) => name === "rca-700.txt" && !removed));
    seen.length = 0;
    rmSync(file);
    await waitFor(() => seen.some(([name, removed]) => name === "rca-700.txt" && removed));
    expect(seen.map(([name]) => name)).not.toContain("notes.md");
  });

  it("is null for a folder that is not there, so the caller can watch another way", () => {
    expect(watchFolder(path.join(tempDir(), "gone"), () => true, () => undefined, () => undefined)).toBeNull();
  });
});
