/**
 * The archive-wide views' data (People, Quotes, Numbers, Places), written by
 * the build (src/views/emit.ts) and read by the view's route only
 * (src/app/views/): per view a head under data/views/ and the rows in pieces
 * (src/views/pieces.ts); Places, small at any size, in one file. Rows are
 * compact: the articles and places a view's rows point at are listed once,
 * and rows hold their index.
 */
import type { PlaceKind } from "../parser/model/index.ts";

/** 2: the rows of People, Quotes and Numbers in pieces, listed by their heads. */
export const VIEWS_VERSION = 2;

export const PLACES_VIEW_FILE = "data/views/places.json";

/** An article rows point at. */
export interface ViewArticle {
  /** Bulletin id. */
  b: string;
  /** Article slug. */
  s: string;
  /** Headline. */
  h: string;
  /** The article's date (its issue tag's, else the bulletin's). */
  d: string | null;
  /** Series code (RCA, CRS…), or null when the bulletin's was lost. */
  sr: string | null;
}

/** A place a quote's or a number's paragraph mentions. */
export interface ViewPlace {
  id: string;
  name: string;
  kind: PlaceKind;
  /** ISO country code, or null. */
  cc: string | null;
}

/**
 * How much a person or place appears in one year of one series:
 * [year, series, quotes (people) or mentions (places), articles].
 */
export type Activity = [year: number | null, series: string | null, count: number, articles: number];

export interface PersonRow {
  id: string;
  name: string;
  roles: string[];
  alsoSpelled: string[];
  quotes: number;
  articles: number;
  first: string | null;
  last: string | null;
  act: Activity[];
}

export interface QuoteRow {
  /** Bulletin id, article slug, quote id: the quote's permalink /quotes/b/s/q. */
  b: string;
  s: string;
  q: string;
  text: string;
  speaker: string;
  /** The speaker's archive person id, or null for an unnamed or unknown speaker. */
  pid: string | null;
  /** Index into `articles`. */
  a: number;
  /** Indexes into `places`: the places the quote's paragraph mentions. */
  pl: number[];
}

export interface NumberRow {
  b: string;
  s: string;
  id: string;
  /** Paragraph id: the number's permalink is the paragraph's anchor. */
  p: string;
  a: number;
  value: number;
  unit: string | null;
  /** `unitKind`: people, percent, money-<currency>, other. */
  k: string;
  /** The figure as written. */
  text: string;
  /** The sentence it stands in. */
  sentence: string;
  pl: number[];
}

export interface PlaceRow {
  id: string;
  name: string;
  kind: PlaceKind;
  cc: string | null;
  countryName: string | null;
  lat: number | null;
  lon: number | null;
  mentions: number;
  articles: number;
  act: Activity[];
}

export interface PeopleViewData {
  version: typeof VIEWS_VERSION;
  people: PersonRow[];
}

export interface QuotesViewData {
  version: typeof VIEWS_VERSION;
  articles: ViewArticle[];
  places: ViewPlace[];
  quotes: QuoteRow[];
}

export interface NumbersViewData {
  version: typeof VIEWS_VERSION;
  articles: ViewArticle[];
  places: ViewPlace[];
  numbers: NumberRow[];
}

/** The overview map, drawn at build time (src/map/overview.ts). */
export interface OverviewMap {
  width: number;
  height: number;
  shapes: Array<{ d: string; name: string }>;
  /** Equirectangular: x = x0 + k·(lon − lon0), y = y0 − k·(lat − lat0), in pixels per degree. */
  projection: { lon0: number; lat0: number; k: number; x0: number; y0: number };
}

export interface PlacesViewData {
  version: typeof VIEWS_VERSION;
  places: PlaceRow[];
  map: OverviewMap | null;
}

export function quotePermalink(r: Pick<QuoteRow, "b" | "s" | "q">): string {
  return `/quotes/${r.b}/${r.s}/${r.q}`;
}

export function paragraphHref(r: Pick<NumberRow, "b" | "s" | "p">): string {
  return `/bulletins/${r.b}/articles/${r.s}#${r.p}`;
}

export function yearOf(date: string | null): number | null {
  return date ? Number(date.slice(0, 4)) : null;
}
