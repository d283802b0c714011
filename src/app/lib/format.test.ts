import { describe, expect, it } from "vitest";
import { formatNumber, formatShortDate } from "./format.ts";

describe("formatNumber", () => {
  it("groups thousands as a British reader writes them", () => {
    expect(formatNumber(1250000)).toBe("1,250,000");
    expect(formatNumber(999)).toBe("999");
    expect(formatNumber(-45000)).toBe("-45,000");
  });
  it("keeps up to three decimals, as the panels always showed them", () => {
    expect(formatNumber(2.5)).toBe("2.5");
    expect(formatNumber(12345.6789)).toBe("12,345.679");
    expect(formatNumber(0.75)).toBe("0.75");
  });
  it("agrees with the browser's own en-GB formatting", () => {
    for (const n of [0, 7, 1000, 20500.25, 3.14159, 1e9, 123456789.5]) expect(formatNumber(n)).toBe(n.toLocaleString("en-GB"));
  });
});

describe("formatShortDate", () => {
  it("shortens the month to three letters", () => {
    expect(formatShortDate("2009-02-07")).toBe("7 Feb 2009");
    expect(formatShortDate("2001-09-30")).toBe("30 Sep 2001");
  });
  it("keeps what is not an ISO date as it is, and null as null", () => {
    expect(formatShortDate("spring 2001")).toBe("spring 2001");
    expect(formatShortDate(null)).toBeNull();
  });
});
