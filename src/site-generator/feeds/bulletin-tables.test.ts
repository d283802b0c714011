import { describe, expect, it } from "vitest";
import { makeArticle, makeBulletin } from "../testing/bulletins.ts";
import { quotesCsv, statisticsCsv } from "./bulletin-tables.ts";
import { feedEmitters, quotesCsvFile, statisticsCsvFile } from "./index.ts";

const SITE = "https://bulletins.example.org";

const bulletin = makeBulletin({
  id: "xyz-12",
  date: "2003-04-05",
  people: [
    { id: "gulnara-beisenova", name: "Gulnara Beisenova", aliases: [], roles: ["deputy mayor", "economist"], mentions: [] },
  ],
  articles: [
    makeArticle({
      slug: "water-prices-rise",
      headline: "Water Prices Rise",
      issueTag: { code: "XYZ", number: 12, date: "2003-04-01" },
      quotes: [
        {
          id: "q1",
          text: "We cannot pay, not this year",
          paragraphId: "p1",
          start: 0,
          end: 28,
          speaker: { name: "Gulnara Beisenova", personId: "gulnara-beisenova" },
          attribution: "explicit",
          unclosed: false,
        },
        {
          id: "q2",
          text: "=1+1",
          paragraphId: "p1",
          start: 30,
          end: 34,
          speaker: { name: "a local trader", personId: null },
          attribution: "unnamed",
          unclosed: false,
        },
      ],
      statistics: [
        {
          id: "s1",
          value: 6000,
          unit: "KZT",
          text: "about 6,000 tenge [50 US dollars]",
          paragraphId: "p1",
          start: 0,
          end: 10,
          kind: "money",
          qualifier: "about",
          conversion: { value: 50, unit: "USD", text: "50 US dollars" },
        },
      ],
    }),
  ],
});

const rows = (csv: string) => csv.replace(/^\uFEFF/, "").trimEnd().split("\r\n");

describe("bulletin tables", () => {
  it("lists each quote with its speaker's roles, article, date and a link to the quote", () => {
    expect(rows(quotesCsv(bulletin, SITE))).toEqual([
      "speaker,role,quote,article,date,link,attribution",
      `Gulnara Beisenova,deputy mayor; economist,"We cannot pay, not this year",Water Prices Rise,2003-04-01,${SITE}/bulletins/xyz-12/articles/water-prices-rise#q1,explicit`,
      `a local trader,,'=1+1,Water Prices Rise,2003-04-01,${SITE}/bulletins/xyz-12/articles/water-prices-rise#q2,unnamed`,
    ]);
  });

  it("lists each statistic with its value, unit, conversion and link", () => {
    expect(rows(statisticsCsv(bulletin, SITE))).toEqual([
      "value,unit,kind,qualifier,as written,converted value,converted unit,article,date,link",
      `6000,KZT,money,about,"about 6,000 tenge [50 US dollars]",50,USD,Water Prices Rise,2003-04-01,${SITE}/bulletins/xyz-12/articles/water-prices-rise#s1`,
    ]);
  });

  it("emits both tables beside the bulletin's JSON, and a header-only table when there is nothing", () => {
    const empty = makeBulletin({ id: "xyz-13" });
    const files = feedEmitters({ siteUrl: SITE })
      .flatMap((emit) => emit([bulletin, empty]))
      .map((f) => f.fileName);
    expect(files).toEqual(
      expect.arrayContaining([quotesCsvFile("xyz-12"), statisticsCsvFile("xyz-12"), quotesCsvFile("xyz-13")]),
    );
    expect(quotesCsvFile("xyz-12")).toBe("data/bulletins/xyz-12.quotes.csv");
    expect(rows(quotesCsv(empty, SITE))).toHaveLength(1);
  });
});
