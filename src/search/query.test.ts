import { describe, expect, it } from "vitest";
import { buildSearchArchive } from "./archive.ts";
import { parseQuery, SearchEngine } from "./query.ts";
import type { GroupKind, SearchRecord } from "./records.ts";
import { sampleArchive } from "./testing/bulletins.ts";

// Through JSON, as the browser receives it.
const data = JSON.parse(JSON.stringify(buildSearchArchive(sampleArchive()).index));
const engine = new SearchEngine(data);

function first(query: string, kind: GroupKind): SearchRecord | undefined {
  return engine.search(query).groups.find((g) => g.kind === kind)?.hits[0]?.record;
}

const label = (r: SearchRecord | undefined) =>
  r?.kind === "quote" ? r.text : r?.kind === "article" ? r.headline : r?.name;

describe("search", () => {
  it.each([
    ["Nazarbaev", "person", "Nursultan Naz"],
    ["Nazarbayev", "person", "Nursultan Naz"],
    ["nursultan nazarbaev", "person", "Nursultan Naz"],
    ["Pashkevch", "person", "Vadim Pashkevich"],
    ["Tokaeva", "person", "Gulnara Tokayeva"],
    ["Kazakhstan", "place", "Kazak"],
    ["Kazakstan", "place", "Kazak"],
    ["Ust-Kamenogorsk", "place", "Oskemen"],
    ["Öskemen", "place", "Oskemen"],
    ["oskemen", "place", "Oskemen"],
    ["Pervomayskiy", "place", "Pervomaysky"],
    ["barracks", "quote", "“There are not enough barracks"],
    ["baracks conscripts", "quote", "“There are not enough barracks"],
    ["bread", "quote", "“Nobody will be left without bread"],
    ["flour mill", "article", "Mill Closes"],
  ] as const)("%s finds %s %s first", (query, kind, expected) => {
    expect(label(first(query, kind))).toMatch(new RegExp(`^${expected}`));
  });

  it.each([
    ["Tokaeav", "person", "Gulnara Tokayeva"],
    ["Oksemen", "place", "Oskemen"],
    ["Gulnara Tkoayeva", "person", "Gulnara Tokayeva"],
  ] as const)("a name typed with two neighbouring letters swapped (%s) still finds %s %s first", (query, kind, expected) => {
    expect(label(first(query, kind))).toBe(expected);
  });

  it("a swapped pair of letters is forgiven once, not in every word: two typos in a short name find no one", () => {
    expect(first("Tkoaeav", "person")).toBeUndefined();
  });

  it("finds people while the name is still being typed", () => {
    expect(label(first("Pashk", "person"))).toBe("Vadim Pashkevich");
  });

  it("gives a person's context: role and number of quotes", () => {
    const r = first("Nazarbaev", "person");
    expect(r).toMatchObject({ kind: "person", role: "President", quoteCount: 2 });
  });

  it("gives a place's country by name", () => {
    expect(first("Oskemen", "place")).toMatchObject({ country: "Kazakhstan" });
  });

  it("links a quote to its article at the quote", () => {
    expect(first("barracks", "quote")).toMatchObject({ href: "/bulletins/mur-11/articles/army-housing#q1", speaker: "Vadim Pashkevich" });
  });

  it("reads a word as finished once a word too short to look up follows it", () => {
    // "I have been a": the reader is past "been", which must not also be "benefit".
    expect(parseQuery("I have been a")).toMatchObject({ tokens: ["have", "ben"], lastIsPrefix: false });
    expect(parseQuery("I have been")).toMatchObject({ tokens: ["have", "ben"], lastIsPrefix: true });
  });

  it("finds nothing for gibberish and for one letter", () => {
    expect(engine.search("xqzvw").total).toBe(0);
    expect(engine.search("a").total).toBe(0);
  });
});
