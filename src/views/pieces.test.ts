import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sampleArchive } from "../search/testing/bulletins.ts";
import { buildViewRows } from "./build.ts";
import { viewsEmitter } from "./emit.ts";
import { filterNumbers, filterPeople, filterQuotes } from "./filters.ts";
import { NUMBERS_HEAD_FILE, PEOPLE_HEAD_FILE, QUOTES_HEAD_FILE, type NumbersHead, type PeopleHead, type QuotesHead } from "./head.ts";
import type { NumberRow, PersonRow, QuoteRow, ViewArticle, ViewPlace } from "./model.ts";
import { cutPeople, cutRows, joinPieces, personItems, pieceRef, piecesFor, rowItems, type RowsPiece } from "./pieces.ts";
import { PLACES_VIEW_FILE } from "./model.ts";
import { HASHED_DATA_DIR } from "../site-generator/data-paths.ts";

/** A row as the reader sees it: its own fields, its article and its places by id (indexes differ between a piece and the whole). */
const resolved = <R extends QuoteRow | NumberRow>(d: { articles: readonly ViewArticle[]; places: readonly ViewPlace[]; rows: readonly R[] }) =>
  d.rows.map(({ a, pl, ...r }) => ({ ...r, article: d.articles[a], places: pl.map((i) => d.places[i]?.id) }));

const SERIES = ["RCA", "CRS", "BCR", null] as const;
const article = fc.record({
  b: fc.constantFrom("a-1", "b-2", "c-3"),
  s: fc.string({ minLength: 1, maxLength: 8 }),
  h: fc.string({ maxLength: 30 }),
  d: fc.option(fc.date({ min: new Date("1999-01-01"), max: new Date("2012-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: null }),
  sr: fc.constantFrom(...SERIES),
});
const place = fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }), name: fc.string({ maxLength: 12 }), kind: fc.constantFrom("country" as const, "city" as const), cc: fc.option(fc.constantFrom("KZ", "KG", "TJ"), { nil: null }) });

/** Quotes data: articles, places (ids distinct) and rows pointing into both, newest first as the build writes them. */
const quotesData = fc
  .tuple(fc.array(article, { minLength: 1, maxLength: 12 }), fc.uniqueArray(place, { maxLength: 8, selector: (p) => p.id }))
  .chain(([articles, places]) =>
    fc
      .array(
        fc.record({
          b: fc.constant("x"),
          s: fc.constant("y"),
          q: fc.string({ minLength: 1, maxLength: 4 }),
          text: fc.string({ maxLength: 80 }),
          speaker: fc.string({ maxLength: 12 }),
          pid: fc.option(fc.constantFrom("p1", "p2"), { nil: null }),
          a: fc.integer({ min: 0, max: articles.length - 1 }),
          pl: places.length ? fc.uniqueArray(fc.integer({ min: 0, max: places.length - 1 }), { maxLength: 3 }) : fc.constant<number[]>([]),
        }),
        { maxLength: 60 },
      )
      .map((rows) => {
        const date = (r: { a: number }) => articles[r.a]?.d ?? "";
        return { articles: articles as ViewArticle[], places: places as ViewPlace[], rows: [...rows].sort((x, y) => (date(x) < date(y) ? 1 : date(x) > date(y) ? -1 : 0)) };
      }),
  );

