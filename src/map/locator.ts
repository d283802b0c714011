/**
 * Locator maps, drawn at build time from Natural Earth (world-atlas
 * countries-50m) with d3-geo: the countries around a place, clipped to a box
 * around it, with coordinates rounded to whole pixels so a map weighs a few
 * kilobytes. The app draws the result as SVG elements; nothing is fetched
 * from a map server.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { geoBounds, geoEquirectangular, geoPath, type GeoPermissibleObjects } from "d3-geo";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { LocatorMap } from "./types.ts";

export type { LocatorMap } from "./types.ts";

export const MAP_WIDTH = 240;
export const MAP_HEIGHT = 160;
/** Degrees of longitude shown either side of the place: a region, not a continent. */
export const SPAN_DEGREES = 12;
/** Degrees of latitude shown either side of the place: the same scale as longitude (equirectangular). */
const LAT_SPAN_DEGREES = (SPAN_DEGREES * MAP_HEIGHT) / MAP_WIDTH;
/**
 * Slack around the frame for the quick test on a country's box, in degrees. The
 * test only saves work (drawing is decided by the projected bounds, as before),
 * so it errs wide: a country within this of the frame is still measured exactly.
 */
const BOX_SLACK_DEGREES = 2;

interface CountryFeature {
  type: "Feature";
  properties: { name: string };
  geometry: GeoPermissibleObjects;
  /** Longitude and latitude bounds (d3's geoBounds: west > east when it crosses the antimeridian). */
  box: [[number, number], [number, number]];
}

let countries: CountryFeature[] | null = null;

function loadCountries(): CountryFeature[] {
  if (countries) return countries;
  const require = createRequire(import.meta.url);
  const topo = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8")) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const fc = feature(topo, topo.objects.countries) as unknown as { features: Array<Omit<CountryFeature, "box">> };
  countries = fc.features.map((c) => ({ ...c, box: geoBounds(c.geometry) }));
  return countries;
}

/** Longitude intervals [from, to] a country's box covers, split at the antimeridian when it crosses it. */
function lonIntervals([[west], [east]]: CountryFeature["box"]): Array<[number, number]> {
  return west <= east ? [[west, east]] : [[west, 180], [-180, east]];
}

/**
 * Whether a country's box comes near the frame around (lat, lon). Measuring a
 * country's projected bounds for every place took 7.6 s of a 1,000-bulletin
 * build (each of ~240 countries, for each place): this rules out nearly all of
 * them from four numbers. The frame is tried shifted by a whole turn as well,
 * for places near the antimeridian.
 */
function nearFrame(box: CountryFeature["box"], lat: number, lon: number): boolean {
  if (!box.flat().every(Number.isFinite)) return true; // no box to go by: measure it
  const [[, south], [, north]] = box;
  if (south > lat + LAT_SPAN_DEGREES + BOX_SLACK_DEGREES || north < lat - LAT_SPAN_DEGREES - BOX_SLACK_DEGREES) return false;
  const reach = SPAN_DEGREES + BOX_SLACK_DEGREES;
  return lonIntervals(box).some(([from, to]) => [-360, 0, 360].some((turn) => from <= lon + turn + reach && to >= lon + turn - reach));
}

/**
 * A d3 path context that rounds to whole pixels and drops points that round
 * onto the previous one: at 240 px wide, 50m detail is mostly sub-pixel.
 *
 * Written compactly, because every place page's data carries its map (3 MB of
 * the 8 MB of person and place data in a 200-bulletin build before this):
 * moves relative to the previous point with the `l` command implied after the
 * first, and runs of steps in one direction (rounding makes many) merged into
 * one segment. The drawn outline is the same.
 */
export class RoundingContext {
  private parts: string[] = [];
  private ring = "";
  private lastX = NaN;
  private lastY = NaN;
  /** The step not yet written: it may still grow while the path keeps its direction. */
  private pendingX = 0;
  private pendingY = 0;
  private steps = 0;
  moveTo(x: number, y: number) {
    this.flushRing(false);
    this.lastX = Math.round(x);
    this.lastY = Math.round(y);
    this.ring = `M${this.lastX} ${this.lastY}`;
  }
  lineTo(x: number, y: number) {
    const rx = Math.round(x);
    const ry = Math.round(y);
    const dx = rx - this.lastX;
    const dy = ry - this.lastY;
    if (dx === 0 && dy === 0) return;
    this.lastX = rx;
    this.lastY = ry;
    const sameDirection = (this.pendingX !== 0 || this.pendingY !== 0) && this.pendingX * dy === this.pendingY * dx && this.pendingX * dx + this.pendingY * dy > 0;
    if (sameDirection) {
      this.pendingX += dx;
      this.pendingY += dy;
      return;
    }
    this.flushStep();
    this.pendingX = dx;
    this.pendingY = dy;
  }
  closePath() {
    this.flushRing(true);
  }
  arc() {}
  rect() {}
  quadraticCurveTo() {}
  bezierCurveTo() {}
  arcTo() {}
  result(): string {
    this.flushRing(false);
    const d = this.parts.join("");
    this.parts = [];
    return d;
  }
  private flushStep() {
    if (this.pendingX === 0 && this.pendingY === 0) return;
    const pair = `${this.pendingX}${this.pendingY < 0 ? "" : " "}${this.pendingY}`;
    this.ring += this.steps === 0 ? `l${pair}` : `${this.pendingX < 0 ? "" : " "}${pair}`;
    this.steps++;
    this.pendingX = 0;
    this.pendingY = 0;
  }
  /** Ends the current ring; a ring that never left its first pixel draws nothing and is dropped. */
  private flushRing(closed: boolean) {
    this.flushStep();
    if (this.ring && this.steps > 0) this.parts.push(closed ? `${this.ring}Z` : this.ring);
    this.ring = "";
    this.steps = 0;
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
    if (!nearFrame(c.box, lat, lon)) continue;
    // Clipped to the frame, a country outside it draws nothing: no bounds are
    // taken first, which streamed every nearby country through the projection twice.
    path(c.geometry);
    const d = context.result();
    if (d) shapes.push({ d, name: c.properties.name, home: wanted !== null && c.properties.name.toLowerCase() === wanted });
  }
  const [x, y] = projection([lon, lat]) ?? [MAP_WIDTH / 2, MAP_HEIGHT / 2];
  return { width: MAP_WIDTH, height: MAP_HEIGHT, shapes, dot: { x: Math.round(x), y: Math.round(y) } };
}
