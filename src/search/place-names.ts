/**
 * Other names of a place from the gazetteer, for search only. A bulletin may
 * call a town Khujand, Durres or Bukhara all its life, yet a reader types the
 * Soviet name, the Italian exonym or the Uzbek Latin spelling (Leninabad,
 * Durazzo, Bukhoro): no folding rule equates those, and the archive's own text
 * never prints them. GeoNames does list them, and the parser placed each town
 * on a GeoNames row, so the row's other names become search aliases.
 *
 * Nothing here is shown on a place page: the search result names an alias only
 * when the query matched it ("Khujand (Leninabad)").
 */
import type { Gazetteer, GazetteerPlace } from "../gazetteer/index.ts";
import type { PlaceEntity } from "./entities.ts";
import { fold } from "./fold.ts";

/**
 * The parser takes a town's coordinates from its GeoNames row (rounded to
 * 0.001°), so the row it chose lies within metres; a namesake in the same
 * country (two villages called Kyzyl-Kiya) lies kilometres away.
 */
export const SAME_PLACE_KM = 5;

/**
 * GeoNames mixes names a language writes (Leninabad, Durazzo, capitalised)
 * with lower-case machine romanisations of other scripts ("bkhara", "bwkrh",
 * "bu ha la") that no reader types and that fuzzy matching would only trip on.
 */
const WRITTEN_NAME = /^\p{Lu}/u;

/**
 * A name this many edits (folded) from one already searchable adds nothing:
 * the fuzzy match finds it anyway (Buchara, Bukhaara beside Bukhara), and each
 * name costs index bytes every reader downloads.
 */
export const REDUNDANT_EDITS = 1;

/** Levenshtein distance, or `limit + 1` once it must exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length] as number;
}

function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

type EntityPlace = Pick<PlaceEntity, "name" | "alsoKnownAs" | "kind" | "country" | "lat" | "lon">;

/** The gazetteer entry the parser resolved this place to, or null when none is certain. */
export function gazetteerEntry(place: EntityPlace, gazetteer: Gazetteer): GazetteerPlace | null {
  const seen = new Set<GazetteerPlace>();
  let best: GazetteerPlace | null = null;
  let bestKm = Infinity;
  for (const name of [place.name, ...place.alsoKnownAs]) {
    for (const g of gazetteer.lookup(name)) {
      if (seen.has(g)) continue;
      seen.add(g);
      if (place.country && g.country !== place.country) continue;
      if (place.kind === "country" || place.kind === "region") {
        // Countries and regions come from the tables, one per name and country.
        if (g.source === place.kind && !best) best = g;
        continue;
      }
      // A town without coordinates could be any of its namesakes.
      if (g.source !== "geonames" || place.lat === null || place.lon === null) continue;
      const km = distanceKm(place.lat, place.lon, g.lat, g.lon);
      if (km <= SAME_PLACE_KM && km < bestKm) {
        best = g;
        bestKm = km;
      }
    }
  }
  return best;
}

/** Names of the place's gazetteer entry that no spelling already searchable folds to, or nearly. */
export function gazetteerNames(place: EntityPlace, gazetteer: Gazetteer): string[] {
  const entry = gazetteerEntry(place, gazetteer);
  if (!entry) return [];
  const kept = [place.name, ...place.alsoKnownAs].map(fold);
  const out: string[] = [];
  for (const name of [entry.name, ...entry.otherNames]) {
    if (!WRITTEN_NAME.test(name)) continue;
    const key = fold(name);
    if (!key || kept.some((k) => editDistance(key, k, REDUNDANT_EDITS) <= REDUNDANT_EDITS)) continue;
    kept.push(key);
    out.push(name);
  }
  return out;
}
