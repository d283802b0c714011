/**
 * The Places view's map: every country in the frame that holds the archive's
 * places, drawn at build time from Natural Earth (world-atlas countries-110m:
 * at this size 50m detail is sub-pixel and triples the file) with d3-geo, as
 * path strings the app draws as SVG. No tile server, nothing fetched at run time.
 *
 * The projection is a plain equirectangular one whose numbers ship with the
 * map, so the app places marks itself (those of imported bulletins too).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { geoEquirectangular, geoPath, type GeoPermissibleObjects } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { OverviewMap } from "../views/model.ts";
import { RoundingContext } from "./locator.ts";

export const OVERVIEW_WIDTH = 800;
export const OVERVIEW_HEIGHT = 480;
/** Degrees added around the places' frame, so marks at its edge are not cut. */
const FRAME_MARGIN_DEGREES = 3;
/**
 * The share of mentions the frame must hold. Trimmed from both ends of each
 * axis, so that a few far-off mentions (Washington in a Central Asia report)
 * do not shrink the region the archive is about to a corner of a world map.
 */
export const FRAME_MENTION_SHARE = 0.95;

export interface MapPoint {
  lat: number;
  lon: number;
  weight: number;
}

/** The [low, high] range holding `share` of the weight, trimmed evenly from both ends. */
export function weightedRange(values: ReadonlyArray<{ v: number; weight: number }>, share: number): [number, number] {
  const sorted = [...values].sort((a, b) => a.v - b.v);
  const total = sorted.reduce((n, x) => n + x.weight, 0);
  const cut = (total * (1 - share)) / 2;
  const pick = (list: typeof sorted) => {
    let acc = 0;
    for (const x of list) {
      acc += x.weight;
      if (acc > cut) return x.v;
    }
    return list.at(-1)?.v ?? 0;
  };
  return [pick(sorted), pick([...sorted].reverse())];
}

let countries: Array<{ properties: { name: string }; geometry: GeoPermissibleObjects }> | null = null;

function loadCountries() {
  if (countries) return countries;
  const require = createRequire(import.meta.url);
  const topo = JSON.parse(readFileSync(require.resolve("world-atlas/countries-110m.json"), "utf8")) as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  countries = (feature(topo, topo.objects.countries) as unknown as { features: NonNullable<typeof countries> }).features;
  return countries;
}

/** The map framing the points, or null when none has coordinates. */
export function overviewMap(points: readonly MapPoint[]): OverviewMap | null {
  if (points.length === 0) return null;
  const [west, east] = weightedRange(points.map((p) => ({ v: p.lon, weight: p.weight })), FRAME_MENTION_SHARE);
  const [south, north] = weightedRange(points.map((p) => ({ v: p.lat, weight: p.weight })), FRAME_MENTION_SHARE);
  const lonSpan = east - west + 2 * FRAME_MARGIN_DEGREES;
  const latSpan = north - south + 2 * FRAME_MARGIN_DEGREES;
  const k = Math.min(OVERVIEW_WIDTH / lonSpan, OVERVIEW_HEIGHT / latSpan);
  const projection = {
    lon0: (west + east) / 2,
    lat0: (south + north) / 2,
    k: Math.round(k * 1000) / 1000,
    x0: OVERVIEW_WIDTH / 2,
    y0: OVERVIEW_HEIGHT / 2,
  };
  // d3's equirectangular: scale is pixels per radian; the same frame as `project`.
  const d3 = geoEquirectangular()
    .scale((projection.k * 180) / Math.PI)
    .center([projection.lon0, projection.lat0])
    .translate([projection.x0, projection.y0])
    .clipExtent([
      [0, 0],
      [OVERVIEW_WIDTH, OVERVIEW_HEIGHT],
    ]);
  const context = new RoundingContext();
  const path = geoPath(d3, context as never);
  const measure = geoPath(d3);
  const shapes: OverviewMap["shapes"] = [];
  for (const c of loadCountries()) {
    const [[x0, y0], [x1, y1]] = measure.bounds(c.geometry);
    if (!(x1 > 0 && x0 < OVERVIEW_WIDTH && y1 > 0 && y0 < OVERVIEW_HEIGHT)) continue;
    path(c.geometry);
    const d = context.result();
    if (d) shapes.push({ d, name: c.properties.name });
  }
  return { width: OVERVIEW_WIDTH, height: OVERVIEW_HEIGHT, shapes, projection };
}
