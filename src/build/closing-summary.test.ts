import { describe, expect, it } from "vitest";
import { closingSummary } from "./closing-summary.ts";
import { makeBulletin } from "./testing/bulletins.ts";

describe("closing summary", () => {
  it("counts the bulletins built, the damage warnings by kind, and names each file left out and why", () => {
    const damaged = makeBulletin({
      id: "a-1",
      warnings: [
        { kind: "incomplete-paragraph", message: "cut", line: 3 },
        { kind: "incomplete-paragraph", message: "cut again", line: 9 },
        { kind: "encoding", message: "mojibake", line: null },
      ],
    });
    const clean = makeBulletin({ id: "a-2", warnings: [] });
    const lines = closingSummary([damaged, clean], [{ file: "a-1-copy.txt", reason: 'bulletin id "a-1" already used by a-1.txt' }]);
    expect(lines).toEqual([
      "summary: 2 bulletins built from 3 files, 1 left out",
      "summary: 3 warnings about damage, in 1 bulletin (incomplete-paragraph 2, encoding 1)",
      '  left out: a-1-copy.txt: bulletin id "a-1" already used by a-1.txt',
    ]);
  });

  it("lists at most ten files left out, then how many more", () => {
    const leftOut = Array.from({ length: 13 }, (_, i) => ({ file: `x-${i}.txt`, reason: "not a bulletin" }));
    const lines = closingSummary([], leftOut);
    expect(lines[0]).toBe("summary: 0 bulletins built from 13 files, 13 left out");
    expect(lines.filter((l) => l.startsWith("  left out:"))).toHaveLength(10);
    expect(lines.at(-1)).toBe("  … and 3 more");
  });
});
