// Property tests: on arbitrary strings and on damaged copies of real-form bulletins,
// parseBulletin never throws and keeps its invariants.
import { readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import type { Bulletin } from "./model/index.ts";
import { BulletinSchema } from "./model/schema.ts";
import { parseBulletin } from "./index.ts";

const fixturesDir = new URL("./fixtures/", import.meta.url);
const SOURCES: string[] = [
  readFileSync(new URL("../../bulletins/rca-565-part-2.txt", import.meta.url), "utf8"),
  ...readdirSync(fixturesDir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(new URL(f, fixturesDir), "utf8")),
];

const letters = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** The invariants every parse keeps, whatever the input. */
function checkInvariants(text: string, b: Bulletin) {
  const r = v.safeParse(BulletinSchema, b);
  expect(r.success, JSON.stringify(r.issues?.[0])).toBe(true);
  const sourceLines = text.split(/\r\n?|\n/);
  const slugs = new Set(b.articles.map((a) => a.slug));
  expect(slugs.size).toBe(b.articles.length);
  for (const a of b.articles) {
    expect(new Set(a.paragraphs.map((p) => p.id)).size).toBe(a.paragraphs.length);
    for (const p of a.paragraphs) {
      expect(p.text.trim().length).toBeGreaterThan(0);
      expect(p.text).not.toContain("\n");
      const { startLine, endLine } = p.lines;
      expect(startLine).toBeGreaterThanOrEqual(1);
      expect(endLine).toBeGreaterThanOrEqual(startLine);
      expect(endLine).toBeLessThanOrEqual(sourceLines.length);
      // Traceable: the paragraph's letters and digits, in order, are those of its source lines.
      const span = letters(sourceLines.slice(startLine - 1, endLine).join(" "));
      expect(span.includes(letters(p.text)), `${p.id} of ${a.slug} not found in lines ${startLine}-${endLine}`).toBe(true);
    }
  }
  for (const w of b.warnings) if (w.line !== null) expect(w.line).toBeLessThanOrEqual(sourceLines.length);
}

/** Damage of the kinds real copies show. */
const mutation = fc.oneof(
  // Line-level de-duplication: drop some lines.
  fc.record({ kind: fc.constant("drop" as const), seed: fc.array(fc.nat(), { minLength: 1, maxLength: 12 }) }),
  // Re-wrapped at another width.
  fc.record({ kind: fc.constant("rewrap" as const), width: fc.integer({ min: 20, max: 160 }) }),
  // Quote marks swapped between curly and straight.
  fc.record({ kind: fc.constant("quotes" as const), curly: fc.boolean() }),
  // A reposted mail: every line prefixed with `> `.
  fc.record({ kind: fc.constant("prefix" as const), marker: fc.constantFrom("> ", ">", "> > ") }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function rewrap(text: string, width: number): string {
  return text
    .split(/\n\s*\n/)
    .map((para) => {
      const words = para.split(/\s+/).filter(Boolean);
      const out: string[] = [];
      let line = "";
      for (const w of words) {
        if (line !== "" && line.length + 1 + w.length > width) {
          out.push(line);
          line = w;
        } else line = line === "" ? w : `${line} ${w}`;
      }
      if (line) out.push(line);
      return out.join("\n");
    })
    .join("\n\n");
}

function mutate(text: string, m: Mutation): string {
  switch (m.kind) {
    case "drop": {
      const lines = text.split("\n");
      const drop = new Set(m.seed.map((s) => s % lines.length));
      return lines.filter((_, i) => !drop.has(i)).join("\n");
    }
    case "rewrap":
      return rewrap(text, m.width);
    case "quotes":
      return m.curly ? text.replace(/"([^"\n]*)"/g, "“$1”").replace(/'/g, "’") : text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
    case "prefix":
      return text
        .split("\n")
        .map((l) => m.marker + l)
        .join("\n");
  }
}

// Generous timeouts: the machine is shared, and each run parses whole bulletins.
describe("parseBulletin properties", { timeout: 120_000 }, () => {
  it("never throws on arbitrary strings and keeps its invariants", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (s) => {
        checkInvariants(s, parseBulletin(s, { fileName: "x.txt" }));
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on strings made of bulletin-like lines", () => {
    const line = fc.constantFrom(
      "WELCOME TO IWPR'S REPORTING CENTRAL ASIA, No. 1 Part Two, February 7, 2009",
      "HEADLINE WORDS HERE  A summary sentence.  By A B in C (RCA No. 2, 07-Feb-09)",
      "By A B in C",
      "**** www.iwpr.net",
      ">From here on",
      "> quoted line",
      "",
      "",
      "A B is an IWPR-trained reporter in C.",
      "Body text that goes on and on",
      "“Quoted speech,” he said.",
      "SPECIAL REPORT",
      "CAUCASUS NEWS UPDATE",
      "June 30 Police in Baku detained two reporters.",
      "Date: Sat, 7 Feb 2009",
      "???????",
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => {
        const s = lines.join("\n");
        checkInvariants(s, parseBulletin(s, {}));
      }),
      { numRuns: 300 },
    );
  });

  it("survives damaged copies of bulletins: lines dropped, re-wrapped, quotes swapped, `>` prefixed", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SOURCES), fc.array(mutation, { minLength: 1, maxLength: 3 }), (source, ms) => {
        const text = ms.reduce(mutate, source);
        const b = parseBulletin(text, { fileName: "rca-1.txt" });
        checkInvariants(text, b);
      }),
      { numRuns: 60 },
    );
  });

  it("still finds the articles of a bulletin quoted whole with `> ` or re-wrapped", () => {
    for (const source of SOURCES) {
      const plain = parseBulletin(source, {});
      const quoted = parseBulletin(mutate(source, { kind: "prefix", marker: "> " }), {});
      expect(quoted.articles.map((a) => [a.headline, a.paragraphs.length])).toEqual(plain.articles.map((a) => [a.headline, a.paragraphs.length]));
      const swapped = parseBulletin(mutate(source, { kind: "quotes", curly: false }), {});
      expect(swapped.articles.map((a) => a.headline.replace(/’/g, "'"))).toEqual(plain.articles.map((a) => a.headline.replace(/’/g, "'")));
    }
  });
});
