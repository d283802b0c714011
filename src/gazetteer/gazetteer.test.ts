import { describe, expect, it } from "vitest";
import { builtinGazetteer, createGazetteer } from "./gazetteer.ts";

describe("createGazetteer", () => {
  const g = createGazetteer({
    version: 1,
    source: "test",
    rows: [
      ["Zharkent", "KZ", 44.2, 80, 40_000, "PPL", "Dzharkent|Panfilov"],
      ["Talas", "KG", 42.5, 72.2, 35_000, "PPLA", ""],
    ],
  });
  it("finds a place by its other names and by loose romanisation", () => {
    expect(g.lookup("Panfilov")[0]?.name).toBe("Zharkent");
    expect(g.lookup("Dzharkent")[0]?.name).toBe("Zharkent");
    expect(g.lookup("Jarkent")[0]?.name).toBe("Zharkent");
  });
  it("classifies by feature and size", () => {
    expect(g.lookup("Talas")[0]?.kind).toBe("city");
    expect(g.lookup("Zharkent")[0]?.kind).toBe("town");
  });
  it("knows countries and regions without any GeoNames data", () => {
    expect(builtinGazetteer().lookup("Kirgizia")[0]).toMatchObject({ name: "Kyrgyzstan", kind: "country", country: "KG" });
    expect(builtinGazetteer().lookup("Nagorno-Karabakh")[0]).toMatchObject({ kind: "region", country: "AZ" });
    expect(builtinGazetteer().lookup("Zharkent")).toEqual([]);
  });
});