describe("a view's rows in pieces", () => {
  it("together are the whole: every row in order, with its own article and places", () => {
    fc.assert(
      fc.property(quotesData, fc.integer({ min: 200, max: 3000 }), (data, maxBytes) => {
        const pieces = cutRows(data, maxBytes);
        expect(resolved(joinPieces(pieces))).toEqual(resolved(data));
        expect(pieces.reduce((n, p) => n + p.rows.length, 0)).toBe(data.rows.length);
        for (const p of pieces) {
          // A piece is within the limit, unless it is a single row bigger than the limit by itself.
          if (p.rows.length > 1) expect(JSON.stringify(p).length).toBeLessThanOrEqual(maxBytes);
          expect(p.articles.length).toBe(new Set(p.rows.map((r) => r.a)).size);
        }
      }),
    );
  });

  it("that a filter's span, series or kind leaves out hold none of its rows", () => {
    const filter = fc.record(
      { series: fc.constantFrom("RCA", "CRS", "BCR"), from: fc.integer({ min: 1999, max: 2012 }).map(String), to: fc.integer({ min: 1999, max: 2012 }).map(String), q: fc.constantFrom("a", "e") },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(quotesData, fc.integer({ min: 200, max: 2000 }), filter, (data, maxBytes, f) => {
        const pieces = cutRows(data, maxBytes);
        const refs = pieces.map((p, i) => pieceRef(`p${i}`, p.rows.length, rowItems(p)));
        const chosen = joinPieces(piecesFor(refs, f).map((i) => pieces[i] as RowsPiece<QuoteRow>));
        const whole = filterQuotes(data.rows, data.articles, data.places, f);
        expect(resolved({ ...chosen, rows: filterQuotes(chosen.rows, chosen.articles, chosen.places, f) })).toEqual(resolved({ ...data, rows: whole }));
      }),
      // Enough runs that pieces spanning a filter's edge years come up.
      { numRuns: 500 },
    );
  });

  it("skip pieces without the kind of number asked for, and people outside the years", () => {
    // Figures of one kind come in runs (a budget story's money, a census's people): pieces of runs can be skipped.
    const articles: ViewArticle[] = [{ b: "b", s: "s", h: "Budget", d: "2009-01-01", sr: "RCA" }];
    const kinds = ["people", "percent", "money-USD"];
    const numbers: NumberRow[] = Array.from({ length: 30 }, (_, i) => ({
      b: "b", s: "s", id: `n${i}`, p: "p1", a: 0, value: i, unit: null, k: kinds[Math.floor(i / 10)]!, text: String(i), sentence: `Figure ${i}.`, pl: [],
    }));
    const pieces = cutRows({ articles, places: [], rows: numbers }, 800);
    expect(pieces.length).toBeGreaterThan(3);
    const refs = pieces.map((p, i) => pieceRef(`n${i}`, p.rows.length, rowItems(p)));
    for (const kind of kinds) {
      const chosen = piecesFor(refs, { unit: kind });
      expect(chosen.length).toBeLessThan(pieces.length);
      const joined = joinPieces(chosen.map((i) => pieces[i] as RowsPiece<NumberRow>));
      expect(filterNumbers(joined.rows, joined.articles, joined.places, { unit: kind }).map((n) => n.id)).toEqual(numbers.filter((n) => n.k === kind).map((n) => n.id));
    }
    const rows = buildViewRows(sampleArchive());
    const people = cutPeople(rows.people, 300);
    expect(people.length).toBeGreaterThan(1);
    const peopleRefs = people.map((p, i) => pieceRef(`p${i}`, p.rows.length, personItems(p.rows)));
    for (const f of [{ from: "2009", to: "2009" }, { to: "2008" }, { from: "2010" }, { series: "MUR" }]) {
      const chosen: PersonRow[] = piecesFor(peopleRefs, f).flatMap((i) => people[i]!.rows);
      expect(filterPeople(chosen, f).map((p) => p.id)).toEqual(filterPeople(rows.people, f).map((p) => p.id));
    }
    expect(piecesFor(peopleRefs, { from: "2010" })).toEqual([]);
  });
});

describe("the views' files", () => {
  const files = new Map(viewsEmitter(sampleArchive()).map((f) => [f.fileName, f.source]));
  const read = <T>(name: string) => JSON.parse(files.get(name)!) as T;

  it("are a head per view listing pieces named by their content, and Places whole; no whole file of rows", () => {
    expect([...files.keys()].filter((n) => !n.startsWith(`${HASHED_DATA_DIR}/`)).sort()).toEqual([NUMBERS_HEAD_FILE, PEOPLE_HEAD_FILE, PLACES_VIEW_FILE, QUOTES_HEAD_FILE].sort());
    for (const head of [read<PeopleHead>(PEOPLE_HEAD_FILE), read<QuotesHead>(QUOTES_HEAD_FILE), read<NumbersHead>(NUMBERS_HEAD_FILE)]) {
      expect(head.pieces.length > 0).toBe(head.total > 0);
      for (const p of head.pieces) {
        expect(p.file).toMatch(new RegExp(`^${HASHED_DATA_DIR}/(people|quotes|numbers)-[0-9a-f]{12}\\.json$`));
        expect(JSON.parse(files.get(p.file)!).rows).toHaveLength(p.rows);
      }
      expect(head.pieces.reduce((n, p) => n + p.rows, 0)).toBe(head.total);
    }
  });

  it("hold the view's rows in its default order, the head's first rows first", () => {
    const rows = buildViewRows(sampleArchive());
    const quotes = read<QuotesHead>(QUOTES_HEAD_FILE);
    const joined = joinPieces(quotes.pieces.map((p) => read<RowsPiece<QuoteRow>>(p.file)));
    expect(resolved(joined)).toEqual(resolved({ ...rows, rows: filterQuotes(rows.quotes, rows.articles, rows.places, {}) }));
    expect(resolved({ ...quotes })).toEqual(resolved(joined).slice(0, quotes.rows.length));
    const people = read<PeopleHead>(PEOPLE_HEAD_FILE);
    const all = people.pieces.flatMap((p) => read<{ rows: PersonRow[] }>(p.file).rows);
    expect(all.map((p) => p.id)).toEqual(filterPeople(rows.people, {}).map((p) => p.id));
    expect(people.rows.map((p) => p.id)).toEqual(all.slice(0, people.rows.length).map((p) => p.id));
  });
});
