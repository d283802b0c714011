import { describe, expect, it } from "vitest";
import { sampleArchive } from "../search/testing/bulletins.ts";
import { buildViewRows } from "./build.ts";
import { byCountry, dateBounds, filterPeople, filterPlaces, filterQuotes, inSpan, placeMatch, topSpeakers } from "./filters.ts";
import { countryName } from "../search/records.ts";
import type { QuoteRow } from "./model.ts";

const rows = buildViewRows(sampleArchive());

describe("spans", () => {
  it("reads a year as the whole year and a month as the whole month", () => {
    expect(dateBounds({ from: "2009", to: "2009" })).toEqual({ from: "2009-01-01", to: "2009-12-31" });
    expect(dateBounds({ from: "2009-03", to: "2009-03-15" })).toEqual({ from: "2009-03-01", to: "2009-03-15" });
    expect(dateBounds({ from: "garbage" })).toEqual({ from: null, to: null });
  });
  it("leaves undated rows out only when a time is asked for", () => {
    expect(inSpan(null, "RCA", {})).toBe(true);
    expect(inSpan(null, "RCA", { from: "2009" })).toBe(false);
    expect(inSpan("2009-02-07", "RCA", { series: "CRS" })).toBe(false);
  });
});

describe("filterPeople", () => {
  it("sorts by quotes by default, by name or latest on request", () => {
    expect(filterPeople(rows.people, {})[0]!.name).toMatch(/^Nursultan/);
    const byName = filterPeople(rows.people, { sort: "name" }).map((p) => p.name);
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b)));
    expect(filterPeople(rows.people, { sort: "latest" })[0]!.last).toBe("2009-05-12");
  });
  it("filters by a word of a role, whatever its case", () => {
    expect(filterPeople(rows.people, { role: "MINISTER" }).map((p) => p.name)).toEqual([expect.stringMatching(/^Nursultan/)]);
  });
  it("counts only the years asked for", () => {
    const in2008 = filterPeople(rows.people, { from: "2008", to: "2008" });
    expect(in2008.map((p) => p.name)).not.toContain("Vadim Pashkevich");
    expect(in2008.find((p) => p.name.startsWith("Nursultan"))!.shownQuotes).toBe(1);
  });
});

describe("filterQuotes", () => {
  it("matches a country's places when the place chosen is the country", () => {
    const kz = rows.places.find((p) => p.cc === "KZ" && p.name.startsWith("Kazak"))!;
    const city = { ...rows.places.find((p) => p.name === "Pervomaysky")! };
    const places = rows.places.map((p) => (p.id === kz.id ? { ...p, kind: "country" as const } : p));
    const match = placeMatch(places, kz.id)!;
    expect(match.has(places.indexOf(places.find((p) => p.id === city.id)!))).toBe(true);
  });
  it("filters by speaker id or name, words and years, newest first", () => {
    const president = rows.people.find((p) => p.name.startsWith("Nursultan"))!;
    expect(filterQuotes(rows.quotes, rows.articles, rows.places, { speaker: president.id })).toHaveLength(2);
    expect(filterQuotes(rows.quotes, rows.articles, rows.places, { speaker: "pashkevich" })).toHaveLength(1);
    const in2009 = filterQuotes(rows.quotes, rows.articles, rows.places, { from: "2009" });
    expect(in2009.every((q) => rows.articles[q.a]!.d!.startsWith("2009"))).toBe(true);
    expect(filterQuotes(rows.quotes, rows.articles, rows.places, { q: "BREAD" })).toHaveLength(1);
    const all = filterQuotes(rows.quotes, rows.articles, rows.places, {});
    expect(rows.articles[all[0]!.a]!.d).toBe("2009-05-12");
  });
  it("names who is quoted most among the rows, unnamed sources left out", () => {
    const top = topSpeakers(rows.quotes, 5);
    expect(top[0]).toMatchObject({ count: 2 });
    expect(top.every((s) => s.pid)).toBe(true);
  });
});

describe("filterPlaces", () => {
  it("lists places by mentions in the span, grouped by country", () => {
    const places = rows.placeRows.map((p) => ({ ...p, countryName: countryName(p.cc) }));
    const all = filterPlaces(places, {});
    expect(all[0]!.shownMentions).toBeGreaterThanOrEqual(all.at(-1)!.shownMentions);
    expect(filterPlaces(places, { from: "2010" })).toEqual([]);
    expect(byCountry(all)[0]!.country).toBe("Kazakhstan");
  });
});

describe("topSpeakers", () => {
  /** Made-up speakers with counts drawn from a seeded generator: many ties, as in a big archive. */
  function quotes(speakers: number, seed: number): QuoteRow[] {
    let x = seed;
    const next = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
    const out: QuoteRow[] = [];
    for (let i = 0; i < speakers; i++) {
      const name = `${["Ó", "A", "Z", "é", "b"][i % 5]}speaker ${Math.floor(next() * 1000)}`;
      const n = 1 + Math.floor(next() ** 3 * 6);
      for (let k = 0; k < n; k++) out.push({ b: "b", s: "s", q: `q${i}-${k}`, text: "t", speaker: name, pid: `p${i}`, a: 0, pl: [] });
    }
    out.push({ b: "b", s: "s", q: "anon", text: "t", speaker: "Someone", pid: null, a: 0, pl: [] });
    return out;
  }
  const sortedAll = (rows: QuoteRow[]) => {
    const m = new Map<string, { pid: string; name: string; count: number }>();
    for (const r of rows) if (r.pid) m.set(r.pid, { pid: r.pid, name: r.speaker, count: (m.get(r.pid)?.count ?? 0) + 1 });
    return [...m.values()].sort((a, b) => b.count - a.count || new Intl.Collator("en").compare(a.name, b.name));
  };
  it("gives the first speakers of the whole list sorted by count, then name, ties at the cut included", () => {
    for (const [speakers, seed, limit] of [[400, 1, 5], [400, 2, 1], [30, 3, 12], [3, 4, 5], [2000, 5, 40]] as const) {
      const rows = quotes(speakers, seed);
      expect(topSpeakers(rows, limit)).toEqual(sortedAll(rows).slice(0, limit));
    }
  });
});
