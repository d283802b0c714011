import { describe, expect, it } from "vitest";
import { buildPeople, buildPlaces, entitySlug } from "./entities.ts";
import { mergePersonPage, mergePlacePage, mergeResults } from "./merge-imports.ts";
import { PAGE_DATA_VERSION, pagedLists, timelineOf, type PersonPageData, type PlacePageData } from "./page-data.ts";
import type { PersonEntity } from "./entities.ts";
import type { SearchResults } from "./query.ts";
import { GROUPS, type PersonRecord } from "./records.ts";
import { makeBulletin, sampleArchive } from "./testing/bulletins.ts";

// mur-10 stands for the built archive, mur-11 for a bulletin imported in the browser.
const [built, imported] = sampleArchive() as [ReturnType<typeof sampleArchive>[0], ReturnType<typeof sampleArchive>[0]];

/** The build's page files, as src/search/emit.ts writes them (without the keys). */
function builtPersonPage(name: string): PersonPageData {
  const found = buildPeople([built]).find((p) => p.name === name);
  if (!found) throw new Error(`fixture: no ${name}`);
  return personPage(found);
}

/** A person's page file as the build writes it, its later pieces named `piece-<n>`. */
function personPage({ keys: _keys, ...person }: PersonEntity): PersonPageData {
  let n = 0;
  return { version: PAGE_DATA_VERSION, kind: "person", person: { ...person, ...pagedLists(person, () => `piece-${n++}`), timeline: timelineOf(person.quotes) } };
}

function builtPlacePage(name: string): PlacePageData {
  const found = buildPlaces([built]).find((p) => p.name === name);
  if (!found) throw new Error(`fixture: no ${name}`);
  const { keys: _keys, ...place } = found;
  const map = { width: 240, height: 160, countries: [], marker: null } as unknown as PlacePageData["place"]["map"];
  return { version: PAGE_DATA_VERSION, kind: "place", place: { ...place, ...pagedLists(place, () => "piece"), countryName: "Kazakhstan", map } };
}

describe("person pages with imports", () => {
  const importedPeople = buildPeople([imported]);

  it("adds an imported bulletin's quotes and roles to a built person spelled differently, in date order", () => {
    const page = builtPersonPage("Nursultan Nazarbayev");
    const merged = mergePersonPage(page.person.id, page, importedPeople);
    expect(merged?.person.name).toBe("Nursultan Nazarbayev");
    expect(merged?.person.alsoSpelled).toContain("Nursultan Nazarbaev");
    expect(merged?.person.quotes.map((q) => q.href)).toEqual([
      "/bulletins/mur-10/articles/mill-closes#q2",
      "/bulletins/mur-11/articles/army-housing#q2",
    ]);
    expect(merged?.person.roles.map((r) => r.role)).toEqual(["Prime Minister", "President"]);
    expect(merged?.person.articles.map((a) => a.bulletinId)).toEqual(["mur-10", "mur-11"]);
  });

  it("counts what the build keeps in later pieces, and puts imported quotes on the timeline", () => {
    const whole = buildPeople([built]).find((p) => p.name === "Nursultan Nazarbayev")!;
    // Quoted far more often than a first screen holds: the same quote under many ids stands for them.
    const many = Array.from({ length: 40 }, (_, i) => ({ ...whole.quotes[0]!, quoteId: `q${i}`, href: `/x#q${i}` }));
    const page = personPage({ ...whole, quotes: many });
    expect(page.person.quotes).toHaveLength(30);
    expect(page.person.more.quotes).toEqual(["piece-0"]);
    const merged = mergePersonPage(page.person.id, page, importedPeople)!;
    expect(merged.person.quoteCount).toBe(41);
    expect(merged.person.more).toEqual(page.person.more);
    expect(merged.person.timeline).toHaveLength(page.person.timeline.length + 1);
    expect(merged.person.timeline.map((m) => m[1])).toContain("mur-11");
  });

  it("gives a person known only from an import a page of their own", () => {
    const id = entitySlug("Vadim Pashkevich");
    const merged = mergePersonPage(id, null, importedPeople);
    expect(merged?.person.name).toBe("Vadim Pashkevich");
    expect(merged?.person.quotes.map((q) => q.text)).toEqual(["“There are not enough barracks for the new conscripts,”"]);
  });

  it("leaves a built person the imports do not mention unchanged, and knows no one neither has", () => {
    const page = builtPersonPage("Gulnara Tokayeva");
    expect(mergePersonPage(page.person.id, page, importedPeople)).toBe(page);
    expect(mergePersonPage("nobody-at-all", null, importedPeople)).toBeNull();
  });

  it("does not merge one-word names across bulletins, as the build does not", () => {
    const one = (id: string) =>
      makeBulletin({
        id,
        date: "2010-01-01",
        people: [{ name: "Aliya" }],
        articles: [{ slug: "a", headline: "A", paragraphs: ["“It is cold,” said Aliya."], quotes: [[0, "“It is cold,”", "Aliya"]] }],
      });
    // Two built bulletins each with an Aliya: two people, each under a bulletin-scoped id.
    const page = personPage(buildPeople([one("b-0"), one("b-1")]).find((p) => p.id.endsWith("b-1"))!);
    const merged = mergePersonPage(page.person.id, page, buildPeople([one("b-2")]));
    expect(merged?.person.quotes.map((q) => q.bulletinId)).toEqual(["b-1"]);
  });
});

