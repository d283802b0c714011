/**
 * A view's rows in pieces. The whole Quotes file was 1 MB gzipped at 1,000
 * bulletins and grows with the archive (10 MB at 10,000); no file a page
 * needs may pass 1 MB gzipped. So the build cuts each view's rows, in the
 * view's default order, into pieces of at most PIECE_MAX_BYTES, each with the
 * articles and places its rows point at, named by a hash of their content
 * (under HASHED_DATA_DIR, cached for good). The view's head lists them
 * (`PieceRef`): the unfiltered view fetches them one after another as the
 * reader scrolls; a filter fetches those whose dates, series or kinds could
 * hold a match (`piecesFor`), export the same. Pure: the build cuts, the app joins.
 */
import type { NumberRow, PersonRow, QuoteRow, ViewArticle, ViewPlace } from "./model.ts";
import { VIEWS_VERSION, yearOf } from "./model.ts";
import { dateBounds, type SpanFilter } from "./filters.ts";
import { cutRuns } from "../site-generator/pieces.ts";

/**
 * A piece's raw JSON at most: 110 kB gzipped for quotes, 230 kB for people
 * (bench:web --sizes --data-only), whatever the archive's size. Small enough that the next piece is there soon after the
 * reader scrolls to it; large enough that a filter over the whole of 10,000
 * bulletins is tens of files, not thousands. The rows' JSON compresses
 * 6–14× (the figures above), so a full piece is far below 1 MB gzipped.
 */
export const PIECE_MAX_BYTES = 1_500_000;

/** What the head says about one piece: enough to skip it for a filter that cannot match in it. */
export interface PieceRef {
  /** Under the site root, named by its content's hash. */
  file: string;
  rows: number;
  /** The earliest and latest dates of its rows (null when none is dated). */
  from: string | null;
  to: string | null;
  /** Whether some row has no date. */
  undated: boolean;
  series: string[];
  /** Numbers only: the unit kinds of its rows. */
  kinds?: string[];
}

/** Quotes or numbers: rows with the articles and places they point at (indexes into these lists). */
export interface RowsPiece<R> {
  version: typeof VIEWS_VERSION;
  articles: ViewArticle[];
  places: ViewPlace[];
  rows: R[];
}

export interface PeoplePiece {
  version: typeof VIEWS_VERSION;
  rows: PersonRow[];
}


/** The rows with only the articles and places they point at, indexes moved. */
export function subset<R extends { a: number; pl: number[] }>(rows: readonly R[], articles: readonly ViewArticle[], places: readonly ViewPlace[]) {
  const aIndex = new Map<number, number>();
  const pIndex = new Map<number, number>();
  const outArticles: ViewArticle[] = [];
  const outPlaces: ViewPlace[] = [];
  const out = rows.map((r) => {
    if (!aIndex.has(r.a)) aIndex.set(r.a, outArticles.push(articles[r.a] as ViewArticle) - 1);
    const pl = r.pl.map((i) => {
      if (!pIndex.has(i)) pIndex.set(i, outPlaces.push(places[i] as ViewPlace) - 1);
      return pIndex.get(i) as number;
    });
    return { ...r, a: aIndex.get(r.a) as number, pl };
  });
  return { rows: out, articles: outArticles, places: outPlaces };
}

/** What tells a row from every other of its view, for where its piece ends (`cutRuns`). */
export function runKey(row: QuoteRow | NumberRow): string {
  return `${row.b}/${row.s}/${"q" in row ? row.q : row.id}`;
}

/** Quotes or numbers in pieces, each at most `maxBytes` of JSON (each row counted with its article and places, an upper bound). */
export function cutRows<R extends QuoteRow | NumberRow>(
  data: { articles: readonly ViewArticle[]; places: readonly ViewPlace[]; rows: readonly R[] },
  maxBytes = PIECE_MAX_BYTES,
): Array<RowsPiece<R>> {
  const articleSize = data.articles.map((a) => JSON.stringify(a).length + 1);
  const placeSize = data.places.map((p) => JSON.stringify(p).length + 1);
  const sizeOf = (r: R) => JSON.stringify(r).length + 1 + (articleSize[r.a] ?? 0) + r.pl.reduce((n, i) => n + (placeSize[i] ?? 0), 0);
  return cutRuns(data.rows, sizeOf, runKey, maxBytes - PIECE_OVERHEAD).map((run) => ({ version: VIEWS_VERSION, ...subset(run, data.articles, data.places) }));
}

