import { describe, expect, it } from "vitest";
import { findTitle } from "./title.ts";

describe("findTitle", () => {
  it("reads series, issue, part and date from the one-line title", () => {
    expect(findTitle(["WELCOME TO IWPR'S REPORTING CENTRAL ASIA, No. 601 Part One, March 1, 2010"])).toMatchObject({
      series: "Reporting Central Asia", seriesCode: "RCA", issue: 601, part: 1, date: "2010-03-01", lineIndexes: [0],
    });
  });

  it("takes the date from the body's repeat of a dateless Subject title, written without IWPR'S", () => {
    const lines = ["Subject: Balkans: IWPR'S BALKAN CRISIS REPORT, NO. 97", "Precedence: bulk", "", "BALKAN CRISIS REPORT, NO. 97, 19 November 1999", "", "X"];
    expect(findTitle(lines)).toMatchObject({ seriesCode: "BCR", issue: 97, date: "1999-11-19", lineIndexes: [0, 3] });
    // another issue's number, or another series, is not the same title
    expect(findTitle([lines[0]!, "", "BALKAN CRISIS REPORT, NO. 98, 26 November 1999"])).toMatchObject({ issue: 97, date: null, lineIndexes: [0] });
    expect(findTitle([lines[0]!, "", "CAUCASUS REPORTING SERVICE, NO. 97, 19 November 1999"])).toMatchObject({ date: null, lineIndexes: [0] });
  });

  it("joins a title wrapped over two lines, with a curly apostrophe", () => {
    const t = findTitle(["WELCOME TO IWPR’S CAUCASUS REPORTING SERVICE, No. 248,", "September 2, 2004.", "", "X"]);
    expect(t).toMatchObject({ seriesCode: "CRS", issue: 248, part: null, date: "2004-09-02", lineIndexes: [0, 1] });
    expect(t?.title).toBe("WELCOME TO IWPR’S CAUCASUS REPORTING SERVICE, No. 248, September 2, 2004.");
  });

  it("accepts a lost apostrophe, a digit part and the old Subject style", () => {
    expect(findTitle(["WELCOME TO IWPR S REPORTING CENTRAL ASIA, No. 9 Part 2, 2 April, 2008"])).toMatchObject({ issue: 9, part: 2, date: "2008-04-02" });
    expect(findTitle(["Subject: Balkans: IWPR'S BALKAN CRISIS REPORT, NO. 11"])).toMatchObject({ seriesCode: "BCR", issue: 11, date: null });
  });

  it("reads a title that lost its greeting, as a copy without its subject keeps it", () => {
    expect(findTitle(["BALKAN CRISIS REPORT, NO. 318, 7 March 2002", "MACEDONIA: BAKERS RAISE BREAD PRICES Shop owners…"])).toMatchObject({
      seriesCode: "BCR", issue: 318, date: "2002-03-07", lineIndexes: [0],
    });
    // A series named in passing, or a line about the series, is not a title.
    expect(findTitle(["REPORTING CENTRAL ASIA RSS: http://example.org/rss.xml"])).toBeNull();
    expect(findTitle(["The hearing, No. 4 on the list, opened late."])).toBeNull();
  });

  it("does not take an IWPR sentence in the boilerplate for a title", () => {
    expect(findTitle(["", "IWPR’s weekly radio programmes for the region."])).toBeNull();
  });
});
