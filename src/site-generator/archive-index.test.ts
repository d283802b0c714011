import { describe, expect, it } from "vitest";
import * as v from "valibot";
import { ARCHIVE_HEAD_COUNT, ArchiveHeadSchema, ArchiveSchema, archiveHead, buildArchive } from "./archive-index.ts";
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
    const archive = v.parse(ArchiveSchema, JSON.parse(files.get("data/archive.json") ?? "null"));
    const entry = archive.bulletins.find((b) => b.id === "mus-9");
    expect(entry?.sourceHash).toBe(await contentHash(`\uFEFF${text.replace(/\n/g, "\r\n")}`));
    // A bulletin whose source the build did not read (an import merged in the app) has none.
    expect(archive.bulletins.find((b) => b.id === "other")).not.toHaveProperty("sourceHash");
  });

  it("is optional in the schema, but must be a SHA-256 hex when present", () => {
    const [entry] = buildArchive([fixtureWith({})]).bulletins;
    const archive = (sourceHash: unknown) => ({ archiveVersion: 1, bulletins: [{ ...entry, sourceHash }] });
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
