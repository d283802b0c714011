import { describe, expect, it } from "vitest";
import { headlineCase } from "./headline-case.ts";

describe("headlineCase", () => {
  it("title-cases UPPERCASE headlines with small words lower-case", () => {
    expect(headlineCase("TAJIK DAM PROJECT STALLS AS LOANS FAIL TO ARRIVE")).toBe("Tajik Dam Project Stalls as Loans Fail to Arrive");
    expect(headlineCase("THE END OF THE ROAD")).toBe("The End of the Road");
  });

  it("keeps known acronyms, dotted ones, and vowel-less letter groups", () => {
    expect(headlineCase("WHY THE OSCE AND NATO NEED THE EU")).toBe("Why the OSCE and NATO Need the EU");
    expect(headlineCase("U.S. BASE TO CLOSE")).toBe("U.S. Base to Close");
    expect(headlineCase("KTK TV CHANNEL SOLD")).toBe("KTK TV Channel Sold");
  });

  it("handles possessives, hyphens and a capital after a colon", () => {
    expect(headlineCase("KAZAKSTAN'S ANTI-CRISIS PLAN")).toBe("Kazakstan's Anti-Crisis Plan");
    expect(headlineCase("GEORGIA: A VOTE TOO FAR")).toBe("Georgia: A Vote Too Far");
  });
});

describe("Title Case headlines of web re-posts", () => {
  it("reads a headline on its own line", async () => {
    const { isTitleCaseHeadline } = await import("./headline-case.ts");
    expect(isTitleCaseHeadline("Armenian Villages Wait for Gas")).toBe(true);
    expect(isTitleCaseHeadline("Azerbaijan: Teachers Protest Pay Delays")).toBe(true);
    expect(isTitleCaseHeadline("“Quiet Diplomacy” Eases Border Tensions")).toBe(true);
    expect(isTitleCaseHeadline("Coastal Radio News Silence in Ajaria")).toBe(true);
    // a sentence, a byline, an uppercase headline, a lone word are not
    expect(isTitleCaseHeadline("Port workers fear for their jobs.")).toBe(false);
    expect(isTitleCaseHeadline("By Aram Sampleyan in Yerevan")).toBe(false);
    expect(isTitleCaseHeadline("GEORGIAN FERRY LINE HALTED")).toBe(false);
    expect(isTitleCaseHeadline("Comments")).toBe(false);
    expect(isTitleCaseHeadline("(RCA No. 566, 07-Feb-09)")).toBe(false);
    expect(isTitleCaseHeadline("GEORGIA: FARMERS CAUGHT BETWEEN TWO ROADBLOCKS  Villagers on the")).toBe(false);
    expect(isTitleCaseHeadline("OSCE Envoy Meets NATO Chiefs in Tbilisi")).toBe(true);
  });
});
