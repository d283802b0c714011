import { describe, expect, it } from "vitest";
import { findHits, segments } from "./highlight.ts";

const marked = (text: string, query: string) =>
  segments(text, findHits(text, query))
    .filter((s) => s.hit)
    .map((s) => s.text);

describe("findHits", () => {
  it("marks the original spelling when the query uses another romanisation", () => {
    expect(marked("President Nursultan Nazarbaev said so.", "Nazarbayev")).toEqual(["Nazarbaev"]);
  });

  it("marks diacritics and curly apostrophes as written", () => {
    expect(marked("They moved to Öskemen’s outskirts.", "oskemens")).toEqual(["Öskemen’s"]);
  });

  it("marks a word the query misspells by one letter", () => {
    expect(marked("Sergei Pashevich, who heads the group", "Pashevch")).toEqual(["Pashevich"]);
  });

  it("marks every occurrence of every query word", () => {
    expect(marked("Barracks here, barracks there; no money for barracks.", "barracks money")).toEqual([
      "Barracks",
      "barracks",
      "money",
      "barracks",
    ]);
  });

  it("marks a whole phrase as one run", () => {
    expect(marked("The Kazak Business Forum met.", "business forum")).toEqual(["Business Forum"]);
  });

  it("marks nothing for an unrelated query or a one-letter query", () => {
    expect(findHits("Nothing to see here.", "zebra")).toEqual([]);
    expect(findHits("a a a", "a")).toEqual([]);
  });

  it("segments cover the whole text in order", () => {
    const text = "Aliya went to Almaty, then Aliya came back.";
    expect(segments(text, findHits(text, "aliya")).map((s) => s.text).join("")).toBe(text);
  });
});
