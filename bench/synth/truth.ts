// What a perfect parser would produce for a synthetic bulletin, in the format
// of the hand-made reference annotations (*.gold.json) that
// score-extraction.mjs reads, plus queries for the search benchmark.

export type TruthSpeaker = { name: string } | { unnamed: true; keyword: string };

export interface TruthQuote {
  contains: string;
  speaker: TruthSpeaker;
}

export interface TruthStatistic {
  value: number;
  contains: string;
  unit?: string;
}

export interface TruthArticle {
  headline: string;
  summary: string;
  authors: string[];
  authorLocation: string | null;
  rcaNumber: number | null;
  date: string | null;
  paragraphCount: number;
  firstParagraphStartsWith: string;
  lastParagraphStartsWith: string;
  authorNoteStartsWith: string | null;
  incompleteParagraphsStartWith: string[];
  paragraphsMustNotContain: string[];
  quotes: TruthQuote[];
  quotesForbidden: string[];
  statistics: { required: TruthStatistic[]; optional: number[] };
}

export interface TruthPerson {
  name: string;
  role?: string;
  aliases?: string[];
  match?: string[];
}

export interface TruthPlace {
  name: string;
  aliases?: string[];
  lat?: number;
  lon?: number;
  mustBeOneWith?: string;
}

export type SearchKind = "exact" | "typo" | "transliteration" | "quote-words";

export interface SearchQuery {
  query: string;
  expect: { type: "person"; name: string } | { type: "place"; name: string } | { type: "quote"; text: string };
  kind: SearchKind;
}

export interface Truth {
  about: string;
  bulletin: { series: string; issue: number | null; part: number | null; date: string | null; articleCount: number };
  articles: TruthArticle[];
  people: { required: TruthPerson[]; optional: string[]; mustStayDistinct: Array<[string, string]>; forbidden: string[] };
  places: { required: TruthPlace[]; optional: string[]; forbidden: string[] };
  /** Which damage was applied, so benchmarks can report by kind. */
  damage: string[];
  searchQueries: SearchQuery[];
}

export interface GeneratedBulletin {
  fileName: string;
  text: string;
  truth: Truth;
}
