// The committed browser subset must be what the generator writes today, and
// the real GeoNames data must answer for old and local names.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BROWSER_DATA_FILE, browserDataJson } from "../../scripts/build-gazetteer.ts";
import { createGazetteer } from "./gazetteer.ts";
import type { PlaceData } from "./records.ts";

describe("browser gazetteer data", () => {
  const committed = readFileSync(BROWSER_DATA_FILE, "utf8");
  it("is up to date with its generator (run: npx tsx scripts/build-gazetteer.ts)", () => {
    expect(committed === browserDataJson()).toBe(true);
  }, 60_000);
  it("finds Soviet-era and local names of the region's towns", () => {
    const g = createGazetteer(JSON.parse(committed) as PlaceData);
    const khujand = g.lookup("Leninabad").find((p) => p.country === "TJ");
    expect(khujand?.name).toBe("Khujand");
    expect(g.lookup("Leninakan").some((p) => p.country === "AM" && Math.abs(p.lat - 40.79) < 0.1)).toBe(true);
  });
});
