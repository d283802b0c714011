import { describe, expect, it } from "vitest";
import { archivePersonId, buildPeople, buildPlaces } from "./entities.ts";
import { sampleArchive } from "./testing/bulletins.ts";

describe("archive-wide people", () => {
  const people = buildPeople(sampleArchive());
  const president = people.find((p) => p.name.startsWith("Nursultan"));

  it("merges one person spelled differently in two bulletins", () => {
    expect(people.filter((p) => p.name.startsWith("Nursultan"))).toHaveLength(1);
    expect(president?.alsoSpelled).toEqual(expect.arrayContaining(["Nursultan Nazarbaev", "Nursultan Nazarbayev"].filter((n) => n !== president?.name)));
  });

  it("lists roles as they changed, oldest first, with their dates", () => {
    expect(president?.roles).toEqual([
      { role: "Prime Minister", from: "2008-03-01", to: "2008-03-01" },
      { role: "President", from: "2009-05-12", to: "2009-05-12" },
    ]);
  });

  it("collects every quote in date order with a deep link", () => {
    expect(president?.quotes.map((q) => q.href)).toEqual([
      "/bulletins/mur-10/articles/mill-closes#q2",
      "/bulletins/mur-11/articles/army-housing#q2",
    ]);
  });

  it("is reachable from each bulletin's spelling", () => {
    const [b10, b11] = sampleArchive();
    const key10 = archivePersonId(b10!.id, b10!.people[0]!);
    const key11 = archivePersonId(b11!.id, b11!.people[0]!);
    expect(key10).toBe(key11);
    expect(president?.keys).toContain(key10);
  });

  it("keeps one-word names apart across bulletins", () => {
    expect(archivePersonId("a-1", { name: "Aliya" })).not.toBe(archivePersonId("a-2", { name: "Aliya" }));
  });
});

describe("archive-wide places", () => {
  const places = buildPlaces(sampleArchive());

  it("merges a place with the alias another bulletin recorded", () => {
    const city = places.filter((p) => ["Oskemen", "Ust-Kamenogorsk"].includes(p.name));
    expect(city).toHaveLength(1);
    expect(city[0]?.alsoKnownAs).toContain(city[0]?.name === "Oskemen" ? "Ust-Kamenogorsk" : "Oskemen");
    expect(city[0]?.articles.map((a) => a.slug).sort()).toEqual(["army-housing", "mill-closes"]);
  });

  it("merges spellings of a country that fold alike", () => {
    expect(places.filter((p) => p.country === "KZ" && p.name.startsWith("Kazak"))).toHaveLength(1);
  });

  it("lists the quotes that mention the place", () => {
    const country = places.find((p) => p.name.startsWith("Kazak"));
    expect(country?.quotes.map((q) => q.text)).toEqual(["“Kazakstan will build what is needed.”"]);
  });
});
