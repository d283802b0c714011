/**
 * A render worker writes each page's file itself and hands the output ledger
 * the file's size and modification time as it left it (the ledger no longer
 * asks the disk): were they not the file's own, the next build would find
 * every page changed and write it again.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { writePage } from "./app-renderer.ts";

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
const outDir = () => {
  const folder = mkdtempSync(path.join(tmpdir(), "write-page-"));
  folders.push(folder);
  return folder;
};

describe("a page a render worker writes", () => {
  it("is written with the size and time the file has once closed", () => {
    const out = outDir();
    const html = `<!doctype html><title>Ünïcode — page</title>${"x".repeat(70_000)}`;
    const stat = writePage(out, "people/ann-other/index.html", html);
    const file = path.join(out, "people", "ann-other", "index.html");
    expect(readFileSync(file, "utf8")).toBe(html);
    const now = statSync(file);
    expect(stat).toEqual({ size: now.size, mtimeMs: now.mtimeMs });
  });

  it("is not written again when the file already holds it, and replaces other content whole", () => {
    const out = outDir();
    expect(writePage(out, "a/index.html", "<p>same</p>")).not.toBeNull();
    expect(writePage(out, "a/index.html", "<p>same</p>")).toBeNull();
    writeFileSync(path.join(out, "a", "index.html"), "<p>an older and longer page</p>");
    const stat = writePage(out, "a/index.html", "<p>new</p>");
    expect(readFileSync(path.join(out, "a", "index.html"), "utf8")).toBe("<p>new</p>");
    expect(stat?.size).toBe("<p>new</p>".length);
  });

  it("is never written outside the output folder", () => {
    expect(() => writePage(outDir(), "../escape/index.html", "<p>x</p>")).toThrow(/outside the output folder/);
  });
});
