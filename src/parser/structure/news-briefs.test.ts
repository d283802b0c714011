import { describe, expect, it } from "vitest";
import { toBlocks } from "../blocks.ts";
import { normalise } from "../normalise.ts";
import { findNewsBriefs } from "./news-briefs.ts";

describe("news briefs", () => {
  it("reads dated one-line items under a NEWS UPDATE header, wrapped items included", () => {
    const blocks = toBlocks(normalise("CAUCASUS NEWS UPDATE\n\nJune 30 Police in Baku detained two\nreporters.\nJuly 1 Parliament met.\n\nNext block."));
    const { briefs, consumed } = findNewsBriefs(blocks, 2004);
    expect(briefs).toEqual([
      { id: "n1", dateText: "June 30", date: "2004-06-30", text: "Police in Baku detained two reporters.", incomplete: false, lines: { startLine: 3, endLine: 4 } },
      { id: "n2", dateText: "July 1", date: "2004-07-01", text: "Parliament met.", incomplete: false, lines: { startLine: 5, endLine: 5 } },
    ]);
    expect([...consumed]).toEqual([0, 1]);
  });

  it("leaves a single dated paragraph without a header alone", () => {
    expect(findNewsBriefs(toBlocks(normalise("June 30 was the hottest day of the year.")), 2004).briefs).toEqual([]);
  });
});
