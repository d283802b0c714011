import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FIRST_PAGE_ITEMS, PAGE_PIECE_ITEMS, pageList, timelineOf, type PagePiece } from "./page-data.ts";

describe("a page's long list", () => {
  it("is its first items in the page's file and the rest in pieces, which together are the whole list in order", () => {
    fc.assert(
      fc.property(fc.nat({ max: FIRST_PAGE_ITEMS + 3 * PAGE_PIECE_ITEMS }), (n) => {
        const items = Array.from({ length: n }, (_, i) => i);
        const written = new Map<string, PagePiece<number>>();
        const { first, more } = pageList(items, (piece) => {
          const name = `piece-${written.size}`;
          written.set(name, piece);
          return name;
        });
        expect(first).toEqual(items.slice(0, FIRST_PAGE_ITEMS));
        expect([...first, ...more.flatMap((f) => written.get(f)!.items)]).toEqual(items);
        expect(more).toHaveLength(Math.max(0, Math.ceil((n - FIRST_PAGE_ITEMS) / PAGE_PIECE_ITEMS)));
        for (const f of more) expect(written.get(f)!.items.length).toBeLessThanOrEqual(PAGE_PIECE_ITEMS);
      }),
    );
  });

  it("leaves every dated quote on the timeline, the undated off it", () => {
    const q = (quoteId: string, date: string | null) => ({ bulletinId: "b", articleSlug: "s", quoteId, text: "", speaker: "", headline: "", date, href: "" });
    expect(timelineOf([q("q1", "2009-01-02"), q("q2", null), q("q3", "2010-03-04")])).toEqual([
      ["2009-01-02", "b", "s", "q1"],
      ["2010-03-04", "b", "s", "q3"],
    ]);
  });
});
