import { describe, expect, it } from "vitest";
import { builtinGazetteer, createGazetteer, foldRowNames } from "./gazetteer.ts";
import type { PlaceRow } from "./records.ts";

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
  it("answers the same from names folded ahead of time (the Node cache), and ignores keys from other folding code", () => {
    const rows = [
      ["Zharkent", "KZ", 44.2, 80, 40_000, "PPL", "Dzharkent|Panfilov"],
      ["Talas", "KG", 42.5, 72.2, 35_000, "PPLA", ""],
    ] as const satisfies PlaceRow[];
    const plain = createGazetteer({ version: 1, source: "test", rows: [...rows] });
    const cached = createGazetteer({ version: 1, source: "test", rows: [...rows], looseKeys: foldRowNames([...rows]) });
    const stale = createGazetteer({ version: 1, source: "test", rows: [...rows], looseKeys: { fold: "older", keys: ["talas", "zarkent"] } });
    for (const name of ["Panfilov", "Jarkent", "Talas", "Kirgizia", "Nowhere"]) {
      expect(cached.lookup(name)).toEqual(plain.lookup(name));
      expect(stale.lookup(name)).toEqual(plain.lookup(name));
    }
  });
  it("knows countries and regions without any GeoNames data", () => {
    expect(builtinGazetteer().lookup("Kirgizia")[0]).toMatchObject({ name: "Kyrgyzstan", kind: "country", country: "KG" });
    expect(builtinGazetteer().lookup("Nagorno-Karabakh")[0]).toMatchObject({ kind: "region", country: "AZ" });
    expect(builtinGazetteer().lookup("Zharkent")).toEqual([]);
  });
});
