/**
 * The views with the bulletins imported in the browser laid over the build's
 * rows: the imports' own rows (`buildViewRows` over the imports alone) are
 * added, and a person or place the build knows under the same archive id
 * (the ids person and place pages use) becomes one row with both counts.
 */
import type { Activity, NumberRow, PersonRow, PlaceRow, QuoteRow, ViewArticle, ViewPlace } from "./model.ts";

function mergeActivity(a: readonly Activity[], b: readonly Activity[]): Activity[] {
  const byKey = new Map<string, Activity>();
  for (const x of [...a, ...b]) {
    const key = `${x[0]}|${x[1]}`;
    const seen = byKey.get(key);
    byKey.set(key, seen ? [x[0], x[1], seen[2] + x[2], seen[3] + x[3]] : [...x]);
  }
  return [...byKey.values()].sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0) || (x[1] ?? "").localeCompare(y[1] ?? ""));
}

const minDate = (a: string | null, b: string | null) => (a && b ? (a < b ? a : b) : (a ?? b));
const maxDate = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : (a ?? b));

export function mergePeople(built: readonly PersonRow[], imported: readonly PersonRow[]): PersonRow[] {
  const byId = new Map(built.map((p) => [p.id, p]));
  for (const p of imported) {
    const seen = byId.get(p.id);
    if (!seen) {
      byId.set(p.id, p);
      continue;
    }
    byId.set(p.id, {
      ...seen,
      roles: [...new Set([...seen.roles, ...p.roles])],
      alsoSpelled: [...new Set([...seen.alsoSpelled, ...p.alsoSpelled, ...(p.name !== seen.name ? [p.name] : [])])],
      quotes: seen.quotes + p.quotes,
      articles: seen.articles + p.articles,
      first: minDate(seen.first, p.first),
      last: maxDate(seen.last, p.last),
      act: mergeActivity(seen.act, p.act),
    });
  }
  return [...byId.values()];
}

export function mergePlaceRows(built: readonly PlaceRow[], imported: readonly PlaceRow[]): PlaceRow[] {
  const byId = new Map(built.map((p) => [p.id, p]));
  for (const p of imported) {
    const seen = byId.get(p.id);
    byId.set(
      p.id,
      seen
        ? { ...seen, lat: seen.lat ?? p.lat, lon: seen.lon ?? p.lon, mentions: seen.mentions + p.mentions, articles: seen.articles + p.articles, act: mergeActivity(seen.act, p.act) }
        : p,
    );
  }
  return [...byId.values()];
}

/** Quotes or numbers of both, the imports' article and place indexes moved to the merged lists. */
export function mergeRows<R extends QuoteRow | NumberRow>(
  built: { articles: readonly ViewArticle[]; places: readonly ViewPlace[]; rows: readonly R[] },
  imported: { articles: readonly ViewArticle[]; places: readonly ViewPlace[]; rows: readonly R[] },
): { articles: ViewArticle[]; places: ViewPlace[]; rows: R[] } {
  const articles = [...built.articles, ...imported.articles];
  const places = [...built.places];
  const placeIndex = new Map(places.map((p, i) => [p.id, i]));
  const movedPlace = imported.places.map((p) => {
    const i = placeIndex.get(p.id);
    if (i !== undefined) return i;
    placeIndex.set(p.id, places.length);
    places.push(p);
    return places.length - 1;
  });
  const offset = built.articles.length;
  const rows = [...built.rows, ...imported.rows.map((r) => ({ ...r, a: r.a + offset, pl: r.pl.map((i) => movedPlace[i] as number) }))];
  return { articles, places, rows };
}
