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

describe("extract: a speaker named by a given name alone", () => {
  it("keeps her quote, instead of handing it to the speaker before her", () => {
    const out = extract(
      bulletin([
        article("village", [
          "“Prices will fall,” said Saule Abaeva, a trader.",
          "Zhyldyz, a 45-year-old mother of three, has waited for months.",
          "“We have nowhere to go,” she said.",
          "“Nobody came,” said Bakyt, a farmer from the next valley.",
        ]),
      ]),
      { gazetteer: testGazetteer },
    );
    expect(out.people.map((p) => p.name)).toEqual(["Saule Abaeva", "Zhyldyz", "Bakyt"]);
    expect(out.articles[0]!.quotes.map((q) => [q.speaker.name, q.speaker.personId !== null])).toEqual([
      ["Saule Abaeva", true],
      ["Zhyldyz", true],
      ["Bakyt", true],
    ]);
  });
});

describe("extract: names that lost letters", () => {
  it("warns once per person or place whose name lost letters, at its first line", () => {
    const out = extract(bulletin([article("a", ["Nothing here.", "?rdasher Ismoilov told IWPR the well ran dry in the village of Kok-?ai.", "Ismoilov left."])]), { gazetteer: testGazetteer });
    expect(out.warnings.map((w) => [w.kind, w.line, w.message.includes("?rdasher Ismoilov") || w.message.includes("Kok-?ai")])).toEqual([
      ["encoding", 2, true],
      ["encoding", 2, true],
    ]);
  });
});
