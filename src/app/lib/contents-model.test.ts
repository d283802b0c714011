import { describe, expect, it } from "vitest";
import type { TocEntry } from "../../parser/model/index.ts";
import { fixtureBulletin, fixtureWith } from "../test-fixtures/bulletin.fixture.ts";
import { contentsItems } from "./contents-model.ts";

const article = fixtureBulletin.articles[0]!;
const entry = (headlineRaw: string | null, articleSlug: string | null): TocEntry => ({
  headlineRaw,
  summary: `Summary of ${headlineRaw ?? "an entry"}.`,
  byline: "By Reporter Name in Khujand",
  issueTag: null,
  section: null,
  articleSlug,
  lines: { startLine: 3, endLine: 4 },
});
const other = { ...article, slug: "second-story", headline: "Second Story" };
const third = { ...article, slug: "third-story", headline: "Third Story" };

describe("contentsItems", () => {
  it("lists a contents-only copy's entries, readable, as not in this copy", () => {
    const b = fixtureWith({ articles: [], toc: [entry("PRICES SOAR IN DUSHANBE", null), entry(null, null)] });
    expect(contentsItems(b)).toEqual([
      { kind: "missing", entry: b.toc[0], headline: "Prices Soar in Dushanbe" },
      { kind: "missing", entry: b.toc[1], headline: null },
    ]);
  });

  it("keeps the contents' order, with the missing entry where the bulletin had it", () => {
    const b = fixtureWith({
      articles: [article, other],
      toc: [entry("FIRST", article.slug), entry("LOST STORY", null), entry("SECOND", other.slug)],
    });
    expect(contentsItems(b).map((i) => (i.kind === "article" ? i.article.slug : `missing:${i.headline}`))).toEqual([
      article.slug,
      "missing:Lost Story",
      other.slug,
    ]);
  });

  it("lists articles no entry names where they fall, and every article once", () => {
    const b = fixtureWith({
      articles: [article, other, third],
      toc: [entry("SECOND", other.slug), entry("SECOND AGAIN", other.slug)],
    });
    expect(contentsItems(b).map((i) => (i.kind === "article" ? i.article.slug : "missing"))).toEqual([
      article.slug,
      other.slug,
      third.slug,
    ]);
  });

  it("treats an entry naming an article the copy does not hold as missing", () => {
    const b = fixtureWith({ articles: [article], toc: [entry("GONE", "gone-story")] });
    expect(contentsItems(b).map((i) => i.kind)).toEqual(["missing", "article"]);
  });
});
