import { describe, expect, it } from "vitest";
import { parseCities500 } from "./records.ts";

const line = (id: number, name: string, alts: string, lat: number, lon: number, code: string, cc: string, pop: number) =>
  [id, name, name, alts, lat, lon, "P", code, cc, "", "01", "", "", "", pop, "", "300", "Asia/Almaty", "2020-01-01"].join("\t");

const TEXT = [
  line(1, "Zharkent", "Dzharkent,Panfilov,ZHK,Жаркент,Jarkent", 44.16789, 80.0, "PPL", "KZ", 40_000),
  line(2, "Smallville", "Small Ville", 40, -90, "PPL", "US", 800),
  line(3, "Bigtown", "Big Town,Биг", 41, -91, "PPL", "US", 250_000),
  line(4, "Capitalia", "", 42, 10, "PPLC", "ZZ", 1_000),
].join("\n");

describe("parseCities500", () => {
  const rows = parseCities500(TEXT, { countries: new Set(["KZ"]), worldMinPopulation: 100_000, worldOtherNames: false });
  it("keeps every place of the chosen countries with its Latin other names, no codes or Cyrillic", () => {
    expect(rows[0]).toEqual(["Zharkent", "KZ", 44.168, 80, 40_000, "PPL", "Dzharkent|Panfilov|Jarkent"]);
  });
  it("keeps big places and capitals elsewhere, under their main name only", () => {
    expect(rows.map((r) => r[0])).toEqual(["Zharkent", "Bigtown", "Capitalia"]);
    expect(rows[1]![6]).toBe("");
  });
});
