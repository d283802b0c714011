import { describe, expect, it } from "vitest";
import { isSeparator, toBlocks } from "./blocks.ts";
import { normalise } from "./normalise.ts";

describe("toBlocks", () => {
  it("groups non-blank lines, with 1-based source spans", () => {
    const blocks = toBlocks(normalise("\nA one\nA two\n\n\nB\n"));
    expect(blocks.map((b) => [b.lines, b.startLine, b.endLine])).toEqual([
      [["A one", "A two"], 2, 3],
      [["B"], 6, 6],
    ]);
  });

  it("makes a separator line a block of its own even with no blank lines around it", () => {
    const blocks = toBlocks(normalise("text\n**** www.iwpr.net\nmore"));
    expect(blocks.map((b) => b.lines)).toEqual([["text"], ["**** www.iwpr.net"], ["more"]]);
    expect(blocks.map(isSeparator)).toEqual([false, true, false]);
  });

  it("keeps source lines right when mail headers were removed above", () => {
    const blocks = toBlocks(normalise("Date: x\nPrecedence: bulk\n\nPara"));
    expect(blocks[0]).toMatchObject({ lines: ["Para"], startLine: 4, endLine: 4 });
  });
});
