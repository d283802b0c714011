import { describe, expect, it } from "vitest";
import * as v from "valibot";
import fc from "fast-check";
import { ARCHIVE_HEAD_COUNT, ARCHIVE_VERSION, ArchiveHeadSchema, ArchiveSchema, archiveHead, archivePieces, buildArchive, piecesUpTo } from "./archive-index.ts";
import { ARCHIVE_HEAD_FILE, HASHED_DATA_DIR } from "./data-paths.ts";
import { VIRTUALISE_FROM } from "../app/routes/archive-list.tsx";
import { fixtureWith } from "../app/test-fixtures/bulletin.fixture.ts";
import { contentHash } from "../import/hash.ts";
import { contentHashSync } from "../import/hash-node.ts";
import { archiveEmitter, runEmitters } from "./emitters.ts";
import { makeArticle, makeBulletin } from "./testing/bulletins.ts";

describe("buildArchive", () => {
  it("lists bulletins newest first, undated last, and validates against its own schema", () => {
    const archive = buildArchive([
      fixtureWith({ id: "old", date: "2004-01-02" }),
      fixtureWith({ id: "undated", date: null }),
      fixtureWith({ id: "new", date: "2009-02-07" }),
    ]);
    expect(archive.bulletins.map((b) => b.id)).toEqual(["new", "old", "undated"]);
    expect(v.safeParse(ArchiveSchema, archive).success).toBe(true);
  });

  it("orders two parts of one issue with the later part first", () => {
    const archive = buildArchive([
      fixtureWith({ id: "p1", date: "2009-02-07", issue: 565, part: 1 }),
      fixtureWith({ id: "p2", date: "2009-02-07", issue: 565, part: 2 }),
    ]);
    expect(archive.bulletins.map((b) => b.id)).toEqual(["p2", "p1"]);
  });

  it("carries each article's slug, headline, summary, authors and date", () => {
    const [entry] = buildArchive([fixtureWith({})]).bulletins;
    expect(entry?.articles[0]).toEqual({
      slug: "valley-farmers-lose-harvest",
      headline: "Valley Farmers Lose Harvest",
      summary: "Drought leaves thousands of families without income.",
      section: "SPECIAL REPORT",
      authors: [{ name: "Rustam Nabiev", location: "Samarkand" }],
      date: "2006-03-14",
    });
    expect(entry?.warningCount).toBe(1);
  });
});

describe("sourceHash", () => {
  const text = "WELCOME TO IWPR'S MADE-UP SERVICE, No. 9, 2 June, 2005\n\nVALLEY FARMERS LOSE HARVEST\n";

  it("is written per bulletin by the archive emitter, and equals what an import of the same text (saved with CRLF) hashes to", async () => {
    const files = runEmitters([archiveEmitter], [fixtureWith({ id: "mus-9" }), fixtureWith({ id: "other" })], () => {}, {
      sourceHashes: new Map([["mus-9", contentHashSync(text)]]),
    });
    const head = v.parse(ArchiveHeadSchema, JSON.parse(files.get("data/archive-head.json") ?? "null"));
    const archive = v.parse(ArchiveSchema, JSON.parse(files.get(head.pieces[0]!.file) ?? "null"));
    const entry = archive.bulletins.find((b) => b.id === "mus-9");
    expect(entry?.sourceHash).toBe(await contentHash(`\uFEFF${text.replace(/\n/g, "\r\n")}`));
    // A bulletin whose source the build did not read (an import merged in the app) has none.
    expect(archive.bulletins.find((b) => b.id === "other")).not.toHaveProperty("sourceHash");
  });

  it("is optional in the schema, but must be a SHA-256 hex when present", () => {
    const [entry] = buildArchive([fixtureWith({})]).bulletins;
    const archive = (sourceHash: unknown) => ({ archiveVersion: ARCHIVE_VERSION, bulletins: [{ ...entry, sourceHash }] });
    expect(v.safeParse(ArchiveSchema, archive(undefined)).success).toBe(true);
    expect(v.safeParse(ArchiveSchema, archive("a".repeat(64))).success).toBe(true);
    expect(v.safeParse(ArchiveSchema, archive("not-a-hash")).success).toBe(false);
  });
});

describe("archiveHead", () => {
  const many = Array.from({ length: ARCHIVE_HEAD_COUNT + 5 }, (_, i) =>
    makeBulletin({ id: `hb-${i + 1}`, issue: i + 1, articles: Array.from({ length: (i % 3) + 1 }, (_, k) => makeArticle({ slug: `s-${k}` })) }),
  );

  it("lists the first bulletins in full and every bulletin's article count, in the archive's order", () => {
    const archive = buildArchive(many);
    const head = archiveHead(archive);
    expect(v.safeParse(ArchiveHeadSchema, head).success).toBe(true);
    expect(head.bulletins).toEqual(archive.bulletins.slice(0, ARCHIVE_HEAD_COUNT));
    expect(head.articleCounts).toEqual(archive.bulletins.map((b) => b.articles.length));
  });

  it("holds every bulletin of an archive small enough for the plain, unvirtualised list", () => {
    expect(ARCHIVE_HEAD_COUNT).toBeGreaterThanOrEqual(VIRTUALISE_FROM);
  });
});

describe("the index in pieces", () => {
  const many = Array.from({ length: 40 }, (_, i) =>
    makeBulletin({ id: `pc-${i + 1}`, issue: i + 1, articles: Array.from({ length: (i % 4) + 1 }, (_, k) => makeArticle({ slug: `s-${k}`, summary: "x".repeat(i * 7) })) }),
  );
  const archive = buildArchive(many);

  it("together are the whole index, in order, each within the size asked for", () => {
    fc.assert(
      fc.property(fc.integer({ min: 300, max: 20_000 }), (maxBytes) => {
        const pieces = archivePieces(archive, maxBytes);
        expect(pieces.flatMap((p) => p.bulletins)).toEqual(archive.bulletins);
        for (const p of pieces) {
          expect(v.safeParse(ArchiveSchema, p).success).toBe(true);
          if (p.bulletins.length > 1) expect(JSON.stringify(p).length).toBeLessThanOrEqual(maxBytes);
        }
      }),
    );
  });

  it("are written under content-hashed names and listed by the head; the piece holding a row is found by its index", () => {
    const files = runEmitters([archiveEmitter], many, () => {});
    expect(files.has("data/archive.json")).toBe(false);
    const head = v.parse(ArchiveHeadSchema, JSON.parse(files.get(ARCHIVE_HEAD_FILE)!));
    expect(head.pieces.map((p) => p.file).every((f) => new RegExp(`^${HASHED_DATA_DIR}/archive-[0-9a-f]{12}\\.json$`).test(f))).toBe(true);
    const joined = head.pieces.flatMap((p) => v.parse(ArchiveSchema, JSON.parse(files.get(p.file)!)).bulletins);
    expect(joined.map((b) => b.id)).toEqual(archive.bulletins.map((b) => b.id));
    const refs = archivePieces(archive, 2000).map((p, i) => ({ file: `p${i}`, bulletins: p.bulletins.length }));
    expect(refs.length).toBeGreaterThan(2);
    expect(piecesUpTo(refs, 0)).toBe(1);
    expect(piecesUpTo(refs, refs[0]!.bulletins - 1)).toBe(1);
    expect(piecesUpTo(refs, refs[0]!.bulletins)).toBe(2);
    expect(piecesUpTo(refs, archive.bulletins.length - 1)).toBe(refs.length);
  });
});
