import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FileWriter } from "../file-writer.ts";
import { tempDirs } from "../testing/temp-dirs.ts";
import { buildingMarker, ledgerPath, outputHash, OutputLedger } from "./ledger.ts";

const tempDir = tempDirs("ledger-");

/** One build's worth of writes through a ledger: the files given, by one writer; returns the ledger after saving it. */
async function buildOnce(outDir: string, record: string, files: Record<string, string>): Promise<OutputLedger> {
  const ledger = OutputLedger.open(record, outDir);
  const writer = new FileWriter(outDir, { ledger, name: "pages" });
  for (const [name, source] of Object.entries(files)) await writer.write(name, source);
  await writer.close();
  ledger.save();
  return ledger;
}

const mtime = (file: string) => statSync(file).mtimeMs;

describe("the output ledger", () => {
  it("writes only files whose content changed, and removes those no longer made", async () => {
    const outDir = tempDir();
    const record = ledgerPath(tempDir(), outDir);
    await buildOnce(outDir, record, { "a/index.html": "A", "b/index.html": "B", "c/index.html": "C" });
    const aWritten = mtime(path.join(outDir, "a/index.html"));
    const second = await buildOnce(outDir, record, { "a/index.html": "A", "b/index.html": "B, changed", "d/index.html": "D" });
    expect(mtime(path.join(outDir, "a/index.html"))).toBe(aWritten); // unchanged: not written
    expect(readFileSync(path.join(outDir, "b/index.html"), "utf8")).toBe("B, changed");
    expect(readFileSync(path.join(outDir, "d/index.html"), "utf8")).toBe("D");
    expect(existsSync(path.join(outDir, "c/index.html"))).toBe(false);
    expect(second.counts).toEqual({ written: 2, unchanged: 1, removed: 1 });
  });

  it("writes again a file changed or deleted by hand since, even with the same content to write", async () => {
    const outDir = tempDir();
    const record = ledgerPath(tempDir(), outDir);
    await buildOnce(outDir, record, { "a.json": "[1]", "b.json": "[2]" });
    writeFileSync(path.join(outDir, "a.json"), "[9]");
    rmSync(path.join(outDir, "b.json"));
    const second = await buildOnce(outDir, record, { "a.json": "[1]", "b.json": "[2]" });
    expect(readFileSync(path.join(outDir, "a.json"), "utf8")).toBe("[1]");
    expect(readFileSync(path.join(outDir, "b.json"), "utf8")).toBe("[2]");
    expect(second.counts.written).toBe(2);
  });

  it("with the files checked ahead in a worker, still writes again a file changed, deleted or grown by hand", async () => {
    const outDir = tempDir();
    const record = ledgerPath(tempDir(), outDir);
    await buildOnce(outDir, record, { "a.json": "[1]", "b.json": "[2]", "c.json": "[3]", "d.json": "[4]" });
    writeFileSync(path.join(outDir, "a.json"), "[9]"); // same size, later time
    rmSync(path.join(outDir, "b.json"));
    writeFileSync(path.join(outDir, "c.json"), "[3, 3]");
    const ledger = OutputLedger.open(record, outDir);
    ledger.checkAhead();
    await ledger.checkedAhead();
    const writer = new FileWriter(outDir, { ledger, name: "pages" });
    for (const [name, source] of Object.entries({ "a.json": "[1]", "b.json": "[2]", "c.json": "[3]", "d.json": "[4]" })) await writer.write(name, source);
    await writer.close();
    ledger.save();
    for (const [name, source] of [["a.json", "[1]"], ["b.json", "[2]"], ["c.json", "[3]"]]) expect(readFileSync(path.join(outDir, name!), "utf8")).toBe(source);
    expect(ledger.counts).toEqual({ written: 3, unchanged: 1, removed: 0 });
  });

  it("reads a record that names a file twice as its later entry, with the files checked ahead", async () => {
    const outDir = tempDir();
    const record = ledgerPath(tempDir(), outDir);
    await buildOnce(outDir, record, { "a.json": "[1]", "b.json": "[2]", "c.json": "[3]" });
    // A damaged record: a.json again at its end, with its content but another time than the file has.
    const lines = readFileSync(record, "utf8").split("\n");
    const a = lines.find((line) => line.startsWith("a.json\t"))!;
    writeFileSync(record, `${lines.join("\n")}${a.replace(/\t[^\t]*$/, "\t0")}\n`);
    const ledger = OutputLedger.open(record, outDir);
    ledger.checkAhead();
    await ledger.checkedAhead();
    const writer = new FileWriter(outDir, { ledger, name: "pages" });
    for (const [name, source] of Object.entries({ "a.json": "[1]", "b.json": "[2]", "c.json": "[3]" })) await writer.write(name, source);
    await writer.close();
    ledger.save();
    // Its later entry is not the file as it is: a.json is written again; the others are as recorded.
    expect(ledger.counts).toEqual({ written: 1, unchanged: 2, removed: 0 });
  });

  it("never removes anything outside the output folder, whatever its record says", async () => {
    const outDir = tempDir();
    const outside = path.join(tempDir(), "precious.txt");
    writeFileSync(outside, "keep me");
    const record = ledgerPath(tempDir(), outDir);
    // A record as the ledger writes it (ledger.ts), of one file that lies outside the folder.
    writeFileSync(record, `bulletin-reader output ledger 2\n${outDir}\n${path.relative(outDir, outside).split(path.sep).join("/")}\tpages\tx\t7\t0\n`);
    await buildOnce(outDir, record, { "a.html": "A" });
    expect(readFileSync(outside, "utf8")).toBe("keep me");
  });

  it("removes the folders the files gone leave empty, and only those", async () => {
    const outDir = tempDir();
    const record = ledgerPath(tempDir(), outDir);
    await buildOnce(outDir, record, { "p/a/index.html": "A", "p/b/index.html": "B", "q/c/index.html": "C" });
    const second = OutputLedger.open(record, outDir);
    const writer = new FileWriter(outDir, { ledger: second, name: "pages" });
    await writer.write("p/a/index.html", "A");
    await writer.close();
    second.removeEmptyFolders();
    expect(existsSync(path.join(outDir, "p/b"))).toBe(false);
    expect(existsSync(path.join(outDir, "q"))).toBe(false);
    expect(existsSync(path.join(outDir, "p/a/index.html"))).toBe(true);
  });

  it("knows a build that began and never saved its record, and not one that did", async () => {
    const outDir = tempDir();
    const record = ledgerPath(tempDir(), outDir);
    const first = OutputLedger.open(record, outDir);
    first.begin();
    expect(OutputLedger.open(record, outDir).interrupted).toBe(true); // killed before saving
    const writer = new FileWriter(outDir, { ledger: first, name: "pages" });
    await writer.write("a.html", "A");
    await writer.close();
    first.save();
    expect(existsSync(buildingMarker(record))).toBe(false);
    const next = OutputLedger.open(record, outDir);
    expect(next.interrupted).toBe(false);
    expect(next.hasPrevious).toBe(true);
  });

  it("lets a file go before it is written only while it is as the last build left it", async () => {
    const outDir = tempDir();
    const record = ledgerPath(tempDir(), outDir);
    await buildOnce(outDir, record, { "a.json": "[1]", "b.json": "[2]", "c.json": "[3]" });
    writeFileSync(path.join(outDir, "b.json"), "[9]"); // edited by hand since
    const ledger = OutputLedger.open(record, outDir);
    const writer = new FileWriter(outDir, { ledger, name: "data" });
    expect(writer.unchangedNow("a.json", outputHash("[1]"))).toBe(true);
    expect(writer.unchangedNow("b.json", outputHash("[2]"))).toBe(false);
    expect(writer.unchangedNow("c.json", outputHash("[3, 4]"))).toBe(false); // new content
    await writer.write("b.json", "[2]");
    await writer.write("c.json", "[3, 4]");
    await writer.close();
    expect(readFileSync(path.join(outDir, "a.json"), "utf8")).toBe("[1]"); // kept, not removed as gone
    expect(readFileSync(path.join(outDir, "b.json"), "utf8")).toBe("[2]");
    expect(ledger.counts).toEqual({ written: 2, unchanged: 1, removed: 0 });
  });

  it("takes a carried file, unlooked at, only with the content the last build recorded for it, and keeps it for the next build", async () => {
    const outDir = tempDir();
    const record = ledgerPath(tempDir(), outDir);
    await buildOnce(outDir, record, { "a/index.html": "A", "b/index.html": "B" });
    const ledger = OutputLedger.open(record, outDir);
    const writer = new FileWriter(outDir, { ledger, name: "pages" });
    expect(writer.carried("a/index.html", outputHash("A"))).toBe(true);
    // The page's document is not what was written last time: it must be written, not taken as it is.
    expect(writer.carried("b/index.html", outputHash("B, changed"))).toBe(false);
    expect(writer.carried("c/index.html", outputHash("C"))).toBe(false); // never written
    await writer.write("b/index.html", "B, changed");
    await writer.close();
    ledger.save();
    expect(readFileSync(path.join(outDir, "b/index.html"), "utf8")).toBe("B, changed");
    expect(ledger.counts).toEqual({ written: 1, unchanged: 1, removed: 0 });
    // Carried, the file is on record as before: kept, and still found unchanged by the next build.
    expect(readFileSync(path.join(outDir, "a/index.html"), "utf8")).toBe("A");
    const next = OutputLedger.open(record, outDir);
    expect(new FileWriter(outDir, { ledger: next, name: "pages" }).unchangedNow("a/index.html", outputHash("A"))).toBe(true);
    expect(new FileWriter(outDir, { ledger: next, name: "pages" }).carried("b/index.html", outputHash("B"))).toBe(false);
  });

  it("removes, at the end, what any writer made last time and none made this time (a service worker file of an old name)", async () => {
    const outDir = tempDir();
    const record = ledgerPath(tempDir(), outDir);
    writeFileSync(path.join(outDir, "workbox-old.js"), "old");
    writeFileSync(path.join(outDir, "sw.js"), "sw");
    const first = OutputLedger.open(record, outDir);
    await first.adopt("workbox-old.js", "other");
    await first.adopt("sw.js", "other");
    first.save();
    writeFileSync(path.join(outDir, "workbox-new.js"), "new");
    const second = OutputLedger.open(record, outDir);
    await second.adopt("workbox-new.js", "other");
    await second.adopt("sw.js", "other");
    expect(second.removeGone()).toEqual(["workbox-old.js"]);
    expect(existsSync(path.join(outDir, "workbox-old.js"))).toBe(false);
    expect(existsSync(path.join(outDir, "sw.js"))).toBe(true);
  });
});
