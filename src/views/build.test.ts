import { describe, expect, it } from "vitest";
import { sampleArchive } from "../search/testing/bulletins.ts";
import type { Bulletin } from "../parser/model/index.ts";
import { buildViewRows } from "./build.ts";
import { unitKind } from "./unit-kind.ts";

/** The sample archive with a figure in the first article's first paragraph. */
function withFigure(): Bulletin[] {
  const [first, second] = sampleArchive() as [Bulletin, Bulletin];
  const article = first.articles[0]!;
  const text = article.paragraphs[0]!.text;
  const word = "Monday";
  const start = text.indexOf(word);
  article.statistics.push({ id: "s1", value: 300, unit: "people", text: word, paragraphId: "p1", start, end: start + word.length, kind: "count", qualifier: null, conversion: null });
  return [first, second];
}

describe("buildViewRows", () => {
  it("merges a person across spellings and counts their quotes by year and series", () => {
    const rows = buildViewRows(withFigure());
    const president = rows.people.find((p) => p.name.startsWith("Nursultan"))!;
    expect(president.quotes).toBe(2);
    expect(president.roles).toEqual(expect.arrayContaining(["Prime Minister", "President"]));
    expect(president.first).toBe("2008-03-01");
    expect(president.last).toBe("2009-05-12");
    expect(president.act.map(([year, series, quotes]) => [year, series, quotes])).toEqual([
      [2008, "MUR", 1],
      [2009, "MUR", 1],
    ]);
  });

  it("gives each quote its archive person and the places its paragraph names", () => {
    const rows = buildViewRows(withFigure());
    const q = rows.quotes.find((r) => r.text.includes("Kazakstan will build"))!;
    const president = rows.people.find((p) => p.name.startsWith("Nursultan"))!;
    expect(q.pid).toBe(president.id);
    expect(q.pl.map((i) => rows.places[i]!.name).sort()).toEqual(["Kazakstan", "Pervomaysky"]);
    expect(rows.articles[q.a]).toMatchObject({ b: "mur-11", s: "army-housing", d: "2009-05-12", sr: "MUR" });
    const unnamed = rows.quotes.find((r) => r.text.includes("Nobody asked"))!;
    expect(unnamed.pid).toBeNull();
  });

  it("keeps each figure with its sentence, kind and places", () => {
    const rows = buildViewRows(withFigure());
    expect(rows.numbers).toHaveLength(1);
    const n = rows.numbers[0]!;
    expect(n).toMatchObject({ value: 300, k: "people", p: "p1", b: "mur-10" });
    expect(n.sentence).toBe("The flour mill in Ust-Kamenogorsk, the largest in eastern Kazakhstan, shut on Monday.");
    expect(n.pl.map((i) => rows.places[i]!.id).length).toBe(2);
  });

  it("counts a place's mentions across spellings", () => {
    const rows = buildViewRows(withFigure());
    const oskemen = rows.placeRows.find((p) => p.name === "Oskemen" || p.name === "Ust-Kamenogorsk")!;
    expect(oskemen.mentions).toBe(2);
    expect(oskemen.articles).toBe(2);
  });
});

describe("unitKind", () => {
  it("puts money under its currency, percentages and people apart, the rest together", () => {
    expect(unitKind({ kind: "money", unit: "USD" })).toBe("money-USD");
    expect(unitKind({ kind: "percent", unit: "percent" })).toBe("percent");
    expect(unitKind({ kind: "count", unit: "people" })).toBe("people");
    expect(unitKind({ kind: "count", unit: "companies" })).toBe("other");
    expect(unitKind({ kind: "rate", unit: "USD/day" })).toBe("other");
  });
});
