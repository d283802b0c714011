/**
 * Locator maps, drawn at build time from Natural Earth (world-atlas
 * countries-50m) with d3-geo: the countries around a place, clipped to a box
 * around it, with coordinates rounded to whole pixels so a map weighs a few
 * kilobytes. The app draws the result as SVG elements; nothing is fetched
 * from a map server.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { geoEquirectangular, geoPath, type GeoPermissibleObjects } from "d3-geo";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { LocatorMap } from "./types.ts";

export type { LocatorMap } from "./types.ts";

export const MAP_WIDTH = 240;
export const MAP_HEIGHT = 160;
/** Degrees of longitude shown either side of the place: a region, not a continent. */
export const SPAN_DEGREES = 12;

interface CountryFeature {
  type: "Feature";
  properties: { name: string };
  geometry: GeoPermissibleObjects;
}

let countries: CountryFeature[] | null = null;

function loadCountries(): CountryFeature[] {
  if (countries) return countries;
  const require = createRequire(import.meta.url);
  const topo = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8")) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const fc = feature(topo, topo.objects.countries) as unknown as { features: CountryFeature[] };
  countries = fc.features;
  return countries;
}

/**
 * A d3 path context that rounds to whole pixels and drops points that round
 * onto the previous one: at 240 px wide, 50m detail is mostly sub-pixel.
 */
class RoundingContext {
  private parts: string[] = [];
  private lastX = NaN;
  private lastY = NaN;
  private count = 0;
  moveTo(x: number, y: number) {
    this.lastX = Math.round(x);
    this.lastY = Math.round(y);
    this.parts.push(`M${this.lastX} ${this.lastY}`);
    this.count = 1;
  }
  lineTo(x: number, y: number) {
    const rx = Math.round(x);
    const ry = Math.round(y);
    if (rx === this.lastX && ry === this.lastY) return;
    this.parts.push(`L${rx} ${ry}`);
    this.lastX = rx;
    this.lastY = ry;
    this.count++;
  }
  closePath() {
    this.parts.push("Z");
  }
  arc() {}
  rect() {}
  quadraticCurveTo() {}
  bezierCurveTo() {}
  arcTo() {}
  result(): string {
    const d = this.parts.join("").replace(/M-?\d+ -?\d+Z/g, "");
    this.parts = [];
    return d;
  }
}

/** The map around a place, or null when it has no coordinates. */
export function locatorMap(lat: number | null, lon: number | null, countryName: string | null): LocatorMap | null {
  if (lat === null || lon === null) return null;
  const projection = geoEquirectangular()
    .center([lon, lat])
    .scale(MAP_WIDTH / ((2 * SPAN_DEGREES * Math.PI) / 180))
    .translate([MAP_WIDTH / 2, MAP_HEIGHT / 2])
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, MAP_HEIGHT],
    ]);
  const context = new RoundingContext();
  const path = geoPath(projection, context as never);
  const shapes: LocatorMap["shapes"] = [];
  const wanted = countryName?.toLowerCase() ?? null;
  for (const c of loadCountries()) {
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(c.geometry);
    if (!(x1 > 0 && x0 < MAP_WIDTH && y1 > 0 && y0 < MAP_HEIGHT)) continue;
    path(c.geometry);
    const d = context.result();
    if (d) shapes.push({ d, name: c.properties.name, home: wanted !== null && c.properties.name.toLowerCase() === wanted });
  }
  const [x, y] = projection([lon, lat]) ?? [MAP_WIDTH / 2, MAP_HEIGHT / 2];
  return { width: MAP_WIDTH, height: MAP_HEIGHT, shapes, dot: { x: Math.round(x), y: Math.round(y) } };
}