/** The piece's own keys and brackets. */
export const PIECE_OVERHEAD = 64;

export function cutPeople(rows: readonly PersonRow[], maxBytes = PIECE_MAX_BYTES): PeoplePiece[] {
  return cutRuns(rows, (r) => JSON.stringify(r).length + 1, (r) => r.id, maxBytes - PIECE_OVERHEAD).map((run) => ({ version: VIEWS_VERSION, rows: run }));
}

/** What a head says about a piece of `rows` rows, from their `items` (dates, series and, for numbers, kinds). */
export function pieceRef(file: string, rows: number, items: ReadonlyArray<{ date: string | null; series: string | null; kind?: string }>): PieceRef {
  let from: string | null = null;
  let to: string | null = null;
  let undated = false;
  const series = new Set<string>();
  const kinds = new Set<string>();
  for (const i of items) {
    if (i.date === null) undated = true;
    else {
      if (from === null || i.date < from) from = i.date;
      if (to === null || i.date > to) to = i.date;
    }
    if (i.series) series.add(i.series);
    if (i.kind !== undefined) kinds.add(i.kind);
  }
  return { file, rows, from, to, undated, series: [...series].sort(), ...(kinds.size > 0 ? { kinds: [...kinds].sort() } : {}) };
}

/** The dated items of a quotes or numbers piece, for `pieceRef`. */
export function rowItems<R extends QuoteRow | NumberRow>(piece: RowsPiece<R>): Array<{ date: string | null; series: string | null; kind?: string }> {
  return piece.rows.map((r) => {
    const a = piece.articles[r.a];
    return { date: a?.d ?? null, series: a?.sr ?? null, ...("k" in r ? { kind: r.k } : {}) };
  });
}

/**
 * A person's dated items: their first and last dates stand for the span
 * (their activity lies between), every series they appear in, and one
 * undated item when some activity has no year.
 */
export function personItems(rows: readonly PersonRow[]): Array<{ date: string | null; series: string | null }> {
  return rows.flatMap((p) => [
    ...(p.first ? [{ date: p.first, series: null }] : []),
    ...(p.last ? [{ date: p.last, series: null }] : []),
    ...p.act.map(([year, series]) => ({ date: year === null ? null : `${year}-06-30`, series })),
  ]);
}

/**
 * The pieces a filter may find rows in: those whose dates meet the span,
 * holding the series and (numbers) the kind asked for. A text or place
 * filter cannot be answered from the head: every piece the span leaves.
 */
export function piecesFor(refs: readonly PieceRef[], f: SpanFilter & { unit?: string }): number[] {
  const { from, to } = dateBounds(f);
  const out: number[] = [];
  refs.forEach((p, i) => {
    if (f.series && !p.series.includes(f.series)) return;
    if (f.unit && p.kinds && !p.kinds.includes(f.unit)) return;
    if (from || to) {
      // Year resolution, as the people's activity is counted (filters.ts).
      const y0 = yearOf(from);
      const y1 = yearOf(to);
      if (p.from === null || p.to === null) return;
      if ((y1 !== null && Number(p.from.slice(0, 4)) > y1) || (y0 !== null && Number(p.to.slice(0, 4)) < y0)) return;
    }
    out.push(i);
  });
  return out;
}

/** Quotes or numbers of several pieces as one list: articles one after another, places once each. */
export function joinPieces<R extends QuoteRow | NumberRow>(pieces: ReadonlyArray<RowsPiece<R>>): { articles: ViewArticle[]; places: ViewPlace[]; rows: R[] } {
  const articles: ViewArticle[] = [];
  const places: ViewPlace[] = [];
  const placeIndex = new Map<string, number>();
  const rows: R[] = [];
  for (const piece of pieces) {
    const offset = articles.length;
    articles.push(...piece.articles);
    const moved = piece.places.map((p) => {
      let i = placeIndex.get(p.id);
      if (i === undefined) placeIndex.set(p.id, (i = places.push(p) - 1));
      return i;
    });
    for (const r of piece.rows) rows.push({ ...r, a: r.a + offset, pl: r.pl.map((i) => moved[i] as number) });
  }
  return { articles, places, rows };
}
