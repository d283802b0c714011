// Name → places lookup over GeoNames rows plus the country and region tables.
// O(1) per candidate: one Map keyed by the loose fold of every name.
import type { PlaceKind } from "../parser/model/index.ts";
import { COUNTRIES, REGIONS } from "./countries.ts";
import { foldFingerprint, foldName, looseFromFolded } from "./fold.ts";
import type { PlaceData, PlaceRow } from "./records.ts";

export interface GazetteerPlace {
  /** The gazetteer's own name (GeoNames main name, or the table name). */
  readonly name: string;
  readonly otherNames: readonly string[];
  readonly kind: PlaceKind;
  readonly country: string | null;
  readonly lat: number;
  readonly lon: number;
  readonly population: number;
  readonly source: "geonames" | "country" | "region";
  /** GeoNames feature code (PPLC capital, PPLA provincial seat…), "" for table entries. */
  readonly featureCode: string;
}

export interface Gazetteer {
  /** Places whose name or other name folds to the same key as `name`; exact folds first, then loose ones. */
  lookup(name: string): readonly GazetteerPlace[];
  readonly size: number;
}

/** A seat of government or a place this big is a city; the bulletins write "town" below it. */
const CITY_MIN_POPULATION = 50_000;
/** Below this a GeoNames place is a village. */
const TOWN_MIN_POPULATION = 5_000;

function kindOfRow(code: string, population: number): PlaceKind {
  if (code === "PPLC" || code === "PPLA" || population >= CITY_MIN_POPULATION) return "city";
  return population >= TOWN_MIN_POPULATION ? "town" : "village";
}

function rowToPlace(row: PlaceRow): GazetteerPlace {
  const [name, country, lat, lon, population, code, others] = row;
  return {
    name,
    otherNames: others ? others.split("|") : [],
    kind: kindOfRow(code, population),
    country,
    lat,
    lon,
    population,
    source: "geonames",
    featureCode: code,
  };
}

function tablePlaces(): GazetteerPlace[] {
  return [
    ...COUNTRIES.map((c): GazetteerPlace => ({
      name: c.name, otherNames: c.otherNames, kind: "country", country: c.iso, lat: c.lat, lon: c.lon,
      population: 0, source: "country", featureCode: "",
    })),
    ...REGIONS.map((r): GazetteerPlace => ({
      name: r.name, otherNames: r.otherNames, kind: "region", country: r.country, lat: r.lat, lon: r.lon,
      population: 0, source: "region", featureCode: "",
    })),
  ];
}

/** Distinct names memoised per gazetteer before the memo starts over (a few MB at most). */
const MAX_LOOKUP_MEMO = 50_000;

const rowNames = (row: PlaceRow): string[] => (row[6] ? [row[0], ...row[6].split("|")] : [row[0]]);
const looseKey = (name: string) => looseFromFolded(foldName(name));

/** The rows' names loose-folded ahead of time, for a cache file (see PlaceData.looseKeys). */
export function foldRowNames(rows: readonly PlaceRow[]): NonNullable<PlaceData["looseKeys"]> {
  return { fold: foldFingerprint(), keys: rows.map((r) => rowNames(r).map(looseKey).join("|")) };
}

/**
 * A gazetteer over GeoNames rows (may be empty: then only countries and regions are known).
 *
 * Built once per process over ~40,000 rows and ~120,000 names (the Node subset), so the
 * build is kept lean: one index by loose fold (an exact fold is a loose fold too, so an
 * exact-fold index would only repeat it), holding place numbers rather than objects, and
 * place objects made the first time a lookup returns them.
 */
export function createGazetteer(data: PlaceData | null): Gazetteer {
  const tables = tablePlaces();
  const rows = data?.rows ?? [];
  const count = tables.length + rows.length;
  const made: (GazetteerPlace | undefined)[] = new Array(count);
  const placeAt = (i: number): GazetteerPlace => (made[i] ??= i < tables.length ? tables[i]! : rowToPlace(rows[i - tables.length]!));
  const namesAt = (i: number): readonly string[] =>
    i < tables.length ? [tables[i]!.name, ...tables[i]!.otherNames] : rowNames(rows[i - tables.length]!);
  const stored = data?.looseKeys !== undefined && data.looseKeys.fold === foldFingerprint() && data.looseKeys.keys.length === rows.length ? data.looseKeys.keys : null;
  const keysAt = (i: number): readonly string[] =>
    stored && i >= tables.length ? stored[i - tables.length]!.split("|") : namesAt(i).map(looseKey);

  // loose key → place number, or place numbers in place order (most keys name one place)
  const loose = new Map<string, number | number[]>();
  for (let i = 0; i < count; i++) {
    for (const key of keysAt(i)) {
      if (!key) continue;
      const at = loose.get(key);
      if (at === undefined) loose.set(key, i);
      else if (typeof at === "number") {
        if (at !== i) loose.set(key, [at, i]);
      } else if (at[at.length - 1] !== i) at.push(i);
    }
  }

  // Places whose name folds exactly to the name come first, then those that only fold loosely.
  const find = (name: string): readonly GazetteerPlace[] => {
    const folded = foldName(name);
    const at = loose.get(looseFromFolded(folded));
    if (at === undefined) return [];
    const ids = typeof at === "number" ? [at] : at;
    const exact: GazetteerPlace[] = [];
    const other: GazetteerPlace[] = [];
    for (const i of ids) (namesAt(i).some((n) => foldName(n) === folded) ? exact : other).push(placeAt(i));
    return other.length ? [...exact, ...other] : exact;
  };
  // The parser asks about the same capitalised runs in every pass and bulletin: folding
  // them is the cost, so answers are memoised (bounded, cleared when full).
  const memo = new Map<string, readonly GazetteerPlace[]>();
  return {
    size: count,
    lookup(name) {
      let found = memo.get(name);
      if (found === undefined) {
        found = find(name);
        if (memo.size >= MAX_LOOKUP_MEMO) memo.clear();
        memo.set(name, found);
      }
      return found;
    },
  };
}

let builtin: Gazetteer | null = null;
/** Countries and regions only: what the parser knows with no GeoNames data loaded. */
export function builtinGazetteer(): Gazetteer {
  builtin ??= createGazetteer(null);
  return builtin;
}