describe("place pages with imports", () => {
  const importedPlaces = buildPlaces([imported]);

  it("adds an import that names the place by another name (as its alias), keeping the build's map", () => {
    const page = builtPlacePage("Ust-Kamenogorsk");
    const merged = mergePlacePage(page.place.id, page, importedPlaces);
    expect(merged?.place.name).toBe("Ust-Kamenogorsk");
    expect(merged?.place.alsoKnownAs).toContain("Oskemen");
    expect(merged?.place.map).toBe(page.place.map);
    expect(merged?.place.articles.map((a) => a.href)).toEqual([
      "/bulletins/mur-10/articles/mill-closes",
      "/bulletins/mur-11/articles/army-housing",
    ]);
  });

  it("gives a place known only from an import a page, with its country named and no map", () => {
    const merged = mergePlacePage(entitySlug("Pervomaysky"), null, importedPlaces);
    expect(merged?.place.name).toBe("Pervomaysky");
    expect(merged?.place.countryName).toBe("Kazakhstan");
    expect(merged?.place.map).toBeNull();
    expect(mergePlacePage("atlantis", null, importedPlaces)).toBeNull();
  });
});

describe("search results with imports", () => {
  const person = (id: string): PersonRecord => ({ kind: "person", id, name: id, aliases: [], role: null, roles: [], quoteCount: 0, href: `/people/${id}` });
  const results = (hits: Array<[string, number]>, more = false): SearchResults => ({
    query: "q",
    groups: GROUPS.map((kind) => ({ kind, hits: kind === "person" ? hits.map(([id, score]) => ({ record: person(id), score })) : [], more: kind === "person" && more })),
    total: hits.length,
  });

  it("interleaves both by score, one hit per link, within the limit", () => {
    const merged = mergeResults(results([["a", 0.1], ["b", 0.3]]), results([["c", 0.2], ["b", 0.05]]), 2);
    const people = merged.groups.find((g) => g.kind === "person")!;
    expect(people.hits.map((h) => [h.record.id, h.score])).toEqual([["b", 0.05], ["a", 0.1]]);
    expect(people.more).toBe(true);
    expect(merged.total).toBe(2);
  });

  it("keeps the built results as they are when the imports find nothing", () => {
    const base = results([["a", 0.1]], true);
    expect(mergeResults(base, results([]), 5).groups).toEqual(base.groups);
  });
});
