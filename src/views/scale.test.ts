import { describe, expect, it } from "vitest";
import { dateTicks, dayNumber, isoOfDay, niceTicks, scale, wantsLogScale } from "./scale.ts";

describe("chart scales", () => {
  it("takes a log scale only when positive values span orders of magnitude", () => {
    expect(wantsLogScale([5, 70, 9000])).toBe(true);
    expect(wantsLogScale([5, 70, 90])).toBe(false);
    expect(wantsLogScale([0, 70, 9000])).toBe(false);
  });
  it("maps linearly from zero with round ticks", () => {
    const s = scale(10, 95, 100, 0, false);
    expect(s(0)).toBe(100);
    expect(s.ticks).toEqual([0, 20, 40, 60, 80]);
    expect(niceTicks(0, 1, 4)).toEqual([0, 0.5, 1]);
  });
  it("maps by the logarithm with powers of ten as ticks", () => {
    const s = scale(10, 100_000, 0, 400, true);
    expect(s(10)).toBe(0);
    expect(s(1000)).toBe(200);
    expect(s.ticks).toEqual([10, 100, 1000, 10_000, 100_000]);
  });
  it("counts days without time zones, and ticks years or months", () => {
    expect(isoOfDay(dayNumber("2009-02-07"))).toBe("2009-02-07");
    expect(dateTicks(dayNumber("2005-06-01"), dayNumber("2009-02-07")).map(isoOfDay)).toEqual(["2006-01-01", "2007-01-01", "2008-01-01", "2009-01-01"]);
    expect(dateTicks(dayNumber("2009-01-15"), dayNumber("2009-04-02")).map(isoOfDay)).toEqual(["2009-02-01", "2009-03-01", "2009-04-01"]);
    // A year of months is thinned to every other month, and decades to round years.
    expect(dateTicks(dayNumber("2008-08-10"), dayNumber("2009-08-10")).map(isoOfDay)).toEqual(["2008-09-01", "2008-11-01", "2009-01-01", "2009-03-01", "2009-05-01", "2009-07-01"]);
    expect(dateTicks(dayNumber("1995-01-01"), dayNumber("2012-01-01")).map((d) => isoOfDay(d).slice(0, 4))).toEqual(["1995", "2000", "2005", "2010"]);
  });
});
