import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { computeParserVersion, parserVersion } from "./parser-version.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "parser-src-"));
  mkdirSync(join(dir, "extract"));
  writeFileSync(join(dir, "index.ts"), "export const a = 1;\n");
  writeFileSync(join(dir, "extract", "quotes.ts"), "export const said = /said/;\n");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("parser version", () => {
  it("changes when a parser rule changes", () => {
    const before = computeParserVersion(dir);
    writeFileSync(join(dir, "extract", "quotes.ts"), "export const said = /said|told/;\n");
    expect(computeParserVersion(dir)).not.toBe(before);
  });

  it("does not change when only a test changes", () => {
    const before = computeParserVersion(dir);
    writeFileSync(join(dir, "extract", "quotes.test.ts"), "it('x', () => {});\n");
    expect(computeParserVersion(dir)).toBe(before);
  });

  it("names the schema version and is safe as a folder name", () => {
    expect(parserVersion()).toMatch(/^s\d+-[0-9a-f]{12}$/);
  });
});
