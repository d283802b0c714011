import { describe, expect, it } from "vitest";
import { article, bulletin } from "../test-support/bulletin.ts";
import { testGazetteer } from "../test-support/gazetteer.ts";
import { createGazetteer } from "../../../gazetteer/index.ts";
import { bestPlace, bulletinCountries, type PlaceContext } from "./context.ts";
import { extractPlaces, type TakenSpan } from "./places.ts";

const ctx: PlaceContext = { gazetteer: testGazetteer, countries: ["KZ", "KG", "TJ", "UZ", "TM"], primary: "KZ" };
const run = (paragraphs: string[], taken: TakenSpan[] = []) => extractPlaces(bulletin([article("a1", paragraphs)]), ctx, taken);
const names = (paragraphs: string[]) => run(paragraphs).map((p) => p.name);

describe("places: gazetteer names", () => {
  it("finds a town by its name or another name, with coordinates and country", () => {
    const [p] = run(["Prices rose in Qarabulaq this winter."]);
    expect(p).toMatchObject({ name: "Qarabulaq", aliases: ["Karabulak"], country: "KZ", lat: 44.9, lon: 78.5 });
  });
  it("finds countries under old romanisations, keeping the modern name as alias", () => {
    const [p] = run(["Wages fell across Kazakstan."]);
    expect(p).toMatchObject({ name: "Kazakstan", kind: "country", country: "KZ" });
    expect(p!.aliases).toContain("Kazakhstan");
  });
  it("prefers the bulletin's country when a name is ambiguous", () => {
    expect(run(["He left Zhanakent."])[0]!.country).toBe("KZ");
    expect(bestPlace("Zhanakent", { ...ctx, countries: ["UZ"] })!.country).toBe("UZ");
  });
  it("among the bulletin's countries, prefers the one its text names most, else the bigger place", () => {
    expect(bestPlace("Zhanakent", { ...ctx, primary: "KZ" })!.country).toBe("KZ");
    expect(bestPlace("Zhanakent", { ...ctx, primary: null })!.country).toBe("UZ");
  });
  it("reads a namesake in the country the article names, and the bulletin's favourite elsewhere", () => {
    const found = extractPlaces(
      bulletin([article("a1", ["Traders drove from Uzbekistan to Zhanakent."]), article("a2", ["The bus to Zhanakent was late again."])]),
      ctx,
      [],
    );
    const zhanakent = found.filter((p) => p.name === "Zhanakent");
    expect(zhanakent.map((p) => [p.country, p.mentions.map((m) => m.articleSlug)])).toEqual([
      ["UZ", ["a1"]],
      ["KZ", ["a2"]],
    ]);
  });
  it("ignores small places outside the bulletin's countries, but not big cities", () => {
    expect(names(["Marina Tulegenova arrived.", "The Meadow fund paid."])).toEqual([]);
    expect(names(["The office in London closed."])).toEqual(["London"]);
  });
  it("takes an ordinary word for a place only after a locative preposition", () => {
    const bcr: PlaceContext = { gazetteer: testGazetteer, countries: ["HR"] };
    const got = (t: string) => extractPlaces(bulletin([article("a1", [t])], "BCR"), bcr, []).map((p) => p.name);
    expect(got("Rising prices hurt, they said.")).toEqual([]);
    expect(got("Protests broke out in Rising on Monday.")).toEqual(["Rising"]);
  });
  it("skips spans already taken by a person", () => {
    expect(run(["Ozerny Abenov said so."], [{ articleSlug: "a1", paragraphId: "p1", start: 0, end: 13 }])).toEqual([]);
  });
});

describe("places: other names in brackets", () => {
  it("keeps '(also known by its Russian name Y)' as an alias of one place", () => {
    const ps = run(["He moved to Oskobol (also known by its Russian name Ust-Tobolsk) last year."]);
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ name: "Oskobol", lat: 52.1 });
    expect(ps[0]!.aliases).toContain("Ust-Tobolsk");
    expect(ps[0]!.mentions).toHaveLength(2);
  });
  it("keeps '(also known as Y)' even when the gazetteer lacks both names", () => {
    const ps = run(["the village of Kokterek (also known as Zelenovka) is empty."]);
    expect(ps).toHaveLength(1);
    expect(ps[0]!.aliases).toEqual(["Zelenovka"]);
  });
});

describe("places: phrasings that introduce places", () => {
  it("accepts 'the village of X' without a gazetteer entry, with no coordinates", () => {
    expect(run(["Jobs vanished in the village of Kokterek."])[0]).toMatchObject({ name: "Kokterek", kind: "village", lat: null, lon: null });
  });
  it("accepts 'X, another village in …' and 'X, a small town …'", () => {
    expect(run(["Kyzylzhar, another village in the north, emptied."])[0]).toMatchObject({ name: "Kyzylzhar", kind: "village" });
    expect(run(["He lives in Ozerny, a small town near the border."])[0]).toMatchObject({ name: "Ozerny", kind: "town", lat: 50.1 });
  });
  it("reads 'X province' as a region named X", () => {
    expect(run(["Farms in North Tobol province failed."])[0]).toMatchObject({ name: "North Tobol", kind: "region", lat: null });
  });
  it("shows 'the X region' as the city X when the region is named after a known city", () => {
    const ps = run(["Firms in the Ust-Tobolsk region cut jobs.", "In Ust-Tobolsk itself, too."]);
    expect(ps).toHaveLength(1);
    expect(ps[0]!.mentions).toHaveLength(2);
  });
  it("does not take an organisation named after a place for a place", () => {
    expect(names(["The Karabulak Tractors Plant closed.", "The Ust-Tobolsk Steel Company laid off staff."])).toEqual([]);
  });
  it("does not read a plain capitalised word before 'region' as a place when it is an ordinary word", () => {
    expect(names(["The whole region suffered."])).toEqual([]);
  });
});

