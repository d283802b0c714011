import { describe, expect, it } from "vitest";
import { segmentParagraph, type Segment } from "./segments.ts";

const flat = (segments: Segment[]): string =>
  segments.map((s) => (s.type === "text" ? s.text : `[${s.type}:${flat(s.children)}]`)).join("");

describe("segmentParagraph", () => {
  const text = "“We lost 40 per cent,” said Anvar Tosh in Kulob.";

  it("splits text by offsets, nesting statistics and mentions inside quotes", () => {
    const quoteEnd = text.indexOf("said") - 1;
    const segments = segmentParagraph(text, [
      { type: "person", id: "anvar-tosh", start: text.indexOf("Anvar"), end: text.indexOf(" in") },
      { type: "statistic", id: "s1", start: text.indexOf("40"), end: text.indexOf(",”") },
      { type: "quote", id: "q1", start: 0, end: quoteEnd },
      { type: "place", id: "kulob", start: text.indexOf("Kulob"), end: text.length - 1 },
    ]);
    expect(flat(segments)).toBe("[quote:“We lost [statistic:40 per cent],”] said [person:Anvar Tosh] in [place:Kulob].");
  });

  it("keeps every character of the paragraph exactly once", () => {
    const segments = segmentParagraph(text, [
      { type: "quote", id: "q1", start: 0, end: 20 },
      { type: "statistic", id: "s1", start: 15, end: 30 }, // crosses the quote's end: cut there
    ]);
    expect(flat(segments).replace(/\[\w+:|\]/g, "")).toBe(text);
  });

  it("drops an annotation whose offsets fall outside the text instead of shifting the rest", () => {
    const segments = segmentParagraph("short text", [
      { type: "statistic", id: "s9", start: 3, end: 400 },
      { type: "statistic", id: "s1", start: 0, end: 5 },
    ]);
    expect(flat(segments)).toBe("[statistic:short] text");
  });
});
