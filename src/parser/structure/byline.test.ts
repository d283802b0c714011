import { describe, expect, it } from "vitest";
import { isByline, parseByline, splitPlaces } from "./byline.ts";

const at = (name: string, location: string | null, locations: string[] = location ? [location] : []) => ({ name, location, locations });

describe("bylines", () => {
  it("reads one author in one city", () => {
    expect(parseByline("By Aigul Temirova in Almaty")).toEqual([at("Aigul Temirova", "Almaty")]);
  });

  it("gives each group of authors its own city", () => {
    expect(parseByline("By A Ab in Almaty, B Bb and C Cb in Bishkek, and D Db in Dushanbe")).toEqual([
      at("A Ab", "Almaty"),
      at("B Bb", "Bishkek"),
      at("C Cb", "Bishkek"),
      at("D Db", "Dushanbe"),
    ]);
  });

  it("keeps several cities of one author together as written, and lists each", () => {
    expect(parseByline("By Saida Nurova in Shymkent, Saryagash and Almaty")).toEqual([at("Saida Nurova", "Shymkent, Saryagash and Almaty", ["Shymkent", "Saryagash", "Almaty"])]);
    expect(parseByline("By IWPR team in Ohrid and London")).toEqual([at("IWPR team", "Ohrid and London", ["Ohrid", "London"])]);
  });

  it("reads bylines without `By`, without a city, and BCR's `reports from`", () => {
    expect(parseByline("Aigul Temirova in Bishkek")).toEqual([at("Aigul Temirova", "Bishkek")]);
    expect(parseByline("By IWPR staff")).toEqual([at("IWPR staff", null)]);
    expect(parseByline("IWPR team reports from Skopje and London.")).toEqual([at("IWPR team", "Skopje and London", ["Skopje", "London"])]);
  });

  it("reads BCR's byline sentence with one clause per reporter", () => {
    const two = "Marko Inventic reports from Novi Sad and Vesna Madeup reports from Banja Luka.";
    expect(isByline(two)).toBe(true);
    expect(parseByline(two)).toEqual([at("Marko Inventic", "Novi Sad"), at("Vesna Madeup", "Banja Luka")]);
    expect(parseByline("Ana Sample and Ivo Example report from Tirana.")).toEqual([at("Ana Sample", "Tirana"), at("Ivo Example", "Tirana")]);
  });

  it("tells bylines from prose", () => {
    expect(isByline("By Olga Shevchenko in Almaty")).toBe(true);
    expect(isByline("Aigul Temirova in Bishkek")).toBe(true);
    expect(isByline("By the end of the year. Prices rose sharply in the city.")).toBe(false);
    expect(isByline("Traders in Bishkek said prices rose. Others disagreed in public.")).toBe(false);
    // a sentence about a report is not a byline
    expect(isByline("The mission reports from the border suggest calm")).toBe(false);
    expect(isByline("State television reports from Pristina were censored")).toBe(false);
  });

  it("splits a location into its places", () => {
    expect(splitPlaces("Shymkent, Saryagash and Almaty")).toEqual(["Shymkent", "Saryagash", "Almaty"]);
    expect(splitPlaces(null)).toEqual([]);
  });
});
