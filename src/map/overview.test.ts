import { geoEquirectangular } from "d3-geo";
import { describe, expect, it } from "vitest";
import { inFrame, project } from "../views/projection.ts";
import { overviewMap, weightedRange } from "./overview.ts";

describe("overview map", () => {
  it("frames where the mentions are, not a far-off few", () => {
    const values = [...Array.from({ length: 98 }, (_, i) => ({ v: 60 + (i % 20), weight: 1 })), { v: -77, weight: 1 }, { v: 139, weight: 1 }];
    const [lo, hi] = weightedRange(values, 0.95);
    expect(lo).toBeGreaterThanOrEqual(60);
    expect(hi).toBeLessThanOrEqual(79);
  });

  it("places marks where d3 draws the countries", () => {
    const map = overviewMap([
      { lat: 43.25, lon: 76.92, weight: 5 },
      { lat: 42.87, lon: 74.59, weight: 3 },
      { lat: 41.3, lon: 69.24, weight: 2 },
    ])!;
    expect(map.shapes.map((s) => s.name)).toEqual(expect.arrayContaining(["Kazakhstan", "Kyrgyzstan", "Uzbekistan"]));
    const p = map.projection;
    const d3 = geoEquirectangular().scale((p.k * 180) / Math.PI).center([p.lon0, p.lat0]).translate([p.x0, p.y0]);
    const [x, y] = d3([74.59, 42.87])!;
    const mine = project(p, 42.87, 74.59);
    expect(Math.abs(mine.x - x)).toBeLessThanOrEqual(1);
    expect(Math.abs(mine.y - y)).toBeLessThanOrEqual(1);
    expect(inFrame(map, mine)).toBe(true);
    expect(inFrame(map, project(p, 38.9, -77))).toBe(false);
  });
});
