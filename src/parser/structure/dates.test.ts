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
