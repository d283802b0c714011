/** Where a place falls on the overview map (src/map/overview.ts draws it; the app places the marks). */
import type { OverviewMap } from "./model.ts";

export function project(p: OverviewMap["projection"], lat: number, lon: number): { x: number; y: number } {
  return { x: Math.round(p.x0 + p.k * (lon - p.lon0)), y: Math.round(p.y0 - p.k * (lat - p.lat0)) };
}

export function inFrame(map: Pick<OverviewMap, "width" | "height">, pt: { x: number; y: number }): boolean {
  return pt.x >= 0 && pt.y >= 0 && pt.x <= map.width && pt.y <= map.height;
}
