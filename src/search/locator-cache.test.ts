import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tempDirs } from "../site-generator/testing/temp-dirs.ts";
import type { LocatorMap } from "../map/locator.ts";
import { LocatorCache, locatorVersion } from "./locator-cache.ts";

const cacheDir = tempDirs("locator-cache-");

/** A stand-in drawing that says which drawing made it, and counts its calls. */
function drawing(name: string) {
  const calls: string[] = [];
  const draw = (lat: number | null, lon: number | null, country: string | null): LocatorMap | null => {
    calls.push(`${lat},${lon},${country}`);
    return lat === null ? null : ({ width: 240, height: 160, shapes: [{ name: `${name}:${country}`, home: true, d: "M0 0" }], dot: { x: lat, y: lon ?? 0 } } as unknown as LocatorMap);
  };
  return { draw, calls };
}

describe("locator map cache", () => {
  it("draws a place's map once across builds of the same drawing code, and gives back the same map", () => {
    const dir = cacheDir();
    const first = drawing("v1");
    const one = new LocatorCache(dir, "0123456789abcdef", first.draw);
    const drawn = one.map(43.2, 76.9, "Kazakhstan");
    expect(one.map(null, null, null)).toBeNull();
    one.save();
    const again = drawing("v1");
    const two = new LocatorCache(dir, "0123456789abcdef", again.draw);
    expect(two.map(43.2, 76.9, "Kazakhstan")).toEqual(drawn);
    expect(two.map(null, null, null)).toBeNull();
    expect(again.calls).toEqual([]);
    // A place not drawn before is drawn.
    two.map(41.3, 69.2, "Uzbekistan");
    expect(again.calls).toEqual(["41.3,69.2,Uzbekistan"]);
  });

  it("never serves a map drawn by other code: another version draws afresh and its file replaces the old", () => {
    const dir = cacheDir();
    const old = new LocatorCache(dir, "0123456789abcdef", drawing("old").draw);
    old.map(43.2, 76.9, "Kazakhstan");
    old.save();
    const newer = drawing("new");
    const cache = new LocatorCache(dir, "fedcba9876543210", newer.draw);
    const map = cache.map(43.2, 76.9, "Kazakhstan") as unknown as { shapes: Array<{ name: string }> };
    expect(map.shapes[0]!.name).toBe("new:Kazakhstan");
    cache.save();
    expect(readdirSync(dir)).toEqual(["locator-fedcba9876543210.json"]);
  });

  it("keys the drawing's version on the map code and the atlas", () => {
    expect(locatorVersion()).toMatch(/^[0-9a-f]{16}$/);
  });
});
