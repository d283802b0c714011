import { describe, expect, it } from "vitest";
import * as v from "valibot";
import { ArchiveSchema, buildArchive } from "./archive-index.ts";
import { fixtureWith } from "../app/test-fixtures/bulletin.fixture.ts";

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
