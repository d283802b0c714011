import { describe, expect, it } from "vitest";
import { isSectionHeader, isTocBlock, parseTocEntry, splitEntries, splitHeadline } from "./toc.ts";

describe("contents entries", () => {
  it("splits headline, summary, byline and tag of a wrapped entry", () => {
    expect(
      parseTocEntry(["TAJIK DAM PROJECT STALLS  Work on the dam has slowed as", "loans fail to arrive.  By Nodira Saidova in Dushanbe", "(RCA No. 601, 14-Nov-09)"]),
    ).toEqual({
      headlineRaw: "TAJIK DAM PROJECT STALLS",
      summary: "Work on the dam has slowed as loans fail to arrive.",
      byline: "By Nodira Saidova in Dushanbe",
      issueTag: { code: "RCA", number: 601, date: "2009-11-14" },
    });
  });

  it("reads a 2002 one-line entry with a single-space gap and a BCR byline", () => {
    expect(parseTocEntry(["SERBIA: MINERS STRIKE Thousands down tools. IWPR team reports from Belgrade."])).toMatchObject({
      headlineRaw: "SERBIA: MINERS STRIKE",
      summary: "Thousands down tools.",
      byline: "IWPR team reports from Belgrade",
    });
  });

  it("gives a lone capital after a single space back to the summary", () => {
    expect(splitHeadline("ARMY PLAN CRITICISED A plan to draft more men.").headline).toBe("ARMY PLAN CRITICISED");
  });

  it("reads a byline wrapped mid-name, and one without `By`", () => {
    expect(parseTocEntry(["GAS DEAL SIGNED  New route agreed.", "By Aigul", "Temirova in Almaty"]).byline).toBe("By Aigul Temirova in Almaty");
    expect(parseTocEntry(["GAS DEAL SIGNED  New route agreed.  Aigul Temirova in Bishkek"]).byline).toBe("Aigul Temirova in Bishkek");
  });

  it("keeps an entry whose UPPERCASE first line was dropped, with no headline", () => {
    expect(parseTocEntry(["as markets run short.  By Marat Osmonov in Bishkek"])).toMatchObject({ headlineRaw: null, summary: "as markets run short." });
  });

  it("splits packed 2002 entries, one per line", () => {
    const groups = splitEntries(["FIRST STORY HERE One sentence. By A B in X", "SECOND STORY HERE Another one. By C D in Y"]);
    expect(groups).toHaveLength(2);
    expect(splitEntries(["A LONG HEADLINE THAT", "WRAPS ONTO TWO LINES  Summary here.  By A B in X"])).toHaveLength(1);
  });

  it("recognises section headers and TOC blocks", () => {
    expect(isSectionHeader(["SPECIAL REPORT"])).toBe(true);
    expect(isSectionHeader(["COMMENT:"])).toBe(true);
    expect(isSectionHeader(["KYRGYZ ELECTION UPDATES 2009"])).toBe(true);
    expect(isSectionHeader(["NEW PROJECT: RADIO: http://iwpr.net/x"])).toBe(false);
    expect(isTocBlock(["BALKAN CRISIS REPORT, NO. 311, 14 February 2002"])).toBe(false);
    expect(isTocBlock(["KAZAK BANKS CUT LENDING  Small firms can no longer borrow."])).toBe(true);
  });
});
