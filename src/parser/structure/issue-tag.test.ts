import { describe, expect, it } from "vitest";
import { findIssueTags, stripIssueTags } from "./issue-tag.ts";

describe("issue tags", () => {
  it("reads RCA and CRS tags, wrapped, without comma or opening parenthesis", () => {
    expect(findIssueTags("x (RCA No. 566, 07-Feb-09)").map((t) => t.tag)).toEqual([{ code: "RCA", number: 566, date: "2009-02-07" }]);
    expect(findIssueTags("(CRS No. 504\n31-July-09)")[0]?.tag).toEqual({ code: "CRS", number: 504, date: "2009-07-31" });
    expect(findIssueTags("CRS No. 503, 20-Sept-07)")[0]?.tag).toEqual({ code: "CRS", number: 503, date: "2007-09-20" });
  });

  it("ignores a bare `No. 5` with neither parenthesis nor date", () => {
    expect(findIssueTags("Resolution No. 5 was passed")).toEqual([]);
  });

  it("strips the tag from a byline", () => {
    expect(stripIssueTags("By A B in Almaty (RCA No. 565, 07-Feb-09)")).toEqual({
      rest: "By A B in Almaty",
      tag: { code: "RCA", number: 565, date: "2009-02-07" },
    });
  });

  it("reads a weekly issue's tag, dated by the week's last day, and strips it whole", () => {
    expect(stripIssueTags("By A B in New York (TU 299, 03-07 February 2003)")).toEqual({
      rest: "By A B in New York",
      tag: { code: "TU", number: 299, date: "2003-02-07" },
    });
  });
});
