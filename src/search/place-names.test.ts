import { describe, expect, it } from "vitest";
import { createGazetteer } from "../gazetteer/index.ts";
import type { PlaceRow } from "../gazetteer/index.ts";
import { buildSearchArchive } from "./archive.ts";
import { gazetteerNames } from "./place-names.ts";
import { SearchEngine } from "./query.ts";
import { makeBulletin } from "./testing/bulletins.ts";

// Made-up towns in the GeoNames row shape: [name, country, lat, lon, population, feature code, other names].
const ROWS: PlaceRow[] = [
  ["Novorechensk", "KZ", 47.512, 61.204, 120_000, "PPLA", "Krasnozavodsk|Novoretchensk|Novoretschensk|Nowore\u010densk|nvrchnsk|no wo re chen"],
  // A village of the same name at the other end of the country.
  ["Novorechensk", "KZ", 43.1, 77.9, 900, "PPL", "Belyi Kamen"],
  ["Tashtobe", "UZ", 40.2, 66.1, 40_000, "PPL", "Toshtepa"],
];
const gazetteer = createGazetteer({ version: 1, source: "test", rows: ROWS });

function archive(town: { lat: number | null; lon: number | null }) {
  const b = makeBulletin({
    id: "xyz-1",
    date: "2009-05-01",
    places: [{ name: "Novorechensk", country: "KZ", ...town }, { name: "Tashtobe", country: "UZ", lat: 40.2, lon: 66.1 }],
    articles: [{ slug: "mill", headline: "Mill Closes", paragraphs: ["The mill in Novorechensk closed. Buses to Tashtobe stopped."] }],
  });
  const engine = new SearchEngine(JSON.parse(JSON.stringify(buildSearchArchive([b], gazetteer).index)));
  return (query: string) => engine.search(query).groups.find((g) => g.kind === "place")?.hits.map((h) => (h.record.kind === "place" ? h.record.name : "")) ?? [];
}

describe("places are searchable under their gazetteer names", () => {
  const places = archive({ lat: 47.512, lon: 61.204 });

  it("a town's former name, never printed in the archive, finds the town first", () => {
    expect(places("Krasnozavodsk")[0]).toBe("Novorechensk");
  });

  it("a spelling of another language finds the town, typed with or without its accent", () => {
    expect(places("Novoričensk")[0]).toBe("Novorechensk");
    expect(places("Novoretschensk")[0]).toBe("Novorechensk");
  });

  it("a namesake elsewhere in the country lends the town none of its names", () => {
    expect(places("Belyi Kamen")).toEqual([]);
  });

  it("the village namesake is searchable under its own other name, not the city's", () => {
    const village = archive({ lat: 43.1, lon: 77.9 });
    expect(village("Belyi Kamen")).toEqual(["Novorechensk"]);
    expect(village("Krasnozavodsk")).toEqual([]);
  });

  it("a town placed far from every gazetteer row of its name gets no gazetteer names", () => {
    expect(archive({ lat: 45.3, lon: 69.5 })("Krasnozavodsk")).toEqual([]);
  });

  it("a town in another country keeps its own other names apart", () => {
    expect(places("Toshtepa")).toEqual(["Tashtobe"]);
  });

  it("a town the parser could not place on the map gets no gazetteer names (any namesake could be meant)", () => {
    expect(archive({ lat: null, lon: null })("Krasnozavodsk")).toEqual([]);
  });

  it("machine romanisations of other scripts, written in lower case, are not offered as names", () => {
    const names = gazetteerNames({ name: "Novorechensk", alsoKnownAs: [], kind: "city", country: "KZ", lat: 47.512, lon: 61.204 }, gazetteer);
    expect(names).toContain("Krasnozavodsk");
    expect(names.some((n) => n === n.toLowerCase())).toBe(false);
  });

  it("a spelling one letter from one already searchable is left out of the index, and still finds the town", () => {
    const names = gazetteerNames({ name: "Novorechensk", alsoKnownAs: [], kind: "city", country: "KZ", lat: 47.512, lon: 61.204 }, gazetteer);
    expect(names).not.toContain("Novoretchensk");
    expect(places("Novoretchensk")[0]).toBe("Novorechensk");
  });

  it("a name the bulletins already spell the same way (after folding) is not added twice", () => {
    const names = gazetteerNames({ name: "Novorechensk", alsoKnownAs: ["Krasnozavodsk"], kind: "city", country: "KZ", lat: 47.512, lon: 61.204 }, gazetteer);
    expect(names.filter((n) => n === "Krasnozavodsk")).toEqual([]);
    expect(names).not.toContain("Novorechensk");
  });
});
