import { describe, expect, it } from "vitest";
import { statisticsInText } from "./index.ts";

// The number, scale, currency and period tables are looked up with every word of the text;
// a word that is also a key of Object.prototype must read as an ordinary word.
describe("statistics tables and ordinary words", () => {
  it("reads 'constructor' after a figure as a word, not a scale or a period", () => {
    const stats = statisticsInText("They hired 500 constructor workers and paid 30 dollars a constructor.");
    expect(stats.map((s) => [s.value, s.unit, s.kind])).toEqual([
      [500, null, "count"],
      [30, "USD", "money"],
    ]);
  });
  it("still reads real scales and periods", () => {
    const stats = statisticsInText("Workers earn 30 dollars a day; the plant cost 2 million euros.");
    expect(stats.map((s) => [s.value, s.unit, s.kind])).toEqual([
      [30, "USD/day", "rate"],
      [2_000_000, "EUR", "money"],
    ]);
  });
});
