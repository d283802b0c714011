import { describe, expect, it } from "vitest";
import { tableCsv, tableJson } from "./export.ts";

const table = {
  columns: ["quote", "speaker"],
  rows: [{ cells: ["=SUM(A1)", "Ali, Jr."], href: "/quotes/b/s/q1" }],
};

describe("export", () => {
  it("writes CSV with a permalink column, formula-safe", () => {
    const csv = tableCsv(table, "https://example.org/");
    expect(csv).toBe('\uFEFFquote,speaker,permalink\r\n\'=SUM(A1),"Ali, Jr.",https://example.org/quotes/b/s/q1\r\n');
  });
  it("writes JSON objects keyed by column, with the permalink", () => {
    expect(JSON.parse(tableJson(table, "https://example.org"))).toEqual([{ quote: "=SUM(A1)", speaker: "Ali, Jr.", permalink: "https://example.org/quotes/b/s/q1" }]);
  });
});
