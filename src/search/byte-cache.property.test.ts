// Property test for the sharded search's cache: whatever the reader types, the
// shards and chunks it holds stay within their byte budget, and what it keeps
// is what was used last (so the next keystroke's files are still there).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ByteCache } from "./byte-cache.ts";

type Op = { op: "set"; key: number; bytes: number } | { op: "get"; key: number } | { op: "grow"; key: number; bytes: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant("set" as const), key: fc.integer({ min: 0, max: 12 }), bytes: fc.integer({ min: 0, max: 400 }) }),
  fc.record({ op: fc.constant("get" as const), key: fc.integer({ min: 0, max: 12 }) }),
  fc.record({ op: fc.constant("grow" as const), key: fc.integer({ min: 0, max: 12 }), bytes: fc.integer({ min: 0, max: 200 }) }),
);

describe("byte cache", () => {
  it("stays within its budget, keeps the most recently used, and counts its bytes right", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(op, { maxLength: 80 }), (budget, ops) => {
        const cache = new ByteCache<number, string>(budget);
        // The model: keys oldest first with their bytes; eviction drops from the front while over budget, never the last one.
        let model: Array<[number, number]> = [];
        const evict = () => {
          while (model.length > 1 && model.reduce((n, [, b]) => n + b, 0) > budget) model.shift();
        };
        for (const o of ops) {
          const at = model.findIndex(([k]) => k === o.key);
          if (o.op === "set") {
            if (at >= 0) model.splice(at, 1);
            model.push([o.key, o.bytes]);
            cache.set(o.key, `v${o.key}`, o.bytes);
            evict();
          } else if (o.op === "get") {
            const got = cache.get(o.key);
            expect(got).toBe(at >= 0 ? `v${o.key}` : undefined);
            if (at >= 0) model.push(...model.splice(at, 1));
          } else {
            cache.grow(o.key, o.bytes);
            if (at >= 0) (model[at] as [number, number])[1] += o.bytes;
            evict();
          }
          expect(cache.keys()).toEqual(model.map(([k]) => k));
          const total = model.reduce((n, [, b]) => n + b, 0);
          expect(cache.bytes).toBe(total);
          expect(cache.bytes <= budget || cache.size === 1).toBe(true);
        }
        model = [];
      }),
    );
  });

  it("drops the least recently used first, not the oldest inserted", () => {
    const cache = new ByteCache<string, number>(30);
    cache.set("a", 1, 10);
    cache.set("b", 2, 10);
    cache.set("c", 3, 10);
    cache.get("a");
    cache.set("d", 4, 10);
    expect(cache.keys()).toEqual(["c", "a", "d"]);
    expect(cache.get("b")).toBeUndefined();
  });
});
