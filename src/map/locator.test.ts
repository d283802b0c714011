import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { geoEquirectangular, geoPath, type GeoPermissibleObjects } from "d3-geo";
import { feature } from "topojson-client";
import { describe, expect, it } from "vitest";
import { locatorMap, MAP_HEIGHT, MAP_WIDTH, RoundingContext, SPAN_DEGREES } from "./locator.ts";

/** The absolute vertices of each ring of a path written with M, l (implied after the first pair) and Z. */
function rings(d: string): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = [];
  for (const [, cmd, args] of d.matchAll(/([MlZ])([^MlZ]*)/g)) {
    const nums = (args!.match(/-?\d+/g) ?? []).map(Number);
    if (cmd === "M") out.push([[nums[0]!, nums[1]!]]);
    if (cmd === "l") {
      const ring = out[out.length - 1]!;
      for (let i = 0; i < nums.length; i += 2) {
        const [x, y] = ring[ring.length - 1]!;
        ring.push([x + nums[i]!, y + nums[i + 1]!]);
      }
    }
  }
  return out;
}

describe("locator map paths", () => {
  it("draws through the same pixels, merging steps in one direction and dropping sub-pixel moves", () => {
    const ctx = new RoundingContext();
    ctx.moveTo(0.2, 0);
    for (const [x, y] of [[1, 0], [2, 0], [2.3, 0.1], [3, 0], [3, 1], [3, 2], [2, 3], [0, 3]] as const) ctx.lineTo(x, y);
    ctx.closePath();
    ctx.moveTo(10, 10);
    ctx.lineTo(10.2, 10.1); // never leaves its pixel: draws nothing
    ctx.closePath();
    const d = ctx.result();
    expect(d).toBe("M0 0l3 0 0 2-1 1-2 0Z");
    expect(rings(d)).toEqual([[[0, 0], [3, 0], [3, 2], [2, 3], [0, 3]]]);
  });

  it("keeps a turn back on itself as two segments", () => {
    const ctx = new RoundingContext();
    ctx.moveTo(5, 5);
    ctx.lineTo(8, 5);
    ctx.lineTo(6, 5);
    expect(rings(ctx.result())).toEqual([[[5, 5], [8, 5], [6, 5]]]);
  });

  it("maps a place inside the frame, its country marked, in a few kilobytes", () => {
    const map = locatorMap(48.0, 68.0, "Kazakhstan")!;
    expect(map.shapes.some((s) => s.home && s.name === "Kazakhstan")).toBe(true);
    for (const s of map.shapes) {
      for (const ring of rings(s.d)) {
        for (const [x, y] of ring) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(map.width);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y).toBeLessThanOrEqual(map.height);
        }
      }
    }
    expect(JSON.stringify(map).length).toBeLessThan(12_000);
  });

  it("draws the same map as measuring every country, near the antimeridian and the poles too", () => {
    // The map as drawn before countries were ruled out by their boxes: every country's projected bounds measured.
    const require = createRequire(import.meta.url);
    const topo = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8"));
    const all = (feature(topo, topo.objects.countries) as unknown as {
      features: Array<{ properties: { name: string }; geometry: GeoPermissibleObjects }>;
    }).features;
    const everyCountry = (lat: number, lon: number, country: string) => {
      const projection = geoEquirectangular()
        .center([lon, lat])
        .scale(MAP_WIDTH / ((2 * SPAN_DEGREES * Math.PI) / 180))
        .translate([MAP_WIDTH / 2, MAP_HEIGHT / 2])
        .clipExtent([[0, 0], [MAP_WIDTH, MAP_HEIGHT]]);
      const context = new RoundingContext();
      const path = geoPath(projection, context as never);
      const names: string[] = [];
      const shapes: string[] = [];
      for (const c of all) {
        const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(c.geometry);
        if (!(x1 > 0 && x0 < MAP_WIDTH && y1 > 0 && y0 < MAP_HEIGHT)) continue;
        path(c.geometry);
        const d = context.result();
        if (d) (names.push(c.properties.name), shapes.push(d));
      }
      return { names, shapes, country };
    };
    const places: Array<[number, number]> = [
      [-17.7, 178.1], // Fiji, across the antimeridian
      [66, -172], // Chukotka's far side
      [64.7, 177.5], // Anadyr
      [-85, 0], // Antarctica
      [78, 16], // Svalbard
      [49.9, 82.6], // Oskemen
    ];
    for (let lat = -80; lat <= 80; lat += 40) for (let lon = -180; lon <= 180; lon += 45) places.push([lat, lon]);
    for (const [lat, lon] of places) {
      const map = locatorMap(lat, lon, "Russia")!;
      const expected = everyCountry(lat, lon, "Russia");
      expect({ names: map.shapes.map((s) => s.name), shapes: map.shapes.map((s) => s.d), country: "Russia" }, `${lat}, ${lon}`).toEqual(expected);
    }
  }, 30_000); // measuring every country is what made it slow: ~50 ms a place
});
