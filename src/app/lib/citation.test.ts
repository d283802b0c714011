import { describe, expect, it } from "vitest";
import { formatCitation } from "./citation.ts";
import { formatDate, issueLabel } from "./format.ts";

describe("formatCitation", () => {
  const bulletin = { series: "Caucasus Reporting Service", issue: 312, part: 2, date: "2006-03-04" };

  it("builds the citation with the speaker's role, issue, part, date and deep link", () => {
    expect(
      formatCitation({
        quoteText: "“We sold the cow to buy seed,”",
        speakerName: "Dilnoza Karimova",
        role: "farmer",
        headline: "Valley Farmers Lose Harvest",
        bulletin,
        url: "https://example.org/bulletins/crs-312/articles/valley#q1",
      }),
    ).toBe(
      '“We sold the cow to buy seed” — Dilnoza Karimova, farmer, "Valley Farmers Lose Harvest", IWPR Caucasus Reporting Service No. 312 Part 2, 4 March 2006, https://example.org/bulletins/crs-312/articles/valley#q1',
    );
  });

  it("leaves out the role and the part when there are none", () => {
    const text = formatCitation({
      quoteText: "Nobody came",
      speakerName: "a teacher",
      role: null,
      headline: "H",
      bulletin: { ...bulletin, part: null },
      url: "u",
    });
    expect(text).toBe('“Nobody came” — a teacher, "H", IWPR Caucasus Reporting Service No. 312, 4 March 2006, u');
  });
});

describe("format", () => {
  it("writes dates day-first without time-zone shifts", () => {
    expect(formatDate("2009-02-07")).toBe("7 February 2009");
    expect(formatDate(null)).toBeNull();
  });
  it("labels an issue whose number was lost", () => {
    expect(issueLabel({ series: null, seriesCode: "BCR", issue: null, part: null })).toBe("BCR");
  });
});
