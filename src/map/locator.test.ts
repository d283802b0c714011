import { describe, expect, it } from "vitest";
import { locatorMap, RoundingContext } from "./locator.ts";

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
});
