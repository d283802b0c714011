import { describe, expect, it } from "vitest";
import { csvCell, toCsv, UTF8_BOM } from "./csv.ts";

/** A strict RFC 4180 reader, to check that what we write reads back as the same cells. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (cell += c), i++;
    } else if (c === '"' && cell === "") (quoted = true), i++;
    else if (c === ",") row.push(cell), (cell = ""), i++;
    else if (c === "\r" && text[i + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), (i += 2);
    else if (c === '"' || c === "\n" || c === "\r") throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else (cell += c), i++;
  }
  if (cell !== "" || row.length > 0) throw new Error("last row not ended by CRLF");
  return rows;
}

describe("CSV", () => {
  it("reads back cells with commas, quotes and line breaks unchanged", () => {
    const tricky = ['He said, "No."', "two\nlines", "a\r\nb", "plain", "Ölgii, Mongolia"];
    const csv = toCsv(["a", "b", "c", "d", "e"], [tricky]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(readCsv(csv.slice(1))).toEqual([["a", "b", "c", "d", "e"], tricky]);
  });

  it("makes quoted text that looks like a formula show as text in a spreadsheet", () => {
    expect(csvCell('=HYPERLINK("http://evil","click")')).toBe(`"'=HYPERLINK(""http://evil"",""click"")"`);
    expect(csvCell("+7 701 555")).toBe("'+7 701 555");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("a = b")).toBe("a = b");
  });

  it("writes numbers as numbers, negative ones too, and nulls as empty cells", () => {
    expect(toCsv(["v", "u"], [[-12.5, null], [1000, "people"]]).slice(1)).toBe("v,u\r\n-12.5,\r\n1000,people\r\n");
  });
});
