import { describe, expect, it } from "vitest";
import { sampleArchive } from "../search/testing/bulletins.ts";
import { buildViewRows } from "./build.ts";
import { filterQuotes } from "./filters.ts";
import { HEAD_ROWS, peopleHead, quotesHead } from "./head.ts";
import { VIEWS_VERSION } from "./model.ts";

describe("view heads", () => {
  const rows = buildViewRows(sampleArchive());
  const quotes = { version: VIEWS_VERSION, articles: rows.articles, places: rows.places, quotes: rows.quotes } as const;

  it("hold the unfiltered view's first rows, with the articles and places they point at", () => {
    const head = quotesHead(quotes);
    expect(head.total).toBe(rows.quotes.length);
    const first = filterQuotes(rows.quotes, rows.articles, rows.places, {}).slice(0, HEAD_ROWS);
    expect(head.rows.map((r) => r.text)).toEqual(first.map((r) => r.text));
    for (const [i, r] of head.rows.entries()) {
      expect(head.articles[r.a]).toEqual(rows.articles[first[i]!.a]);
      expect(r.pl.map((p) => head.places[p]!.id)).toEqual(first[i]!.pl.map((p) => rows.places[p]!.id));
    }
    expect(head.articles.length).toBeLessThanOrEqual(rows.articles.length);
  });

  it("carry the whole archive's choices: series, years, places and who is quoted most", () => {
    const head = quotesHead(quotes);
    expect(head.choices.series).toEqual(["MUR"]);
    expect(head.choices.years).toEqual([2008, 2009]);
    expect(head.choices.places.map((p) => p.label)).toContain("Pervomaysky (1)");
    expect(head.top[0]!.count).toBe(2);
    const people = peopleHead({ version: VIEWS_VERSION, people: rows.people });
    expect(people.rows[0]!.name).toMatch(/^Nursultan/);
    expect(people.total).toBe(rows.people.length);
  });
});
