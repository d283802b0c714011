import { describe, expect, it } from "vitest";
import { authorLocations, closingLine, compareBulletin, fold, percentLine, summarise, unmatched, type Expectation, type ParsedBulletin } from "./compare.ts";

// Made-up bulletin facts in the shapes real copies take.
const expectation: Expectation = {
  source: "https://example.org/list/msg1.html",
  series: "Reporting Central Asia",
  seriesCode: "RCA",
  issue: 701,
  part: null,
  date: "2010-03-04",
  toc: ["ORCHARD TOWNS LOSE THEIR WELLS", null, "RIVER PORT “REBORN”"],
  firstArticle: { authors: [{ name: "Aigerim Testova", locations: ["Taraz", "Almaty"] }] },
  articleTextPresent: true,
};

function parsed(over: Partial<ParsedBulletin> = {}): ParsedBulletin {
  return {
    series: "Reporting Central Asia",
    seriesCode: "RCA",
    issue: 701,
    part: null,
    date: "2010-03-04",
    toc: [{ headlineRaw: "Orchard Towns Lose Their Wells" }, { headlineRaw: null }, { headlineRaw: "RIVER PORT 'REBORN'" }],
    articles: [
      { authors: [{ name: "Aigerim Testova", location: "Taraz and Almaty" }], paragraphs: [{}] },
      { authors: [], paragraphs: [{}] },
      { authors: [], paragraphs: [{}] },
    ],
    warnings: [],
    ...over,
  };
}

const field = (r: ReturnType<typeof compareBulletin>, name: string) => r.fields.find((f) => f.field === name);

describe("compareBulletin", () => {
  it("counts a copy right when every written fact matches, folding case, punctuation and quotes in headlines", () => {
    const r = compareBulletin("a.txt", expectation, { ok: true, bulletin: parsed() });
    expect(r.fields.filter((f) => !f.right)).toEqual([]);
    expect(r.right).toBe(true);
  });

  it("marks a wrong issue and a headline out of place, with what was read", () => {
    const r = compareBulletin("a.txt", expectation, {
      ok: true,
      bulletin: parsed({ issue: 2010, toc: [{ headlineRaw: "ORCHARD TOWNS LOSE THEIR WELLS" }, { headlineRaw: "KURT SCHORK AWARDS" }, { headlineRaw: "RIVER PORT REBORN" }] }),
    });
    expect(field(r, "issue")).toMatchObject({ right: false, got: 2010, expected: 701 });
    expect(field(r, "toc")).toMatchObject({ right: false, note: "2/3 headlines in place, 3 entries read" });
    expect(r.right).toBe(false);
  });

  it("wants null where the copy says nothing, not a guess", () => {
    const r = compareBulletin("a.txt", { source: "s", issue: null, date: null }, { ok: true, bulletin: parsed({ issue: 2009, date: null }) });
    expect(field(r, "issue")?.right).toBe(false);
    expect(field(r, "date")?.right).toBe(true);
  });

  it("does not score a field left out of the expectation", () => {
    const r = compareBulletin("a.txt", { source: "s", seriesCode: "CRS" }, { ok: true, bulletin: parsed({ issue: 1 }) });
    expect(r.fields.map((f) => f.field)).toEqual(["seriesCode"]);
  });

  it("reads several places from one author's location, and from `locations` when the parser gives it", () => {
    const split = compareBulletin("a.txt", expectation, {
      ok: true,
      bulletin: parsed({ articles: [{ authors: [{ name: "Aigerim Testova", location: "Almaty" }], paragraphs: [{}] }] }),
    });
    expect(field(split, "firstArticle.authors")?.right).toBe(false);
    const list = compareBulletin("a.txt", expectation, {
      ok: true,
      bulletin: parsed({ articles: [{ authors: [{ name: "AIGERIM TESTOVA", location: null, locations: ["Almaty", "Taraz"] }], paragraphs: [{}] }] }),
    });
    expect(field(list, "firstArticle.authors")?.right).toBe(true);
  });

  it("counts a refusal as a miss of every written fact", () => {
    const r = compareBulletin("a.txt", expectation, { ok: false, problem: "refused: not an IWPR bulletin" });
    expect(r.right).toBe(false);
    expect(r.problem).toBe("refused: not an IWPR bulletin");
    expect(r.fields).toHaveLength(8);
    expect(r.fields.every((f) => !f.right)).toBe(true);
  });

  it("requires a missing-text warning when the parse has fewer articles than contents entries", () => {
    const cut = parsed({ articles: [{ authors: [{ name: "Aigerim Testova", location: "Taraz and Almaty" }], paragraphs: [{}] }] });
    const silent = compareBulletin("a.txt", expectation, { ok: true, bulletin: cut });
    expect(field(silent, "warned")).toMatchObject({ right: false, note: "3 contents entries, 1 articles, no missing-text warning" });
    const told = compareBulletin("a.txt", expectation, { ok: true, bulletin: { ...cut, warnings: [{ kind: "missing-text" }] } });
    expect(field(told, "warned")?.right).toBe(true);
    expect(told.right).toBe(true);
  });

  it("requires the warning when the parse found no contents at all", () => {
    const r = compareBulletin("a.txt", { source: "s" }, { ok: true, bulletin: parsed({ toc: [], warnings: [{ kind: "dropped-line" }] }) });
    expect(field(r, "warned")?.right).toBe(false);
  });

  it("says article text is present only when an article has paragraphs", () => {
    const r = compareBulletin("a.txt", { source: "s", articleTextPresent: true }, { ok: true, bulletin: parsed({ articles: [{ authors: [], paragraphs: [] }] }) });
    expect(field(r, "articleTextPresent")).toMatchObject({ right: false, got: false });
  });
});

describe("helpers", () => {
  it("folds case, punctuation and spacing", () => {
    expect(fold("  KAZAK-UZBEK  Border’s “Smugglers”. ")).toBe(fold("kazak uzbek border's smugglers"));
  });

  it("splits a location at commas and and", () => {
    expect(authorLocations({ location: "Shymkent, Saryagash and Almaty" })).toEqual(["Shymkent", "Saryagash", "Almaty"]);
    expect(authorLocations({ location: "Osh, Naryn, and Talas" })).toEqual(["Osh", "Naryn", "Talas"]);
    expect(authorLocations({ location: null })).toEqual([]);
  });

  it("sums bulletins and fields into the closing line", () => {
    const right = compareBulletin("a.txt", expectation, { ok: true, bulletin: parsed() });
    const wrong = compareBulletin("b.txt", expectation, { ok: false, problem: "crashed" });
    const s = summarise([right, wrong]);
    expect(closingLine(s)).toBe("real: 1/2 bulletins right, 8 fields wrong");
    expect(percentLine(s)).toBe("fields right: 8/16 (50.0%)");
    expect(s.missesByField.toc).toBe(1);
  });

  it("reports files without expectations and expectations without files", () => {
    expect(unmatched(["a.txt", "c.txt"], { "a.txt": {}, "b.txt": {} })).toEqual({ filesWithout: ["c.txt"], expectationsWithout: ["b.txt"] });
  });
});
