import { describe, expect, it } from "vitest";
import { findLongDate, parseTagDate } from "./dates.ts";

describe("dates", () => {
  it("reads title dates in both orders", () => {
    expect(findLongDate("No. 565 Part Two, February 7, 2009")?.iso).toBe("2009-02-07");
    expect(findLongDate("No. 580, 2 April, 2008")?.iso).toBe("2008-04-02");
    expect(findLongDate("NO. 311, 14 February 2002")?.iso).toBe("2002-02-14");
    expect(findLongDate("no date here, 2009")).toBeNull();
    expect(findLongDate("February 30, 2009")).toBeNull();
  });

  it("reads tag dates with short, long and `Sept` months and two-digit years", () => {
    expect(parseTagDate("07-Feb-09")).toBe("2009-02-07");
    expect(parseTagDate("31-July-09")).toBe("2009-07-31");
    expect(parseTagDate("20-Sept-07")).toBe("2007-09-20");
    expect(parseTagDate("3-Dec-99")).toBe("1999-12-03");
    expect(parseTagDate("32-Jan-09")).toBeNull();
  });
});

describe("numeric dates and dated lines", async () => {
  const { readNumericDate, readDatedLine } = await import("./dates.ts");
  it("settles the order by a part over 12, by evidence nearby, else month first", () => {
    expect(readNumericDate("No. 240, 07/21/2004")).toBe("2004-07-21");
    expect(readNumericDate("No. 240, 21/07/2004")).toBe("2004-07-21");
    expect(readNumericDate("No. 240, 07/01/2004", ["2004-01-09"])).toBe("2004-01-07");
    expect(readNumericDate("No. 240, 07/01/2004", ["2004-06-30"])).toBe("2004-07-01");
    expect(readNumericDate("No. 240, 07/01/2004")).toBe("2004-07-01");
    expect(readNumericDate("No. 240")).toBeNull();
  });
  it("reads a line that is only a date", () => {
    expect(readDatedLine("July 1, 2004.")).toBe("2004-07-01");
    expect(readDatedLine("Thursday, March 29, 2007")).toBe("2007-03-29");
    expect(readDatedLine("Talks resumed on July 1, 2004 in Geneva.")).toBeNull();
  });
});
