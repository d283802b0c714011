import { describe, expect, it } from "vitest";
import { normalise } from "./normalise.ts";

describe("normalise", () => {
  it("splits CRLF, CR and LF, strips BOM and NBSP, trims, and maps lines to the source", () => {
    const n = normalise("\ufeffTITLE\r\nline\u00a0one  \rline two\n\n  indented");
    expect(n.lines).toEqual(["TITLE", "line one", "line two", "", "indented"]);
    expect(n.sourceLine).toEqual([1, 2, 3, 4, 5]);
  });

  it("repairs `>From` escaping under an indent (web copies indent every line), but not an indented `>` alone", () => {
    const n = normalise("a\n\n   >From what she saw, he said,\n   >the rest.\n\n   > a quoted line");
    expect(n.lines).toEqual(["a", "", "From what she saw, he said,", "the rest.", "", "> a quoted line"]);
  });

  it("repairs mbox `>From` and the `>` continuation lines of that paragraph only", () => {
    const n = normalise("a\nb\nc\n\n>From here on, he said,\n>the rest.\n\n>quoted later");
    expect(n.lines).toEqual(["a", "b", "c", "", "From here on, he said,", "the rest.", "", ">quoted later"]);
    expect(n.warnings.filter((w) => w.kind === "mail-quoting").map((w) => w.line)).toEqual([5]);
  });

  it("removes `> ` from a whole reposted mail and says so", () => {
    const n = normalise("> TITLE\n>\n> Para one\n> continues.\n");
    expect(n.lines.slice(0, 4)).toEqual(["TITLE", "", "Para one", "continues."]);
    expect(n.warnings[0]).toMatchObject({ kind: "mail-quoting", line: 1 });
  });

  it("drops mail headers with their continuation lines, but keeps a Subject that carries the IWPR title", () => {
    const n = normalise(
      "Date: Sat, 7 Feb 2009\nReceived: from x\n  by y\nPrecedence: bulk\nX-Authentication-Warning: host\nSubject: IWPR'S BALKAN CRISIS REPORT, NO. 11\nSubject: re: lunch\nBody.",
    );
    expect(n.lines).toEqual(["Subject: IWPR'S BALKAN CRISIS REPORT, NO. 11", "Body."]);
    expect(n.sourceLine).toEqual([6, 8]);
    expect(n.warnings.filter((w) => w.kind === "mail-clutter")).toHaveLength(5);
  });

  it("removes `<>` stripped addresses and list chrome, and flags lost characters", () => {
    const n = normalise("Write to Jane <> today.\nReply via email to\nThe paper ??????? said.\nKazak?tan grew.");
    expect(n.lines).toEqual(["Write to Jane today.", "The paper ??????? said.", "Kazak?tan grew."]);
    expect(n.warnings.map((w) => w.kind)).toEqual(["mail-clutter", "mail-clutter", "encoding", "encoding"]);
  });

  it("turns a left quote used as an apostrophe before a year into one", () => {
    expect(normalise("the harvest of ‘09 and ‘quotes’").lines[0]).toBe("the harvest of ’09 and ‘quotes’");
  });

  it("splits a 2002 separator glued to a text line, both halves on the same source line", () => {
    const n = normalise("end of story. ****************** VISIT IWPR ON-LINE: www.iwpr.net ****************");
    expect(n.lines).toEqual(["end of story.", "****************** VISIT IWPR ON-LINE: www.iwpr.net ****************"]);
    expect(n.sourceLine).toEqual([1, 1]);
  });
});
