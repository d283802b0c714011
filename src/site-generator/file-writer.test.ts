import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FileWriter } from "./file-writer.ts";
import { tempDirs } from "./testing/temp-dirs.ts";

const tempRoot = tempDirs("file-writer-");

describe("FileWriter", () => {
  it("writes every file, in folders of any depth, once close() resolves", async () => {
    const root = tempRoot();
    const writer = new FileWriter(root);
    const names = Array.from({ length: 200 }, (_, i) => `bulletins/b-${i % 7}/articles/a-${i}/index.html`);
    for (const name of names) await writer.write(name, `<p>${name}</p>`);
    await writer.write("index.html", "home");
    await writer.close();
    for (const name of names) expect(readFileSync(path.join(root, name), "utf8")).toBe(`<p>${name}</p>`);
    expect(readFileSync(path.join(root, "index.html"), "utf8")).toBe("home");
  });

  it("fails with the file's path when a file cannot be written", async () => {
    const root = tempRoot();
    writeFileSync(path.join(root, "people"), "a file where a folder must go");
    const writer = new FileWriter(root);
    await writer.write("people/ann/index.html", "Ann");
    await expect(writer.close()).rejects.toThrow(`could not write ${path.join(root, "people", "ann", "index.html")}`);
  });
});
