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

  it("finds a short name whose slip leaves no three letters in common with it", () => {
    // "lzaic" and "lazic" share no trigram, which the trigram filter looks for first.
    const index = new WordIndex([["tomislav radic"], ["tomislav lazic"], ["tomislav peric"]]);
    const { positions, complete } = index.rank(["tomislav", "lzaic"]);
    expect(positions.slice(0, complete)).toEqual([1]);
  });

  it("does not let an unrelated word of the same letters through", () => {
    const index = new WordIndex([["dana kovac"], ["tomas novak"]]);
    expect(index.candidates(["cavok"])).toEqual([]);
  });
});

describe("only the word being typed is a prefix", () => {
  const index = new WordIndex([["there were new taxes"], ["the taxes rose again"], ["they said the tax office"]]);

  it("reads an earlier word whole, so a phrase of common words finds the text that has it", () => {
    // "the" is not "there" or "they": only the second text has both words.
    expect(index.rank(["the", "taxes"]).complete).toBe(1);
    expect(index.candidates(["the", "taxes"])[0]).toBe(1);
  });

  it("still completes the last word while it is being typed", () => {
    // "tax" is also the start of "taxes": the second and the third text have both words.
    expect(index.rank(["the", "tax"]).complete).toBe(2);
  });

  it("reads every word whole once a space follows the last", () => {
    expect(index.rank(["the", "tax"], undefined, null, false).complete).toBe(1);
    expect(index.candidates(["the", "tax"], undefined, null, false)[0]).toBe(2);
  });
});

describe("common words", () => {
  // Forty quotes with "the", one with "the harvest": "the" is in nearly every record.
  const texts = [...Array.from({ length: 40 }, (_, i) => [`the people of village ${i}`]), ["the harvest failed"]];
  const index = new WordIndex(texts);

  it("let the rare word choose, so the quote that has it comes first", () => {
    expect(index.candidates(["the", "harvest"])[0]).toBe(40);
    expect(index.rank(["the", "harvest"]).complete).toBe(1);
  });

  it("still put the records that hold them first among those the rare word chose", () => {
    const withHarvest = new WordIndex([...texts, ["harvest festival"], ["the harvest failed"]]);
    expect(withHarvest.candidates(["the", "harvest"]).slice(0, 3)).toEqual([40, 42, 41]);
  });

  it("still choose when the query has nothing rarer", () => {
    expect(index.rank(["the", "people"]).complete).toBe(40);
  });
});
