/**
 * Filtering and sorting the views' rows. Pure, and driven by the query
 * string's values only (src/app/views/useViewParams.ts), so that a shared or
 * reloaded URL shows the same rows.
 */
import { fold } from "../search/fold.ts";
import type { Activity, NumberRow, PersonRow, PlaceRow, QuoteRow, ViewArticle, ViewPlace } from "./model.ts";
import { yearOf } from "./model.ts";

export { unitKindLabel } from "./unit-kind.ts";

/** Series and time: the filters every view has. `from`/`to`: a year (2009) or a date (2009-03-01), inclusive. */
export interface SpanFilter {
  series?: string;
  from?: string;
  to?: string;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The first and last ISO dates a `from`/`to` value covers ("2009" → 2009-01-01 … 2009-12-31). */
export function dateBounds(f: SpanFilter): { from: string | null; to: string | null } {
  const from = f.from && DATE.test(f.from) ? `${f.from}-01-01`.slice(0, 10) : null;
  const to = f.to && DATE.test(f.to) ? (f.to.length === 4 ? `${f.to}-12-31` : f.to.length === 7 ? `${f.to}-31` : f.to) : null;
  return { from, to };
}

/** Whether a dated row falls in the span; an undated row only when no time is asked for. */
export function inSpan(date: string | null, series: string | null, f: SpanFilter): boolean {
  if (f.series && series !== f.series) return false;
  const { from, to } = dateBounds(f);
  if (!from && !to) return true;
  if (!date) return false;
  return (!from || date >= from) && (!to || date <= to);
}

/** The buckets of an activity list in the span (year resolution). */
function activityIn(act: readonly Activity[], f: SpanFilter): { count: number; articles: number } {
  const { from, to } = dateBounds(f);
  const y0 = yearOf(from);
  const y1 = yearOf(to);
  let count = 0;
  let articles = 0;
  for (const [year, series, c, a] of act) {
    if (f.series && series !== f.series) continue;
    if ((y0 !== null || y1 !== null) && (year === null || (y0 !== null && year < y0) || (y1 !== null && year > y1))) continue;
    count += c;
    articles += a;
  }
  return { count, articles };
}

const hasSpan = (f: SpanFilter) => Boolean(f.series || f.from || f.to);

/**
 * ISO dates compare as plain strings; `localeCompare` over 40,000 quotes (a
 * 1,000-bulletin archive) took a noticeable part of a filter change.
 */
function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Folded text, kept per row: folding every quote of a 1,000-bulletin archive
 * again for each letter typed is most of a text filter's time.
 */
const foldedText = new WeakMap<object, string>();
const foldedSpeaker = new WeakMap<object, string>();
function foldedOf(cache: WeakMap<object, string>, row: object, text: string): string {
  let f = cache.get(row);
  if (f === undefined) cache.set(row, (f = fold(text)));
  return f;
}

/** One collator for names, made once: `localeCompare` makes one per call. */
export const names = new Intl.Collator("en");

// ── People ──

export const PEOPLE_SORTS = ["quotes", "name", "latest"] as const;
export type PeopleSort = (typeof PEOPLE_SORTS)[number];

export interface PeopleFilter extends SpanFilter {
  sort?: string;
  /** A word of the person's roles as written ("minister"). */
  role?: string;
}

/** A person as listed: the quote and article counts are those in the filter's series and years. */
export interface PersonListed extends PersonRow {
  shownQuotes: number;
  shownArticles: number;
}

export function filterPeople(rows: readonly PersonRow[], f: PeopleFilter): PersonListed[] {
  const role = f.role ? fold(f.role).trim() : "";
  const out: PersonListed[] = [];
  for (const p of rows) {
    if (role && !p.roles.some((r) => fold(r).includes(role))) continue;
    if (hasSpan(f)) {
      const { count, articles } = activityIn(p.act, f);
      if (count === 0 && articles === 0) continue;
      out.push({ ...p, shownQuotes: count, shownArticles: articles });
    } else out.push({ ...p, shownQuotes: p.quotes, shownArticles: p.articles });
  }
  const sort: PeopleSort = (PEOPLE_SORTS as readonly string[]).includes(f.sort ?? "") ? (f.sort as PeopleSort) : "quotes";
  const byName = (a: PersonListed, b: PersonListed) => names.compare(a.name, b.name);
  if (sort === "name") out.sort(byName);
  else if (sort === "latest") out.sort((a, b) => compareDates(b.last ?? "", a.last ?? "") || byName(a, b));
  else out.sort((a, b) => b.shownQuotes - a.shownQuotes || b.shownArticles - a.shownArticles || byName(a, b));
  return out;
}

// ── Quotes and numbers: rows in an article, with places ──

export interface PlaceFilter {
  /** A place id: rows whose paragraph mentions it, or for a country, any place in it. */
  place?: string;
}

/** The place indexes a `place` value matches: the place itself, and for a country every place in that country. */
export function placeMatch(places: readonly ViewPlace[], id: string | undefined): Set<number> | null {
  if (!id) return null;
  const out = new Set<number>();
  const chosen = places.find((p) => p.id === id);
  places.forEach((p, i) => {
    if (p.id === id || (chosen?.kind === "country" && chosen.cc !== null && p.cc === chosen.cc)) out.add(i);
  });
  return out;
}

export interface QuotesFilter extends SpanFilter, PlaceFilter {
  /** A person id, or words of the speaker's name. */
  speaker?: string;
  /** Words of the quote. */
  q?: string;
}

export function filterQuotes(rows: readonly QuoteRow[], articles: readonly ViewArticle[], places: readonly ViewPlace[], f: QuotesFilter): QuoteRow[] {
  const match = placeMatch(places, f.place);
  const words = f.q ? fold(f.q).trim() : "";
  const speaker = f.speaker ? fold(f.speaker).trim() : "";
  const out = rows.filter((r) => {
    const a = articles[r.a];
    if (!a || !inSpan(a.d, a.sr, f)) return false;
    if (match && !r.pl.some((i) => match.has(i))) return false;
    if (speaker && r.pid !== f.speaker && !foldedOf(foldedSpeaker, r, r.speaker).includes(speaker)) return false;
    if (words && !foldedOf(foldedText, r, r.text).includes(words)) return false;
    return true;
  });
  // The build writes them newest first already (src/views/build.ts): then this sort only checks.
  return out.sort((x, y) => compareDates(articles[y.a]?.d ?? "", articles[x.a]?.d ?? ""));
}

export interface SpeakerCount {
  pid: string;
  name: string;
  count: number;
}

const bySpeakerRank = (a: SpeakerCount, b: SpeakerCount) => b.count - a.count || names.compare(a.name, b.name);

/**
 * Who is quoted most among the rows: speakers with a person id, most quotes
 * first, then by name. Only the few that can be among the first `limit` are
 * put in order: sorting all 20,000 speakers of a 1,000-bulletin archive, most
 * of them tied on one or two quotes and so compared by name, was a task of
 * its own when the Quotes view loaded its rows (bench:web).
 */
export function topSpeakers(rows: readonly QuoteRow[], limit: number): SpeakerCount[] {
  const counts = new Map<string, SpeakerCount>();
  for (const r of rows) {
    if (!r.pid) continue;
    const c = counts.get(r.pid) ?? { pid: r.pid, name: r.speaker, count: 0 };
    c.count++;
    counts.set(r.pid, c);
  }
  const all = [...counts.values()];
  if (all.length <= limit) return all.sort(bySpeakerRank);
  // The count the last place goes to: everyone above it is in, and the places left go to those on it by name.
  const cut = all.map((c) => c.count).sort((a, b) => b - a)[limit - 1]!;
  const above = all.filter((c) => c.count > cut).sort(bySpeakerRank);
  const on = all.filter((c) => c.count === cut);
  const out = [...above];
  while (out.length < limit && on.length > 0) {
    let first = 0;
    for (let i = 1; i < on.length; i++) if (names.compare(on[i]!.name, on[first]!.name) < 0) first = i;
    out.push(on.splice(first, 1)[0]!);
  }
  return out;
}

export interface NumbersFilter extends SpanFilter, PlaceFilter {
  /** `unitKind`: people, percent, money-USD…, other. */
  unit?: string;
  q?: string;
}

export function filterNumbers(rows: readonly NumberRow[], articles: readonly ViewArticle[], places: readonly ViewPlace[], f: NumbersFilter): NumberRow[] {
  const match = placeMatch(places, f.place);
  const words = f.q ? fold(f.q).trim() : "";
  const out = rows.filter((r) => {
    const a = articles[r.a];
    if (!a || !inSpan(a.d, a.sr, f)) return false;
    if (f.unit && r.k !== f.unit) return false;
    if (match && !r.pl.some((i) => match.has(i))) return false;
    if (words && !foldedOf(foldedText, r, r.sentence).includes(words)) return false;
    return true;
  });
  return out.sort((x, y) => compareDates(articles[x.a]?.d ?? "9999", articles[y.a]?.d ?? "9999"));
}

/** The unit kinds present, most numbers first. */
export function unitKinds(rows: readonly NumberRow[]): Array<{ kind: string; count: number }> {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.k, (counts.get(r.k) ?? 0) + 1);
  return [...counts].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || names.compare(a.kind, b.kind));
}

