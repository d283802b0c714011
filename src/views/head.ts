/**
 * A view's first screen, in a file of its own (data/views/<view>-head.json):
 * the rows the unfiltered view shows first, the total, and the filters'
 * choices over the whole archive, and the list of the view's pieces
 * (src/views/pieces.ts). At 1,000 bulletins the quotes are 9 MB (1 MB
 * gzipped) and parsing them is a long task of its own; a page opened on a
 * view shows its first screen from the head, and fetches pieces once the
 * reader filters, scrolls past the first rows or exports.
 */
import { filterNumbers, filterPeople, filterQuotes, names, seriesAndYears, topSpeakers, unitKinds } from "./filters.ts";
import type { NumberRow, NumbersViewData, PeopleViewData, PersonRow, QuoteRow, QuotesViewData, ViewArticle, ViewPlace } from "./model.ts";
import { VIEWS_VERSION, yearOf } from "./model.ts";
import { subset, type PieceRef } from "./pieces.ts";
import { unitKindLabel as unitKindLabelOf } from "./unit-kind.ts";

export const PEOPLE_HEAD_FILE = "data/views/people-head.json";
export const QUOTES_HEAD_FILE = "data/views/quotes-head.json";
export const NUMBERS_HEAD_FILE = "data/views/numbers-head.json";

/** Rows in a head: the first screen on a tall window, and the prerendered page's list (src/app/views/VirtualRows.tsx). */
export const HEAD_ROWS = 25;
/** Speakers the Quotes view names as most quoted. */
export const TOP_SPEAKERS = 5;

export interface Option {
  value: string;
  label: string;
}

export interface ViewChoices {
  series: string[];
  years: number[];
  /** Places the rows mention, most rows first (Quotes, Numbers). */
  places: Option[];
}

export interface PeopleHead {
  version: typeof VIEWS_VERSION;
  total: number;
  /** The view's rows, in its default order, in pieces. */
  pieces: PieceRef[];
  rows: PersonRow[];
  choices: Omit<ViewChoices, "places">;
}

export interface QuotesHead {
  version: typeof VIEWS_VERSION;
  total: number;
  /** The view's rows, in its default order, in pieces. */
  pieces: PieceRef[];
  articles: ViewArticle[];
  places: ViewPlace[];
  rows: QuoteRow[];
  choices: ViewChoices;
  top: Array<{ pid: string; name: string; count: number }>;
}

export interface NumbersHead {
  version: typeof VIEWS_VERSION;
  total: number;
  /** The view's rows, in its default order, in pieces. */
  pieces: PieceRef[];
  articles: ViewArticle[];
  places: ViewPlace[];
  rows: NumberRow[];
  choices: ViewChoices & { kinds: Option[] };
}

/** The places rows mention, for a filter's list: most rows first, countries marked. */
export function placeOptions(places: readonly ViewPlace[], rows: ReadonlyArray<{ pl: readonly number[] }>): Option[] {
  const counts = new Map<number, number>();
  for (const r of rows) for (const i of r.pl) counts.set(i, (counts.get(i) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || names.compare(places[a[0]]?.name ?? "", places[b[0]]?.name ?? ""))
    .flatMap(([i, n]) => {
      const p = places[i];
      return p ? [{ value: p.id, label: `${p.name}${p.kind === "country" ? " (country)" : ""} (${n})` }] : [];
    });
}

export function articleChoices(articles: readonly ViewArticle[]): { series: string[]; years: number[] } {
  return seriesAndYears(articles.map((a) => ({ series: a.sr, year: yearOf(a.d) })));
}

export function peopleHead(data: PeopleViewData, pieces: PieceRef[] = []): PeopleHead {
  return {
    version: VIEWS_VERSION,
    total: data.people.length,
    pieces,
    rows: filterPeople(data.people, {})
      .slice(0, HEAD_ROWS)
      .map(({ shownQuotes: _q, shownArticles: _a, ...row }) => row),
    choices: seriesAndYears(data.people.flatMap((p) => p.act.map(([year, series]) => ({ year, series })))),
  };
}

export function quotesHead(data: QuotesViewData, pieces: PieceRef[] = []): QuotesHead {
  const first = filterQuotes(data.quotes, data.articles, data.places, {}).slice(0, HEAD_ROWS);
  return {
    version: VIEWS_VERSION,
    total: data.quotes.length,
    pieces,
    ...subset(first, data.articles, data.places),
    choices: { ...articleChoices(data.articles), places: placeOptions(data.places, data.quotes) },
    top: topSpeakers(data.quotes, TOP_SPEAKERS),
  };
}

export function numbersHead(data: NumbersViewData, pieces: PieceRef[] = []): NumbersHead {
  const first = filterNumbers(data.numbers, data.articles, data.places, {}).slice(0, HEAD_ROWS);
  return {
    version: VIEWS_VERSION,
    total: data.numbers.length,
    pieces,
    ...subset(first, data.articles, data.places),
    choices: {
      ...articleChoices(data.articles),
      places: placeOptions(data.places, data.numbers),
      kinds: unitKinds(data.numbers).map((k) => ({ value: k.kind, label: `${unitKindLabelOf(k.kind)} (${k.count})` })),
    },
  };
}
