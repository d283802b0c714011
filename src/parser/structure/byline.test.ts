import { describe, expect, it } from "vitest";
import { isByline, parseByline } from "./byline.ts";

describe("bylines", () => {
  it("reads one author in one city", () => {
    expect(parseByline("By Aigul Temirova in Almaty")).toEqual([{ name: "Aigul Temirova", location: "Almaty" }]);
  });

  it("gives each group of authors its own city", () => {
    expect(parseByline("By A Ab in Almaty, B Bb and C Cb in Bishkek, and D Db in Dushanbe")).toEqual([
      { name: "A Ab", location: "Almaty" },
      { name: "B Bb", location: "Bishkek" },
      { name: "C Cb", location: "Bishkek" },
      { name: "D Db", location: "Dushanbe" },
    ]);
  });

  it("keeps several cities of one author together", () => {
    expect(parseByline("By Saida Nurova in Shymkent, Saryagash and Almaty")).toEqual([{ name: "Saida Nurova", location: "Shymkent, Saryagash and Almaty" }]);
  });

  it("reads bylines without `By`, without a city, and BCR's `reports from`", () => {
    expect(parseByline("Aigul Temirova in Bishkek")).toEqual([{ name: "Aigul Temirova", location: "Bishkek" }]);
    expect(parseByline("By IWPR staff")).toEqual([{ name: "IWPR staff", location: null }]);
    expect(parseByline("IWPR team reports from Skopje and London.")).toEqual([{ name: "IWPR team", location: "Skopje and London" }]);
  });

  it("tells bylines from prose", () => {
    expect(isByline("By Olga Shevchenko in Almaty")).toBe(true);
    expect(isByline("Aigul Temirova in Bishkek")).toBe(true);
    expect(isByline("By the end of the year. Prices rose sharply in the city.")).toBe(false);
    expect(isByline("Traders in Bishkek said prices rose. Others disagreed in public.")).toBe(false);
  });
});
