import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MAX_SOURCE_BYTES } from "../source-text/index.ts";
import { encodeEightBit, encodeUtf16 } from "../source-text/testing/encode.ts";
import { rcaBulletinText } from "../site-generator/testing/bulletins.ts";
import { runParse, type ReadResult } from "./run.ts";

const enc = new TextEncoder();
const BULLETIN = rcaBulletinText(700, "Engineers at the site say only a third of the workforce is left.", "\n");

const files = (map: Record<string, ReadResult>) => (f: string): ReadResult => map[f] ?? { ok: false, problem: "no such file" };
const bytes = (s: string | Uint8Array): ReadResult => ({ ok: true, bytes: typeof s === "string" ? enc.encode(s) : s });

describe("runParse (the CLI's core)", () => {
  it("prints the Bulletin JSON and exits 0 for a bulletin", () => {
    const r = runParse(["rca-700.txt"], files({ "rca-700.txt": bytes(BULLETIN) }));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const b = JSON.parse(r.stdout);
    expect(b).toMatchObject({ id: "rca-700", issue: 700, date: "2011-03-03" });
    expect(b.articles[0].paragraphs[0].text).toMatch(/^Engineers/);
  });

  it.each([
    ["missing.txt", files({}), "no such file"],
    ["empty.txt", files({ "empty.txt": bytes("") }), "empty file"],
    ["blank.txt", files({ "blank.txt": bytes("\n\n   \n") }), "empty file"],
    ["nul.bin", files({ "nul.bin": bytes(new Uint8Array([0x49, 0x57, 0x50, 0x52, 0, 1, 2])) }), "binary file"],
    ["ctrl.bin", files({ "ctrl.bin": bytes(new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 7 === 0 ? 3 : 65)))) }), "binary file"],
    ["recipe.txt", files({ "recipe.txt": bytes("Pancakes\n\nMix flour and milk.\n") }), "not an IWPR bulletin"],
    ["iwpr-note.txt", files({ "iwpr-note.txt": bytes("Thanks for the IWPR link.") }), "not an IWPR bulletin"],
  ])("refuses %s with one line on stderr, exit 2, nothing on stdout", (name, reader, problem) => {
    const r = runParse([name], reader);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(new RegExp(`^parse: ${name.replace(".", "\\.")}: .*${problem}`));
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("reads a Windows Latin-1 file and warns about the encoding", () => {
    const latin1 = new Uint8Array([...enc.encode(BULLETIN.replace("Engineers", "Engineers\u0093")).filter((b) => b < 128), 0x93, 0x2e]);
    const r = runParse(["old.txt"], files({ "old.txt": bytes(latin1) }));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).warnings[0]).toMatchObject({ kind: "encoding" });
  });

  it("asks for a file when none is given", () => {
    expect(runParse([], files({}))).toMatchObject({ code: 2, stdout: "" });
  });
});

describe("runParse on files in other encodings", () => {
  it("reads a UTF-16 file (Notepad's “Unicode”) like its UTF-8 copy, without a warning", () => {
    const utf8 = JSON.parse(runParse(["rca-700.txt"], files({ "rca-700.txt": bytes(BULLETIN) })).stdout);
    for (const endian of ["le", "be"] as const) {
      const r = runParse(["rca-700.txt"], files({ "rca-700.txt": bytes(encodeUtf16(BULLETIN, endian)) }));
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual(utf8);
    }
  });

  it("reads a KOI8-R file and names the encoding in a warning", () => {
    const russian = BULLETIN.replace("Engineers at the site say", "Инженеры на стройке говорят, что ушли почти все рабочие, а");
    const r = runParse(["rca-700.txt"], files({ "rca-700.txt": bytes(encodeEightBit(russian, "koi8-r")) }));
    expect(r.code).toBe(0);
    const b = JSON.parse(r.stdout);
    expect(b.warnings[0]).toEqual({ kind: "encoding", message: expect.stringContaining("KOI8-R"), line: null });
    expect(b.articles[0].paragraphs[0].text).toMatch(/^Инженеры на стройке/);
  });

  it("refuses a file over the size limit and states the limit", () => {
    const r = runParse(["big.txt"], () => ({ ok: true, bytes: new Uint8Array(0), size: MAX_SOURCE_BYTES + 512 * 1024 }));
    expect(r).toEqual({ code: 2, stdout: "", stderr: "parse: big.txt: too large (2.5 MB); the limit is 2 MB per file\n" });
  });
});

describe("the parse CLI as a process", { timeout: 60_000 }, () => {
  const root = fileURLToPath(new URL("../../", import.meta.url));
  const run = (file: string) => spawnSync(process.execPath, ["--import", "tsx", "src/cli/parse.ts", file], { cwd: root, encoding: "utf8" });

  it("prints JSON for a bulletin and refuses a directory and a missing file", () => {
    const dir = mkdtempSync(join(tmpdir(), "parse-cli-"));
    const file = join(dir, "rca-700.txt");
    writeFileSync(file, BULLETIN);
    const ok = run(file);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).id).toBe("rca-700");
    const d = run(dir);
    expect([d.status, d.stdout, d.stderr.trim()]).toEqual([2, "", `parse: ${dir}: is a directory, not a file`]);
    const m = run(join(dir, "nope.txt"));
    expect([m.status, m.stdout]).toEqual([2, ""]);
    expect(m.stderr).toMatch(/no such file/);
  });
});
