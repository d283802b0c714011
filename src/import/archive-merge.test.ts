import { describe, expect, it } from "vitest";
import { buildArchive } from "../site-generator/archive-index.ts";
import { mergeArchive } from "./archive-merge.ts";
import { makeBulletin } from "./fixtures/make-bulletin.ts";

describe("mergeArchive", () => {
  it("lists imports among the bundled bulletins, newest first", () => {
    const built = buildArchive([makeBulletin("rca-1", { date: "2009-01-01" }), makeBulletin("rca-3", { date: "2009-03-01" })]);
    const merged = mergeArchive(built, [makeBulletin("crs-2", { date: "2009-02-01", seriesCode: "CRS" })]);
    expect(merged.bulletins.map((b) => b.id)).toEqual(["rca-3", "crs-2", "rca-1"]);
    expect(merged.bulletins[1]?.articles[0]?.headline).toBe("River Town Floods");
  });

  it("lets an import with a bundled id replace it, leaving one entry per id", () => {
    const built = buildArchive([makeBulletin("rca-1", { title: "bundled" })]);
    const merged = mergeArchive(built, [makeBulletin("rca-1", { title: "imported" })]);
    expect(merged.bulletins.map((b) => b.title)).toEqual(["imported"]);
  });

  it("leaves the archive as it was when nothing is imported", () => {
    const built = buildArchive([makeBulletin("rca-1")]);
    expect(mergeArchive(built, [])).toEqual(built);
  });
});
