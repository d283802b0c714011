import { describe, expect, it } from "vitest";
import { capitalisedRuns } from "./runs.ts";

const runs = (t: string) => capitalisedRuns(t).map((r) => r.tokens.map((x) => x.text).join(" "));

describe("capitalisedRuns", () => {
  it("joins capitalised words separated by one space, keeping hyphens and apostrophes", () => {
    expect(runs("said Olzhas Ust-Baev and Mary O'Neill today")).toEqual(["Olzhas Ust-Baev", "Mary O'Neill"]);
  });
  it("ends a run at a possessive and strips the 's", () => {
    const r = capitalisedRuns("Tarazstan’s Security Council met");
    expect(r.map((x) => x.tokens.map((t) => t.text).join(" "))).toEqual(["Tarazstan", "Security Council"]);
    expect(r[0]!.possessive).toBe(true);
  });
  it("does not join across punctuation", () => {
    expect(runs("Bekov, Sultanov")).toEqual(["Bekov", "Sultanov"]);
  });
  it("marks sentence-initial runs, also after an opening quote", () => {
    const r = capitalisedRuns("Rain fell. “Nobody came,” said Ivan Dolgov.");
    expect(r.map((x) => x.sentenceInitial)).toEqual([true, true, false]);
  });
});

describe("capitalisedRuns: letters lost to a wrong encoding", () => {
  it("keeps a `?` for a lost letter inside a name or as its lost capital", () => {
    expect(runs("then Ma?mudov and ?rdasher Ismoilov left")).toEqual(["Ma?mudov", "?rdasher Ismoilov"]);
  });
  it("does not take a question mark or a lost apostrophe for a letter", () => {
    expect(runs("Why? Because Kazakstan?s economy grew, said Bek?")).toEqual(["Why", "Because Kazakstan", "Bek"]);
  });
});
