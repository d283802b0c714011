import { describe, expect, it } from "vitest";
import { extractStatistics, statisticsInText } from "./index.ts";
import { articleOf } from "../quotes/fake-people.ts";
import { mayHoldNumber } from "./numbers.ts";

const stats = (text: string, series: string | null = null) => statisticsInText(text, series);
const values = (text: string) => stats(text).map((s) => s.value);

describe("numbers", () => {
  it("reads grouped digits, decimals and scale words", () => {
    expect(values("The mine employs 12,450 people.")).toEqual([12450]);
    expect(values("Exports reached 2.5 billion US dollars.")).toEqual([2.5e9]);
  });
  it("reads spelled-out numbers", () => {
    const [s] = stats("Three hundred and sixty-two families were moved.");
    expect(s).toMatchObject({ value: 362, unit: "families", text: "Three hundred and sixty-two families" });
    expect(stats("The fund holds one billion dollars.")[0]).toMatchObject({ value: 1e9, unit: "USD", kind: "money" });
  });
  it("does not count plural scale words or spelled numbers with nothing to count", () => {
    expect(stats("Thousands of people and hundreds of cars crossed; a day or two later one after the other left.")).toEqual([]);
    expect(stats("The two sides met four people from the ministry.")).toEqual([]);
    expect(values("Fifteen families and three per cent of the staff left.")).toEqual([15, 3]);
  });
});

describe("paragraphs passed over without a number in them", () => {
  it("still reads a number written only in words, in any case, or after a currency sign", () => {
    expect(values("Ninety-Five families were moved.")).toEqual([95]);
    expect(values("A MILLION people live there.")).toEqual([1e6]);
    expect(values("Prices rose by $5 a week.")).toHaveLength(1);
  });
  it("finds nothing in a paragraph without digits or number words", () => {
    expect(mayHoldNumber("The talks were postponed again, officials said.")).toBe(false);
    expect(mayHoldNumber("Someone's tone was seventeen times sharper.")).toBe(true);
  });
});

describe("two-digit years with an apostrophe", () => {
  it("reads `‘09` and `'05` as years, not counts, but keeps a count in quotes and a plain two-digit count", () => {
    expect(values("Officials said the ‘09 budget and the elections of '05 had changed little.")).toEqual([]);
    expect(values("She said: ‘45 families lost their homes.’")).toEqual([45]);
    expect(values("Since then 12 families have moved.")).toEqual([12]);
  });
});

describe("units, qualifiers, conversions", () => {
  it("normalises currencies and percentages", () => {
    expect(stats("Rents rose by 15 per cent to 8,000 soms.").map((s) => [s.value, s.unit, s.kind])).toEqual([[15, "percent", "percent"], [8000, "KGS", "money"]]);
    expect(stats("It cost $45 million.")[0]).toMatchObject({ value: 45e6, unit: "USD", text: "$45 million" });
    expect(stats("The fee is 300 manat.", "CRS")[0]!.unit).toBe("AZN");
  });
  it("reads the one-word German mark of the Balkan reports as a currency", () => {
    expect(stats("Customs fees cost the port 25 million Deutschmarks last year.")[0]).toMatchObject({ value: 25e6, unit: "DEM", kind: "money" });
    expect(stats("A ticket costs 7 Deutsche Marks.")[0]).toMatchObject({ value: 7, unit: "DEM", kind: "money" });
    expect(stats("The bank hired 60 Deutsche Bank advisers.")[0]?.unit).not.toBe("DEM");
  });
  it("keeps the qualifier in the text and on its own", () => {
    expect(stats("Police detained more than 300 protesters.")[0]).toMatchObject({ value: 300, qualifier: "more than", text: "more than 300 protesters", unit: "protesters" });
  });
  it("attaches a bracketed conversion to its figure", () => {
    const found = stats("A teacher earns 20,000 tenge [130 US dollars] a month.");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ value: 20000, unit: "KZT", conversion: { value: 130, unit: "USD", text: "130 US dollars" } });
  });
  it("makes a money figure per period a rate", () => {
    expect(stats("Guards are paid two US dollars a day.")[0]).toMatchObject({ value: 2, unit: "USD/day", kind: "rate" });
  });
  it("reads a range as one statistic from its lower bound", () => {
    const found = stats("Prices rose by between 10 and 15 per cent.");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ value: 10, unit: "percent", text: "between 10 and 15 per cent" });
  });
});

describe("changes from one figure to another", () => {
  it("reads `rose from X to Y unit` as two statistics, the old one taking the unit", () => {
    expect(stats("The price of bread had risen from 12 to 20 US dollars by June.").map((s) => [s.value, s.unit, s.kind])).toEqual([[12, "USD", "money"], [20, "USD", "money"]]);
    expect(stats("The workforce was cut from 4,200 to 3,100 people.").map((s) => [s.value, s.unit])).toEqual([[4200, "people"], [3100, "people"]]);
    expect(stats("Debts grew from 5 to 7 million US dollars.").map((s) => s.value)).toEqual([5e6, 7e6]);
  });
  it("keeps a range without a verb of change as one statistic", () => {
    expect(stats("Salaries ranging from 100 to 150 US dollars are common.").map((s) => [s.value, s.text])).toEqual([[100, "from 100 to 150 US dollars"]]);
    expect(stats("Some 40 to 60 families live there.")).toHaveLength(1);
  });
});

describe("numbers that are not statistics", () => {
  it("skips years, dates and decades", () => {
    expect(stats("In 2007, on 12 March and again on April 3, in the 1990s and since late 2004, nothing changed.")).toEqual([]);
  });
  it("skips durations and ages", () => {
    expect(stats("He spent ten years in prison and was aged 45; a 30-year-old joined two months ago.")).toEqual([]);
  });
  it("skips issue numbers, phone numbers, street addresses and postcodes", () => {
    expect(stats("See RCA No. 412 or call +7 727 250 1234, 15 Abai Avenue, Almaty 050000.")).toEqual([]);
  });
  it("still counts a figure that follows a sentence's first word", () => {
    expect(values("Nearly 400 workers left. Some 50 stayed.")).toEqual([400, 50]);
  });
});

describe("extractStatistics", () => {
  it("numbers statistics per article with offsets into each paragraph", () => {
    const article = articleOf(["The plant had 900 employees.", "Only 120 workers remain."]);
    const found = extractStatistics(article);
    expect(found.map((s) => [s.id, s.paragraphId, s.value])).toEqual([["s1", "p1", 900], ["s2", "p2", 120]]);
    for (const s of found) expect(article.paragraphs.find((p) => p.id === s.paragraphId)!.text.slice(s.start, s.end)).toBe(s.text);
  });
});
