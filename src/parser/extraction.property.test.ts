// Property tests for what extraction adds on top of the structure: whatever the input
// (arbitrary text, or damaged copies of bulletins in the real forms), every quote,
// statistic, reported speech and mention points into its paragraph, its text is that
// slice, and ids are unique where the schema says so. Also: the strict entry point
// fails only with its typed not-a-bulletin error.
import { readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Bulletin } from "./model/index.ts";
import { NotABulletinError, parseBulletin, parseBulletinOrThrow } from "./index.ts";

const sources = (dir: URL) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(new URL(f, dir), "utf8"));

// Made-up bulletins in the real forms (the parser's fixtures and the import tests'), none from the sample.
const SOURCES = [...sources(new URL("./fixtures/", import.meta.url)), ...sources(new URL("../../e2e/fixtures/", import.meta.url))].filter((t) =>
  /IWPR/i.test(t),
);

function checkExtraction(b: Bulletin) {
  const unique = (ids: string[], what: string) => expect(new Set(ids).size, `${what} ids unique: ${ids.join(",")}`).toBe(ids.length);
  unique(b.people.map((p) => p.id), "person");
  unique(b.places.map((p) => p.id), "place");
  const paragraphsBySlug = new Map(b.articles.map((a) => [a.slug, new Map(a.paragraphs.map((p) => [p.id, p.text]))]));

  const inside = (paragraphs: Map<string, string>, span: { paragraphId: string; start: number; end: number }, where: string) => {
    const text = paragraphs.get(span.paragraphId);
    expect(text, `${where}: paragraph ${span.paragraphId} exists`).toBeDefined();
    expect(span.start, where).toBeGreaterThanOrEqual(0);
    expect(span.start, where).toBeLessThanOrEqual(span.end);
    expect(span.end, where).toBeLessThanOrEqual(text!.length);
    return text!.slice(span.start, span.end);
  };

  for (const a of b.articles) {
    const paragraphs = paragraphsBySlug.get(a.slug)!;
    unique([...a.paragraphs.map((p) => p.id), ...a.quotes.map((q) => q.id), ...a.statistics.map((s) => s.id), ...a.reportedSpeech.map((r) => r.id)], `anchor in ${a.slug}`);
    for (const q of a.quotes) expect(inside(paragraphs, q, `quote ${q.id}`)).toBe(q.text);
    for (const s of a.statistics) expect(inside(paragraphs, s, `statistic ${s.id}`)).toBe(s.text);
    for (const r of a.reportedSpeech) inside(paragraphs, r, `reported speech ${r.id}`);
  }
  for (const entity of [...b.people, ...b.places]) {
    for (const m of entity.mentions) {
      const paragraphs = paragraphsBySlug.get(m.articleSlug);
      expect(paragraphs, `${entity.id}: mention in article ${m.articleSlug}`).toBeDefined();
      expect(inside(paragraphs!, m, `mention of ${entity.id}`).length).toBeGreaterThan(0);
    }
  }
}

/** Damage of the kinds real copies show, applied to whole bulletins. */
const damage = fc.oneof(
  fc.record({ kind: fc.constant("drop-lines" as const), picks: fc.array(fc.nat(), { minLength: 1, maxLength: 10 }) }),
  fc.record({ kind: fc.constant("cut" as const), at: fc.double({ min: 0.05, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.string({ maxLength: 30 }) }),
  fc.record({ kind: fc.constant("quotes" as const), curly: fc.boolean() }),
  fc.record({ kind: fc.constant("crlf" as const) }),
);
type Damage = typeof damage extends fc.Arbitrary<infer T> ? T : never;

function applyDamage(text: string, d: Damage): string {
  switch (d.kind) {
    case "drop-lines": {
      const lines = text.split("\n");
      const drop = new Set(d.picks.map((p) => p % lines.length));
      return lines.filter((_, i) => !drop.has(i)).join("\n");
    }
    case "cut":
      return text.slice(0, Math.floor(text.length * d.at));
    case "insert": {
      const at = d.at % (text.length + 1);
      return text.slice(0, at) + d.text + text.slice(at);
    }
    case "quotes":
      return d.curly ? text.replace(/"([^"\n]*)"/g, "“$1”") : text.replace(/[“”]/g, '"');
    case "crlf":
      return text.replace(/\n/g, "\r\n");
  }
}

describe("extraction properties", { timeout: 120_000 }, () => {
  it("has fixtures with extracted spans to check", () => {
    expect(SOURCES.length).toBeGreaterThanOrEqual(2);
    const spans = SOURCES.map((s) => parseBulletin(s, {})).reduce(
      (n, b) => n + [...b.people, ...b.places].reduce((m, e) => m + e.mentions.length, 0) + b.articles.reduce((m, a) => m + a.quotes.length + a.statistics.length, 0),
      0,
    );
    expect(spans).toBeGreaterThan(0);
  });

  it("keeps offsets inside paragraphs, texts equal to their slices, and ids unique, on damaged bulletins", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SOURCES), fc.array(damage, { minLength: 1, maxLength: 3 }), (source, ds) => {
        checkExtraction(parseBulletin(ds.reduce(applyDamage, source), { fileName: "x.txt" }));
      }),
      { numRuns: 40 },
    );
  });

  it("keeps the same invariants on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: "grapheme" }), (s) => {
        checkExtraction(parseBulletin(s, { fileName: "x.txt" }));
      }),
      { numRuns: 150 },
    );
  });

  it("the strict entry point either returns a bulletin or throws its typed not-a-bulletin error", () => {
    const input = fc.oneof(
      fc.string({ maxLength: 200, unit: "binary" }),
      fc.tuple(fc.constantFrom(...SOURCES), damage).map(([s, d]) => applyDamage(s, d)),
    );
    fc.assert(
      fc.property(input, (s) => {
        try {
          checkExtraction(parseBulletinOrThrow(s, { fileName: "x.txt" }));
        } catch (error) {
          if (!(error instanceof NotABulletinError)) throw error;
        }
      }),
      { numRuns: 80 },
    );
  });
});
