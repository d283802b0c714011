import { describe, expect, it } from "vitest";
import { makeBulletin } from "./fixtures/make-bulletin.ts";
import { parseOutcome } from "./parse-outcome.ts";

class NotABulletinError extends Error {
  override name = "NotABulletinError";
}

describe("parseOutcome", () => {
  it("passes a valid bulletin through", () => {
    const outcome = parseOutcome(() => makeBulletin("rca-101"), "text", "a.txt");
    expect(outcome).toMatchObject({ ok: true, bulletin: { id: "rca-101" } });
  });

  it("turns the parser's typed signal into a not-a-bulletin refusal", () => {
    const outcome = parseOutcome(() => { throw new NotABulletinError("not an IWPR bulletin (no title line, contents or articles found)"); }, "hello", "a.txt");
    expect(outcome).toMatchObject({ ok: false, reason: "not-a-bulletin", message: "Not an IWPR bulletin: no title line, contents or articles found." });
  });

  it("refuses a parse that found no contents, articles or news items", () => {
    const outcome = parseOutcome(() => makeBulletin("x", { articles: [], newsBriefs: [], toc: [] }), "Dear friend", "letter.txt");
    expect(outcome).toMatchObject({ ok: false, reason: "not-a-bulletin" });
  });

  it("keeps a copy cut off after its contents: its contents are the bulletin", () => {
    const entry = {
      headlineRaw: "FERRY CREWS WALK OUT",
      summary: "Boatmen stop work over unpaid wages.",
      byline: "By A Reporter in Lankaran",
      issueTag: null,
      section: null,
      articleSlug: null,
      lines: { startLine: 3, endLine: 4 },
    };
    const outcome = parseOutcome(() => makeBulletin("crs-733", { articles: [], newsBriefs: [], toc: [entry] }), "text", "cut.txt");
    expect(outcome).toMatchObject({ ok: true, bulletin: { id: "crs-733", toc: [entry] } });
  });

  it("reports any other parser failure with its message", () => {
    const outcome = parseOutcome(() => { throw new RangeError("Maximum call stack size exceeded"); }, "x", "a.txt");
    expect(outcome).toMatchObject({ ok: false, reason: "parse-failed", message: expect.stringContaining("Maximum call stack") });
  });

  it("refuses output that breaks the Bulletin schema, naming where", () => {
    const broken = makeBulletin("rca-101");
    (broken.articles[0] as { slug: string }).slug = "Has Spaces";
    const outcome = parseOutcome(() => broken, "x", "a.txt");
    expect(outcome).toMatchObject({ ok: false, reason: "parse-failed", message: expect.stringContaining("articles.0.slug") });
  });
});
