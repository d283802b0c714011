import { describe, expect, it } from "vitest";
import { cutRuns, RUN_FLOOR_SHARE } from "./pieces.ts";

interface Item {
  key: string;
  size: number;
}

const MAX_BYTES = 20_000;
/** Items of 40 to 400 bytes, their sizes spread by their number: the same every run. */
const items = (from: number, count: number): Item[] => Array.from({ length: count }, (_, i) => ({ key: `item-${from + i}`, size: 40 + (((from + i) * 7919) % 361) }));
const cut = (list: readonly Item[]) => cutRuns(list, (i) => i.size, (i) => i.key, MAX_BYTES);
const runNames = (runs: Item[][]) => runs.map((run) => run.map((i) => i.key).join(","));
const bytes = (run: Item[]) => run.reduce((n, i) => n + i.size, 0);

describe("runs cut where their items say", () => {
  const archive = items(0, 3000);
  const runs = cut(archive);

  it("hold every item in order, each run within the budget and, but for the last, past the floor", () => {
    expect(runs.flat()).toEqual(archive);
    for (const run of runs) expect(bytes(run)).toBeLessThanOrEqual(MAX_BYTES);
    for (const run of runs.slice(0, -1)) expect(bytes(run)).toBeGreaterThanOrEqual(MAX_BYTES * RUN_FLOOR_SHARE);
  });

  it("are cut where they were after items added at the front, as a new bulletin's rows are (newest first)", () => {
    const before = new Set(runNames(runs));
    const after = runNames(cut([...items(10_000, 12), ...archive]));
    // The runs the new items joined differ; those after are the ones before, files and caches kept.
    const kept = after.filter((name) => before.has(name)).length;
    expect(after.length - kept).toBeLessThanOrEqual(2);
  });

  it("are cut where they were away from items added in the middle", () => {
    const before = new Set(runNames(runs));
    const after = runNames(cut([...archive.slice(0, 1500), ...items(20_000, 5), ...archive.slice(1500)]));
    expect(after.length - after.filter((name) => before.has(name)).length).toBeLessThanOrEqual(2);
  });
});
