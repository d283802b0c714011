// Name → places lookup over GeoNames rows plus the country and region tables.
// O(1) per candidate: one Map keyed by the folded name, one by the loose fold.
import type { PlaceKind } from "../parser/model/index.ts";
import { COUNTRIES, REGIONS } from "./countries.ts";
import { foldName, looseFromFolded } from "./fold.ts";
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

function add(map: Map<string, GazetteerPlace[]>, key: string, place: GazetteerPlace) {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [place]);
  else if (!list.includes(place)) list.push(place);
}

/** A gazetteer over GeoNames rows (may be empty: then only countries and regions are known). */
export function createGazetteer(data: PlaceData | null): Gazetteer {
  const exact = new Map<string, GazetteerPlace[]>();
  const loose = new Map<string, GazetteerPlace[]>();
  const places = [...tablePlaces(), ...(data?.rows ?? []).map(rowToPlace)];
  for (const p of places) {
    for (const n of [p.name, ...p.otherNames]) {
      const folded = foldName(n);
      add(exact, folded, p);
      add(loose, looseFromFolded(folded), p);
    }
  }
  // The parser asks about the same capitalised runs in every pass and bulletin: folding
  // them is the cost, so answers are memoised (bounded, cleared when full).
  const memo = new Map<string, readonly GazetteerPlace[]>();
  const find = (name: string): readonly GazetteerPlace[] => {
    const folded = foldName(name);
    const a = exact.get(folded) ?? [];
    const b = loose.get(looseFromFolded(folded)) ?? [];
    if (!b.length) return a;
    if (!a.length) return b;
    return [...a, ...b.filter((p) => !a.includes(p))];
  };
  return {
    size: places.length,
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