// ── Places ──

export interface PlaceListed extends PlaceRow {
  shownMentions: number;
  shownArticles: number;
}

export function filterPlaces(rows: readonly PlaceRow[], f: SpanFilter): PlaceListed[] {
  const out: PlaceListed[] = [];
  for (const p of rows) {
    const { count, articles } = hasSpan(f) ? activityIn(p.act, f) : { count: p.mentions, articles: p.articles };
    if (count === 0) continue;
    out.push({ ...p, shownMentions: count, shownArticles: articles });
  }
  return out.sort((a, b) => b.shownMentions - a.shownMentions || names.compare(a.name, b.name));
}

/** Places grouped by country (the country's name, or "Elsewhere" for regions with none), biggest first. */
export function byCountry(rows: readonly PlaceListed[]): Array<{ country: string; places: PlaceListed[] }> {
  const groups = new Map<string, PlaceListed[]>();
  for (const p of rows) {
    const key = p.countryName ?? p.cc ?? "Elsewhere";
    const group = groups.get(key);
    if (group) group.push(p);
    else groups.set(key, [p]);
  }
  const total = (ps: PlaceListed[]) => ps.reduce((n, p) => n + p.shownMentions, 0);
  return [...groups]
    .map(([country, places]) => ({ country, places }))
    .sort((a, b) => total(b.places) - total(a.places) || a.country.localeCompare(b.country));
}

/** Every series and year in a list of activities or articles, for the filters' choices. */
export function seriesAndYears(items: ReadonlyArray<{ series: string | null; year: number | null }>): { series: string[]; years: number[] } {
  const series = new Set<string>();
  const years = new Set<number>();
  for (const i of items) {
    if (i.series) series.add(i.series);
    if (i.year !== null) years.add(i.year);
  }
  return { series: [...series].sort(), years: [...years].sort((a, b) => a - b) };
}
