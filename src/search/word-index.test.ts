import { describe, expect, it } from "vitest";
import { WordIndex, prefixEditDistance } from "./word-index.ts";

describe("word filter", () => {
  it("counts two swapped neighbouring letters as one slip, like one wrong letter", () => {
    expect(prefixEditDistance("koavc", "kovac", 2)).toBe(1);
    expect(prefixEditDistance("kovec", "kovac", 2)).toBe(1);
    expect(prefixEditDistance("okvac", "kovac", 2)).toBe(1);
  });

  it("still treats a name being typed as no error at all", () => {
    expect(prefixEditDistance("kov", "kovacevic", 1)).toBe(0);
    expect(prefixEditDistance("kvo", "kovacevic", 1)).toBe(1);
  });

  it("hands a record with swapped letters in its only word to the scorer", () => {
    const index = new WordIndex([["dana kovac"], ["tomas novak"], ["lena kovacs"]]);
    const { positions, complete } = index.rank(["koavc"]);
    expect(positions.slice(0, complete).sort()).toEqual([0, 2]);
  });

  it("does not let an unrelated word of the same letters through", () => {
    const index = new WordIndex([["dana kovac"], ["tomas novak"]]);
    expect(index.candidates(["cavok"])).toEqual([]);
  });
});
