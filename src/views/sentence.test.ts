import { describe, expect, it } from "vitest";
import { MAX_SENTENCE_CHARS, sentenceAround } from "./sentence.ts";

const at = (text: string, figure: string) => [text.indexOf(figure), text.indexOf(figure) + figure.length] as const;

describe("sentenceAround", () => {
  it("cuts the sentence the figure stands in out of its paragraph", () => {
    const text = "Prices rose again. Some 1,200 workers lost their jobs in May. The mayor said nothing.";
    expect(sentenceAround(text, ...at(text, "1,200 workers"))).toBe("Some 1,200 workers lost their jobs in May.");
  });

  it("does not end a sentence at a title or an initial", () => {
    const text = "Mr. Aliev said 40 per cent of J. Smith's staff left. Then it rained.";
    expect(sentenceAround(text, ...at(text, "40 per cent"))).toBe("Mr. Aliev said 40 per cent of J. Smith's staff left.");
  });

  it("shortens a run-on paragraph around the figure", () => {
    const text = `${"word ".repeat(200)}then 5,000 tenge ${"word ".repeat(200)}`;
    const s = sentenceAround(text, ...at(text, "5,000 tenge"));
    expect(s).toContain("5,000 tenge");
    expect(s.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS + 2);
    expect(s.startsWith("…") && s.endsWith("…")).toBe(true);
  });
});
