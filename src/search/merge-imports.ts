/**
 * Bulletins imported in the browser join search and the person and place
 * pages without a rebuild. Their people and places are merged among
 * themselves by the build's own rules (`buildPeople`/`buildPlaces` over the
 * imports alone), then laid over the built page data here, matched by the
 * same archive ids the build uses (the slug of the folded name, shared only by
 * multi-word person names). Search results from the imports' small index are
 * merged into the built index's results, best first.
 */
import {
  byDate,
  dedupeRefs,
  entitySlug,
  sharedPersonId,
  type PersonEntity,
  type PlaceEntity,
  type RoleSpan,
} from "./entities.ts";
import { PAGE_DATA_VERSION, timelineOf, type Paging, type PersonPageData, type PlacePageData } from "./page-data.ts";
import type { ResultGroup, SearchResults } from "./query.ts";
import { countryName } from "./records.ts";

type BuiltPerson = PersonPageData["person"];
type BuiltPlace = PlacePageData["place"];

/** The ids a person merges under across bulletins: each multi-word spelling's (one-word names never merge). */
function sharedPersonIds(person: Pick<BuiltPerson, "name" | "alsoSpelled">): string[] {
  return [person.name, ...person.alsoSpelled].map(sharedPersonId).filter((id): id is string => id !== null);
}

/**
 * An imported person belongs on the page when the page's id is one of theirs
 * (an imported article's panel links by its bulletin-level id) or when they
 * share a multi-word spelling with the built person, as the build would merge them.
 */
function personMatcher(requested: string, built: BuiltPerson | null): (p: PersonEntity) => boolean {
  const shared = new Set(built ? sharedPersonIds(built) : []);
  return (p) => p.keys.includes(requested) || sharedPersonIds(p).some((id) => shared.has(id));
}

/** Places merge on the slug of any of their names, as `buildPlaces` does. */
function placeMatcher(requested: string, built: BuiltPlace | null): (p: PlaceEntity) => boolean {
  const wanted = new Set([requested]);
  if (built) for (const name of [built.name, ...built.alsoKnownAs]) wanted.add(entitySlug(name));
  return (p) => p.keys.some((k) => wanted.has(k));
}

/** Every spelling once, the display name left out (as the build lists them: by exact spelling). */
function otherNames(main: string, names: Iterable<string>): string[] {
  return [...new Set(names)].filter((n) => n !== main);
}

function mergeRoles(lists: readonly RoleSpan[][]): RoleSpan[] {
  const byRole = new Map<string, RoleSpan>();
  for (const span of lists.flat()) {
    const seen = byRole.get(span.role);
    if (!seen) {
      byRole.set(span.role, { ...span });
      continue;
    }
    if (span.from && (!seen.from || span.from < seen.from)) seen.from = span.from;
    if (span.to && (!seen.to || span.to > seen.to)) seen.to = span.to;
  }
  return [...byRole.values()].sort((x, y) => (x.from ?? "9999").localeCompare(y.from ?? "9999"));
}

/**
 * A person's page with what the imports add. `built` is the build's page for
 * `requested` (null when the build has none); returns null when neither the
 * build nor any import knows the person.
 */
export function mergePersonPage(requested: string, built: PersonPageData | null, imported: readonly PersonEntity[]): PersonPageData | null {
  const matches = imported.filter(personMatcher(requested, built?.person ?? null));
  if (matches.length === 0) return built;
  const parts = [...(built ? [built.person] : []), ...matches];
  const first = parts[0] as BuiltPerson | PersonEntity;
  const name = first.name;
  const quotes = dedupeRefs(parts.flatMap((p) => p.quotes)).sort(byDate);
  const articles = dedupeRefs(parts.flatMap((p) => p.articles)).sort(byDate);
  const marks = new Map((built?.person.timeline ?? []).map((m) => [m.join("/"), m]));
  for (const m of timelineOf(matches.flatMap((p) => p.quotes))) marks.set(m.join("/"), m);
  const person: BuiltPerson = {
    id: first.id,
    name,
    alsoSpelled: otherNames(name, parts.flatMap((p) => [p.name, ...p.alsoSpelled])).filter((n) => !name.includes(n)),
    roles: mergeRoles(parts.map((p) => p.roles)),
    quotes,
    articles,
    ...mergedPaging(built?.person ?? null, quotes.length, articles.length),
    timeline: [...marks.values()].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)),
  };
  return { version: PAGE_DATA_VERSION, kind: "person", person };
}

/**
 * The counts of a page whose first lists (`quotes`, `articles` items) now
 * include the imports': what the build had beyond its first items stays in
 * its pieces. Imported bulletins are never the build's (an import of a
 * bundled text is refused), so nothing is counted twice.
 */
function mergedPaging(built: Paging & { quotes: readonly unknown[]; articles: readonly unknown[] } | null, quotes: number, articles: number): Paging {
  return {
    quoteCount: quotes + (built ? built.quoteCount - built.quotes.length : 0),
    articleCount: articles + (built ? built.articleCount - built.articles.length : 0),
    more: built?.more ?? { quotes: [], articles: [] },
  };
}

/** A place's page with what the imports add; the locator map is the build's (imports have none). */
export function mergePlacePage(requested: string, built: PlacePageData | null, imported: readonly PlaceEntity[]): PlacePageData | null {
  const matches = imported.filter(placeMatcher(requested, built?.place ?? null));
  if (matches.length === 0) return built;
  const base = built?.place;
  const first = matches[0] as PlaceEntity;
  const name = base?.name ?? first.name;
  const all = [...(base ? [base] : []), ...matches];
  const located = all.find((p) => p.lat !== null && p.lon !== null);
  const country = all.find((p) => p.country !== null)?.country ?? null;
  const quotes = dedupeRefs(all.flatMap((p) => p.quotes)).sort(byDate);
  const articles = dedupeRefs(all.flatMap((p) => p.articles)).sort(byDate);
  const place: BuiltPlace = {
    id: base?.id ?? first.id,
    name,
    alsoKnownAs: otherNames(name, all.flatMap((p) => [p.name, ...p.alsoKnownAs])),
    kind: all.find((p) => p.kind !== "other")?.kind ?? first.kind,
    country,
    lat: located?.lat ?? null,
    lon: located?.lon ?? null,
    quotes,
    articles,
    ...mergedPaging(base ?? null, quotes.length, articles.length),
    countryName: base?.countryName ?? countryName(country),
    map: base?.map ?? null,
  };
  return { version: PAGE_DATA_VERSION, kind: "place", place };
}

/**
 * The built index's results and the imports' merged per group: one hit per
 * link (the better score kept), best first, at most `limit` per group.
 */
export function mergeResults(built: SearchResults, extra: SearchResults, limit: number): SearchResults {
  const groups: ResultGroup[] = built.groups.map((group) => {
    const other = extra.groups.find((g) => g.kind === group.kind);
    if (!other || other.hits.length === 0) return group;
    const best = new Map<string, ResultGroup["hits"][number]>();
    for (const hit of [...group.hits, ...other.hits]) {
      const seen = best.get(hit.record.href);
      if (!seen || hit.score < seen.score) best.set(hit.record.href, hit);
    }
    const hits = [...best.values()].sort((a, b) => a.score - b.score);
    return { kind: group.kind, hits: hits.slice(0, limit), more: group.more || other.more || hits.length > limit };
  });
  return { query: built.query, groups, total: groups.reduce((n, g) => n + g.hits.length, 0) };
}
