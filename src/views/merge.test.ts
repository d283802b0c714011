import { describe, expect, it } from "vitest";
import { sampleArchive } from "../search/testing/bulletins.ts";
import { buildViewRows } from "./build.ts";
import { mergePeople, mergeRows } from "./merge.ts";

describe("merging imported bulletins into the views", () => {
  const [older, newer] = sampleArchive() as [never, never];
  const built = buildViewRows([older]);
  const imported = buildViewRows([newer]);
  const whole = buildViewRows([older, newer]);

  it("adds an imported person's quotes to the built person of the same id", () => {
    const merged = mergePeople(built.people, imported.people);
    const president = merged.find((p) => p.name.startsWith("Nursultan"))!;
    const expected = whole.people.find((p) => p.name.startsWith("Nursultan"))!;
    expect(president.quotes).toBe(expected.quotes);
    expect(president.last).toBe("2009-05-12");
    expect(merged).toHaveLength(whole.people.length);
  });

  it("moves the imports' article and place indexes onto the merged lists", () => {
    const m = mergeRows({ ...built, rows: built.quotes }, { ...imported, rows: imported.quotes });
    expect(m.rows).toHaveLength(whole.quotes.length);
    for (const r of m.rows) {
      expect(m.articles[r.a]!.b).toBe(r.b);
      for (const i of r.pl) expect(m.places[i]).toBeDefined();
    }
    const q = m.rows.find((r) => r.text.includes("Kazakstan will build"))!;
    expect(q.pl.map((i) => m.places[i]!.name)).toContain("Pervomaysky");
    expect(new Set(m.places.map((p) => p.id)).size).toBe(m.places.length);
  });
});
