import { describe, expect, it } from "vitest";
import { makeBulletin } from "../testing/bulletins.ts";
import { createBuildReport, PROGRESS_INTERVAL_MS } from "./build-report.ts";

const warning = (kind: "encoding" | "dropped-line") => ({ kind, message: "", line: null });

describe("build report", () => {
  it("prints progress at most once an interval, and always the last bulletin", () => {
    let t = 0;
    const lines: string[] = [];
    const report = createBuildReport({ total: 4, log: (l) => lines.push(l), now: () => t });
    report.parsed("a.txt", makeBulletin(), false); // first line at once
    t += 10;
    report.parsed("b.txt", makeBulletin(), true); // too soon
    t += PROGRESS_INTERVAL_MS;
    report.parsed("c.txt", makeBulletin(), true);
    t += 10;
    report.parsed("d.txt", makeBulletin(), true); // the last one always shows
    expect(lines).toEqual([
      "bulletins: 1/4 parsed (0 from cache)",
      "bulletins: 3/4 parsed (2 from cache)",
      "bulletins: 4/4 parsed (3 from cache)",
    ]);
  });

  it("ends with counts of warnings by kind and the failures by file", () => {
    let t = 0;
    const lines: string[] = [];
    const report = createBuildReport({ total: 3, log: (l) => lines.push(l), now: () => t });
    report.parsed("a.txt", makeBulletin({ warnings: [warning("encoding"), warning("dropped-line"), warning("encoding")] }), false);
    report.failed("b.txt", new Error("no articles found"));
    report.parsed("c.txt", makeBulletin(), true);
    t = 2500;
    lines.length = 0;
    const summary = report.finish();
    expect(summary).toMatchObject({ parsed: 2, fromCache: 1, warnings: 3, bulletinsWithWarnings: 1 });
    expect(lines).toEqual([
      "bulletins: 2 of 3 parsed in 2.5 s (1 from cache, 1 parsed anew)",
      "warnings: 3 in 1 bulletin (encoding 2, dropped-line 1)",
      "failures: 1",
      "  b.txt: no articles found",
    ]);
  });
});