describe("bulletinCountries", () => {
  it("starts from the series and adds the countries the text names most", () => {
    const b = bulletin([article("a1", ["Georgia and Georgia and Armenia."])], "XYZ");
    expect(bulletinCountries(b, testGazetteer)).toEqual(["GE", "AM"]);
    expect(bulletinCountries(bulletin([], "CRS"), testGazetteer).slice(0, 3)).toEqual(["GE", "AM", "AZ"]);
  });
});

describe("places: a settlement the text introduces belongs to the bulletin's countries", () => {
  it("gives no foreign namesake's coordinates to 'the village of X'", () => {
    expect(run(["They returned to the hill village of London."])[0]).toMatchObject({ name: "London", kind: "village", lat: null, country: null });
  });
});

describe("places: names across 'and'", () => {
  it("reads a country named 'X and Y' as one place", () => {
    const ps = run(["Aid reached Bosnia and Herzegovina late."]);
    expect(ps.map((p) => p.name)).toEqual(["Bosnia and Herzegovina"]);
  });
  it("keeps two countries joined by 'and' apart when no such country exists", () => {
    expect(names(["Trade between Georgia and Armenia grew."])).toEqual(["Georgia", "Armenia"]);
  });
});

describe("places: a name that speaks is no place", () => {
  it("skips 'Zhanakent said' but keeps 'in Zhanakent' and 'from Zhanakent, said'", () => {
    expect(names(["Zhanakent said the plan would fail."])).toEqual([]);
    expect(names(["A teacher from Zhanakent, said it failed."])).toEqual(["Zhanakent"]);
    expect(names(["Life in Zhanakent is hard."])).toEqual(["Zhanakent"]);
  });
});

describe("bestPlace: importance", () => {
  it("prefers a provincial seat known by another name over a village with that main name", () => {
    const g = createGazetteer({ version: 1, source: "t", rows: [
      ["Oldname", "KZ", 43.6, 51.2, 150_000, "PPLA", "Aktash"],
      ["Gorodok", "KZ", 41.9, 44.1, 48_000, "PPLA", "Gorodki"],
      ["Gorodki", "KZ", 39.5, 46.3, 20_000, "PPL", ""],
      ["Bigcity", "KZ", 42.9, 71.4, 358_000, "PPLA", "Talaq"],
      ["Talaq", "KG", 42.5, 72.2, 40_000, "PPLA", ""],
      ["Aktash", "KZ", 50.2, 73.0, 9_000, "PPL", ""],
    ] });
    expect(bestPlace("Aktash", { gazetteer: g, countries: ["KZ"] })!.lat).toBe(43.6);
    // a mid-sized seat does not outrank a town whose main name it is
    expect(bestPlace("Gorodki", { gazetteer: g, countries: ["KZ"] })!.lat).toBe(39.5);
    // a provincial seat of that main name is not outranked by a bigger city once called so
    expect(bestPlace("Talaq", { gazetteer: g, countries: ["KZ", "KG"] })!.lat).toBe(42.5);
  });
});

describe("places: compass word before a country", () => {
  it("names a region of that country, not the country", () => {
    expect(run(["Water ran short in West Kazakstan."])[0]).toMatchObject({ name: "West Kazakstan", kind: "region", country: "KZ", lat: null });
  });
  it("leaves a lowercase compass word out ('southern Kazakstan' is Kazakstan)", () => {
    expect(names(["Water ran short in southern Kazakstan."])).toEqual(["Kazakstan"]);
  });
});

describe("places: an English word that some village bears", () => {
  const g = createGazetteer({ version: 1, source: "t", rows: [
    ["Bread", "KZ", 44.1, 77.2, 400, "PPL", ""],
    ["Water", "KZ", 45.3, 76.1, 900, "PPL", ""],
    ["Kettle", "KZ", 43.2, 75.4, 700, "PPL", ""],
    ["Turgai", "KZ", 49.6, 63.5, 3_000, "PPL", ""],
  ] });
  const got = (paragraphs: string[]) =>
    extractPlaces(bulletin([article("a1", paragraphs)]), { gazetteer: g, countries: ["KZ"] }, []).map((p) => p.name);
  it("is that word at the head of a sentence, when it is a common noun", () => {
    expect(got(["Bread prices doubled in a month.", "Water is scarce all summer."])).toEqual([]);
  });
  it("is that word when the bulletin also writes it in lowercase", () => {
    expect(got(["Kettle prices doubled.", "Every kettle now costs a week's pay."])).toEqual([]);
  });
  it("is a place after a locative, or when the word is no ordinary one", () => {
    expect(got(["Protests broke out in Bread on Monday.", "The bus from Water was late; water was short."])).toEqual(["Bread", "Water"]);
    expect(got(["Turgai lost its school."])).toEqual(["Turgai"]);
  });
});

describe("places: a name after a title", () => {
  it("is a person's name even when a city bears it", () => {
    expect(names(["The law passes if President London signs it."])).toEqual([]);
    expect(names(["The office in London closed."])).toEqual(["London"]);
  });
});

describe("places: a name that lost letters to a wrong encoding", () => {
  it("is still a place the text introduces, and says its name lost letters", () => {
    expect(run(["Prices rose in the village of ?ydyrma last year."])).toMatchObject([{ name: "?ydyrma", kind: "village", lostLetters: true }]);
    expect(run(["Prices rose in Ozerny last year."])[0]!.lostLetters).toBeUndefined();
  });
});
