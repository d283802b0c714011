import { describe, expect, it } from "vitest";
import { extract } from "./index.ts";
import { article, bulletin } from "./test-support/bulletin.ts";
import { testGazetteer } from "./test-support/gazetteer.ts";

const b = bulletin([
  article("jobs", [
    "Factories in Qarabulaq laid off 300 workers, said economist Timur Bekmuratov.",
    "“We have nothing left,” said Bekmuratov.",
  ], ["Aigerim Tulenova"]),
]);

describe("extract", () => {
  const out = extract(b, { gazetteer: testGazetteer });
  it("fills people, places, quotes and statistics, leaving the structure alone", () => {
    expect(out.people.map((p) => p.name)).toEqual(["Timur Bekmuratov", "Aigerim Tulenova"]);
    expect(out.places).toMatchObject([{ name: "Qarabulaq", country: "KZ", lat: 44.9 }]);
    const a = out.articles[0]!;
    expect(a.paragraphs).toEqual(b.articles[0]!.paragraphs);
    expect(a.quotes[0]?.speaker.personId).toBe(out.people[0]!.id);
    expect(a.statistics.some((s) => s.value === 300)).toBe(true);
  });
  it("reports each pass as it ends, in order, without changing the result (bench:parse's per-pass figures)", () => {
    const ended: string[] = [];
    const timed = extract(b, { gazetteer: testGazetteer, onPassEnd: (p) => ended.push(p) });
    expect(ended).toEqual(["context", "people", "places", "quotes", "statistics"]);
    expect(timed).toEqual(out);
  });
  it("still knows countries without a gazetteer, but not towns", () => {
    const plain = extract(bulletin([article("a", ["Wages fell in Kazakstan and in Qarabulaq."])]));
    expect(plain.places.map((p) => p.name)).toEqual(["Kazakstan"]);
  });
});
