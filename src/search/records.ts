/**
 * Search records: what the search box can find, one flat record per person,
 * place, quote and article, with the display fields a result shows. Built at
 * build time from the parsed archive; the folded text Fuse compares lives in
 * the serialised Fuse index beside them (see index-data.ts), not here.
 */
import type { Bulletin } from "../parser/model/index.ts";
import { type PersonEntity, type PlaceEntity, articleDate, quoteRef } from "./entities.ts";
import { articleHref, personHref, placeHref } from "./links.ts";

export interface PersonRecord {
  kind: "person";
  id: string;
  name: string;
  aliases: string[];
  /** The latest role, for the result's context line. */
  role: string | null;
  roles: string[];
  quoteCount: number;
  href: string;
}

export interface PlaceRecord {
  kind: "place";
  id: string;
  name: string;
  aliases: string[];
  /** Display name of the country ("Kazakhstan"), or null. */
  country: string | null;
  href: string;
}

export interface QuoteRecord {
  kind: "quote";
  id: string;
  text: string;
  speaker: string;
  headline: string;
  date: string | null;
  href: string;
}

export interface ArticleRecord {
  kind: "article";
  id: string;
  headline: string;
  summary: string;
  authors: string[];
  date: string | null;
  href: string;
}

export type SearchRecord = PersonRecord | PlaceRecord | QuoteRecord | ArticleRecord;

export const GROUPS = ["person", "place", "quote", "article"] as const;
export type GroupKind = (typeof GROUPS)[number];

export interface RecordSet {
  person: PersonRecord[];
  place: PlaceRecord[];
  quote: QuoteRecord[];
  article: ArticleRecord[];
}

// Made on first use, not when this module loads: creating it loads the
// browser's region-name data, which took ~90 ms on every page that loads this
// module, while only places of imported bulletins need a name (the build's
// pages carry theirs).
let regionNames: Intl.DisplayNames | undefined;

export function countryName(code: string | null): string | null {
  if (!code) return null;
  try {
    regionNames ??= new Intl.DisplayNames(["en"], { type: "region" });
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

export interface RecordOptions {
  /**
   * Further names a place is searchable under (place-names.ts: the gazetteer's
   * Leninabad for Khujand), after the spellings the bulletins used.
   */
  placeNames?: (place: PlaceEntity) => readonly string[];
}

export function buildRecords(
  bulletins: readonly Bulletin[],
  people: readonly PersonEntity[],
  places: readonly PlaceEntity[],
  { placeNames }: RecordOptions = {},
): RecordSet {
  const person: PersonRecord[] = people.map((p) => ({
    kind: "person",
    id: p.id,
    name: p.name,
    aliases: p.alsoSpelled,
    role: p.roles.at(-1)?.role ?? null,
    roles: p.roles.map((r) => r.role),
    quoteCount: p.quotes.length,
    href: personHref(p.id),
  }));
  const place: PlaceRecord[] = places.map((p) => ({
    kind: "place",
    id: p.id,
    name: p.name,
    aliases: placeNames ? [...p.alsoKnownAs, ...placeNames(p)] : p.alsoKnownAs,
    country: countryName(p.country),
    href: placeHref(p.id),
  }));
  const quote: QuoteRecord[] = [];
  const article: ArticleRecord[] = [];
  for (const b of bulletins) {
    for (const a of b.articles) {
      article.push({
        kind: "article",
        id: `${b.id}/${a.slug}`,
        headline: a.headline,
        summary: a.summary,
        authors: a.authors.map((x) => x.name),
        date: articleDate(b, a),
        href: articleHref(b.id, a.slug),
      });
      for (const q of a.quotes) {
        const ref = quoteRef(b, a, q);
        quote.push({
          kind: "quote",
          id: `${b.id}/${a.slug}#${q.id}`,
          text: q.text,
          speaker: ref.speaker,
          headline: ref.headline,
          date: ref.date,
          href: ref.href,
        });
      }
    }
  }
  return { person, place, quote, article };
}

export function recordCount(set: RecordSet): number {
  return set.person.length + set.place.length + set.quote.length + set.article.length;
}
