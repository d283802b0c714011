/**
 * The per-page files for person and place pages. Each merged entity gets one
 * file under its id, and a small redirect under every other id it is known by,
 * so a link built from any bulletin's spelling resolves.
 *
 * Someone quoted thousands of times, a capital mentioned in most articles:
 * their lists grow with the archive. A page's file holds the first
 * FIRST_PAGE_ITEMS of each list (what the prerendered page shows), the
 * counts, and the files of the rest (`more`), pieces of PAGE_PIECE_ITEMS
 * named by their content; the page reads them as the reader scrolls.
 */
import type { LocatorMap } from "../map/types.ts";
import type { ArticleRef, PersonEntity, PlaceEntity, QuoteRef } from "./entities.ts";

/** 2: long lists in pieces (`more`), with their counts; a person's timeline apart. */
export const PAGE_DATA_VERSION = 2;

/** Quotes and articles in a page's own file: a first screen and then some. */
export const FIRST_PAGE_ITEMS = 30;
/** Items per later piece: about 150 kB raw of quotes, 30 kB gzipped. */
export const PAGE_PIECE_ITEMS = 500;

/** One quote on a person's timeline: [date, bulletin id, article slug, quote id]. Every dated quote has one. */
export type TimelineMark = [date: string, bulletinId: string, articleSlug: string, quoteId: string];

/** What a page's lists hold beyond their first items. */
export interface Paging {
  quoteCount: number;
  articleCount: number;
  /** The files of the lists' later items, in order. */
  more: { quotes: string[]; articles: string[] };
}

export interface PersonPageData {
  version: typeof PAGE_DATA_VERSION;
  kind: "person";
  /** `quotes` and `articles`: the first FIRST_PAGE_ITEMS of each, in date order. */
  person: Omit<PersonEntity, "keys"> & Paging & { timeline: TimelineMark[] };
}

export interface PlacePageData {
  version: typeof PAGE_DATA_VERSION;
  kind: "place";
  place: Omit<PlaceEntity, "keys"> & Paging & { countryName: string | null; map: LocatorMap | null };
}

export interface RedirectData {
  version: typeof PAGE_DATA_VERSION;
  kind: "redirect";
  to: string;
}

/** A later piece of a page's list. */
export interface PagePiece<T> {
  version: typeof PAGE_DATA_VERSION;
  items: T[];
}

/**
 * A list's first items, and the rest as pieces written by `write` (which
 * returns the piece's file). Pure but for `write`.
 */
export function pageList<T>(items: readonly T[], write: (piece: PagePiece<T>) => string): { first: T[]; more: string[] } {
  const more: string[] = [];
  for (let i = FIRST_PAGE_ITEMS; i < items.length; i += PAGE_PIECE_ITEMS) {
    more.push(write({ version: PAGE_DATA_VERSION, items: items.slice(i, i + PAGE_PIECE_ITEMS) }));
  }
  return { first: items.slice(0, FIRST_PAGE_ITEMS), more };
}

export function timelineOf(quotes: readonly QuoteRef[]): TimelineMark[] {
  return quotes.flatMap((q): TimelineMark[] => (q.date ? [[q.date, q.bulletinId, q.articleSlug, q.quoteId]] : []));
}

/** An entity's page fields from its whole lists, the later pieces written by `write`. */
export function pagedLists(
  entity: { quotes: readonly QuoteRef[]; articles: readonly ArticleRef[] },
  write: (piece: PagePiece<QuoteRef> | PagePiece<ArticleRef>) => string,
): { quotes: QuoteRef[]; articles: ArticleRef[] } & Paging {
  const quotes = pageList(entity.quotes, write);
  const articles = pageList(entity.articles, write);
  return {
    quotes: quotes.first,
    articles: articles.first,
    quoteCount: entity.quotes.length,
    articleCount: entity.articles.length,
    more: { quotes: quotes.more, articles: articles.more },
  };
}
