// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { makeArticle, makeBulletin } from "../testing/bulletins.ts";
import { atomFeed, MAX_FEED_ENTRIES } from "./atom.ts";

const SITE = "https://bulletins.example.org";
const ATOM = "http://www.w3.org/2005/Atom";

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`not well-formed: ${error.textContent}`);
  return doc;
}
const text = (el: Element, tag: string) => el.getElementsByTagNameNS(ATOM, tag)[0]?.textContent ?? null;

const older = makeBulletin({
  id: "xyz-1",
  date: "2002-01-10",
  articles: [makeArticle({ slug: "old-story", headline: "Old Story", authors: [] })],
});
const newer = makeBulletin({
  id: "xyz-2",
  date: "2002-02-10",
  articles: [
    makeArticle({
      slug: "hostile-text",
      headline: 'Tom & Jerry <script>alert("x")</script>\u0007',
      summary: "Prices up 5% & <b>rising</b>",
      authors: [
        { name: "Ann Writer", location: "Bishkek", locations: ["Bishkek"] },
        { name: "Bo Reporter", location: null, locations: [] },
      ],
    }),
  ],
});

describe("Atom feed", () => {
  it("is well-formed XML with one entry per article, newest first, keyed by the article URL", () => {
    const doc = parse(atomFeed([older, newer], SITE));
    const entries = [...doc.getElementsByTagNameNS(ATOM, "entry")];
    expect(entries.map((e) => text(e, "id"))).toEqual([
      `${SITE}/bulletins/xyz-2/articles/hostile-text`,
      `${SITE}/bulletins/xyz-1/articles/old-story`,
    ]);
    expect(text(doc.documentElement, "updated")).toBe("2002-02-10T00:00:00Z");
    expect(entries.map((e) => text(e, "updated"))).toEqual(["2002-02-10T00:00:00Z", "2002-01-10T00:00:00Z"]);
  });

  it("carries hostile bulletin text as text, never as markup, and drops characters XML forbids", () => {
    const xml = atomFeed([newer], SITE);
    expect(xml).not.toContain("<script>");
    const entry = parse(xml).getElementsByTagNameNS(ATOM, "entry")[0]!;
    expect(text(entry, "title")).toBe('Tom & Jerry <script>alert("x")</script>');
    expect(text(entry, "summary")).toBe("Prices up 5% & <b>rising</b>");
    expect([...entry.getElementsByTagNameNS(ATOM, "name")].map((n) => n.textContent)).toEqual([
      "Ann Writer",
      "Bo Reporter",
    ]);
  });

  it("gives an undated article the newest date rather than breaking the feed", () => {
    const undated = makeBulletin({ id: "xyz-3", date: null, articles: [makeArticle({ slug: "no-date" })] });
    const entries = [...parse(atomFeed([undated, older], SITE)).getElementsByTagNameNS(ATOM, "entry")];
    expect(entries.map((e) => [text(e, "id"), text(e, "updated")])).toEqual([
      [`${SITE}/bulletins/xyz-1/articles/old-story`, "2002-01-10T00:00:00Z"],
      [`${SITE}/bulletins/xyz-3/articles/no-date`, "2002-01-10T00:00:00Z"],
    ]);
  });

  it("keeps only the newest entries of a large archive", () => {
    const many = Array.from({ length: MAX_FEED_ENTRIES + 5 }, (_, i) =>
      makeBulletin({ id: `xyz-${i + 10}`, date: `2001-01-01`, articles: [makeArticle({ slug: `s${i}` })] }),
    );
    const latest = makeBulletin({ id: "xyz-9999", date: "2009-09-09", articles: [makeArticle({ slug: "latest" })] });
    const entries = [...parse(atomFeed([...many, latest], SITE)).getElementsByTagNameNS(ATOM, "entry")];
    expect(entries).toHaveLength(MAX_FEED_ENTRIES);
    expect(text(entries[0]!, "id")).toBe(`${SITE}/bulletins/xyz-9999/articles/latest`);
  });
});
