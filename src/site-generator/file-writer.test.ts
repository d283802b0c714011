import { readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FileWriter } from "./file-writer.ts";
import { tempDirs } from "./testing/temp-dirs.ts";
import { ledgerPath, outputHash, OutputLedger } from "./output/ledger.ts";

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

/** As many data files as a cold build writes in threads: more than `writeMany` writes on the caller's thread. */
const MANY = 3_000;
const dataFiles = (content: (i: number) => string): Array<[string, string]> =>
  Array.from({ length: MANY }, (_, i) => [`data/people/p-${i % 13}/person-${i}.json`, content(i)]);

describe("FileWriter.writeMany, in worker threads", () => {
  it("writes every file byte for byte, and records each as written so that the next build finds it unchanged", async () => {
    const root = tempRoot();
    const record = ledgerPath(tempRoot(), root);
    const files = dataFiles((i) => JSON.stringify({ i, name: `Ünïcode “${i}” — ${"x".repeat(i % 700)}` }));
    const ledger = OutputLedger.open(record, root);
    const writer = new FileWriter(root, { ledger, name: "data" });
    await writer.writeMany(files, files.length);
    await writer.close();
    ledger.save();
    expect(ledger.counts.written).toBe(MANY);
    for (const [name, source] of files) expect(readFileSync(path.join(root, name), "utf8")).toBe(source);

    // The next build: the ledger's size and time of each file are the file's own, so none is written again.
    const next = OutputLedger.open(record, root);
    const [name, source] = files[MANY - 1]!;
    const before = statSync(path.join(root, name)).mtimeMs;
    for (const [fileName, text] of files) expect(next.holds(fileName, outputHash(text))).toBe(true);
    const again = new FileWriter(root, { ledger: next, name: "data" });
    await again.writeMany(files.map(([f, text], i) => [f, i === 0 ? `${text} changed` : text]), files.length);
    await again.close();
    expect(next.counts).toMatchObject({ written: 1, unchanged: MANY - 1 });
    expect(statSync(path.join(root, name)).mtimeMs).toBe(before);
    expect(readFileSync(path.join(root, files[0]![0]), "utf8")).toBe(`${files[0]![1]} changed`);
    expect(readFileSync(path.join(root, name), "utf8")).toBe(source);
  });

  it("fails with the path of a file it could not write, and writes the others", async () => {
    const root = tempRoot();
    writeFileSync(path.join(root, "blocked"), "a file where a folder must go");
    const files = dataFiles((i) => `[${i}]`);
    files.splice(1_500, 0, ["blocked/person.json", "[]"]);
    const writer = new FileWriter(root);
    await expect(writer.writeMany(files, files.length)).rejects.toThrow(`could not write ${path.join(root, "blocked", "person.json")}`);
    expect(readFileSync(path.join(root, files[0]![0]), "utf8")).toBe("[0]");
  });
});
