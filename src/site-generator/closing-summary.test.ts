import { describe, expect, it } from "vitest";
import { MAX_FAILURES_LISTED } from "./cache/build-report.ts";
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
      "summary: warnings about damage: 3 in 1 bulletin (incomplete-paragraph 2, encoding 1)",
      '  left out: a-1-copy.txt: bulletin id "a-1" already used by a-1.txt',
    ]);
  });

  it("lists files left out up to the parse summary's limit, then how many more", () => {
    const count = MAX_FAILURES_LISTED + 3;
    const leftOut = Array.from({ length: count }, (_, i) => ({ file: `x-${i}.txt`, reason: "not a bulletin" }));
    const lines = closingSummary([], leftOut);
    expect(lines[0]).toBe(`summary: 0 bulletins built from ${count} files, ${count} left out`);
    expect(lines.filter((l) => l.startsWith("  left out:"))).toHaveLength(MAX_FAILURES_LISTED);
    expect(lines.at(-1)).toBe("  … and 3 more");
  });

  it("names each bulletin whose copy lacks text its contents name, with what is missing", () => {
    const cut = makeBulletin({
      id: "crs-9",
      sourceFile: "crs-9.txt",
      warnings: [{ kind: "missing-text", message: 'This copy ends after its contents: the text of its 3 articles is not in it', line: null }],
    });
    const whole = makeBulletin({ id: "crs-10", warnings: [] });
    const lines = closingSummary([cut, whole], []);
    expect(lines).toContain("summary: 1 bulletin without the text of every article in the contents");
    expect(lines).toContain("  incomplete: crs-9.txt: This copy ends after its contents: the text of its 3 articles is not in it");
    expect(closingSummary([whole], []).some((l) => l.includes("incomplete"))).toBe(false);
  });
});
