// What the places pass and the people pass both need to know about place
// names: which gazetteer place a name most likely means in this bulletin.
import type { Gazetteer, GazetteerPlace } from "../../../gazetteer/index.ts";
import { SERIES_COUNTRIES, foldLoose } from "../../../gazetteer/index.ts";
import type { Bulletin } from "../../model/index.ts";
import { capitalisedRuns } from "../text/runs.ts";

/**
 * A GeoNames place this big is known to readers anywhere (London, Moscow,
 * Washington), so a bare mention outside the bulletin's countries counts.
 * Below it, a bare name only counts inside the bulletin's own countries:
 * cities500 has a village for almost every capitalised word.
 */
export const WORLD_PLACE_MIN_POPULATION = 100_000;

export interface PlaceContext {
  readonly gazetteer: Gazetteer;
  /** ISO codes of the countries the bulletin is about, most likely first. */
  readonly countries: readonly string[];
}

/**
 * The bulletin's countries: those of its series (RCA → Central Asia…), then the
 * countries its text names most, so an unknown series still prefers the right one.
 */
export function bulletinCountries(bulletin: Bulletin, gazetteer: Gazetteer): string[] {
  const fromSeries = SERIES_COUNTRIES[(bulletin.seriesCode ?? "").toUpperCase()] ?? [];
  const counts = new Map<string, number>();
  for (const article of bulletin.articles) {
    for (const p of article.paragraphs) {
      for (const run of capitalisedRuns(p.text)) {
        const name = run.tokens.map((t) => t.text).join(" ");
        const country = gazetteer.lookup(name).find((g) => g.kind === "country");
        if (country?.country) counts.set(country.country, (counts.get(country.country) ?? 0) + 1);
      }
    }
  }
  const byText = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
  // the series' countries first, the one the text names most leading; then the others the text names
  const seriesFirst = [...fromSeries].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
  return [...new Set([...seriesFirst, ...byText])];
}

const FEATURE_RANK: Record<string, number> = { PPLC: 3, PPLA: 2, PPLA2: 1 };

/**
 * The place a name most likely means: a country or region from the tables
 * first, then a GeoNames place in the bulletin's countries, then a large one
 * anywhere; ties go to the exact spelling, the seat of government, the bigger town.
 * With `anySize`, a small place elsewhere is accepted too (the text said it is a place).
 */
const memo = new WeakMap<PlaceContext, Map<string, GazetteerPlace | null>>();

export function bestPlace(name: string, ctx: PlaceContext, anySize = false): GazetteerPlace | null {
  // the same names recur in every paragraph; both passes ask about them
  let seen = memo.get(ctx);
  if (!seen) memo.set(ctx, (seen = new Map()));
  const key = `${anySize ? 1 : 0}${name}`;
  const hit = seen.get(key);
  if (hit !== undefined) return hit;
  const best = choosePlace(name, ctx, anySize);
  seen.set(key, best);
  return best;
}

function choosePlace(name: string, ctx: PlaceContext, anySize: boolean): GazetteerPlace | null {
  const found = ctx.gazetteer.lookup(name);
  if (!found.length) return null;
  const key = foldLoose(name);
  const countryRank = (p: GazetteerPlace) => {
    const i = p.country ? ctx.countries.indexOf(p.country) : -1;
    return i < 0 ? ctx.countries.length + 1 : i;
  };
  const eligible = found.filter(
    (p) => p.source !== "geonames" || anySize || countryRank(p) < ctx.countries.length || p.population >= WORLD_PLACE_MIN_POPULATION,
  );
  if (!eligible.length) return null;
  // tables first; then in the bulletin's countries; the main name over another name (Osh the city over a
  // village once called Osh); the country the text names most; the seat of government; the bigger place
  const score = (p: GazetteerPlace) => [
    p.source === "geonames" ? 1 : 0,
    p.source === "geonames" && countryRank(p) >= ctx.countries.length ? 1 : 0,
    foldLoose(p.name) === key ? 0 : 1,
    p.source === "geonames" && countryRank(p) === 0 ? 0 : 1,
    -(FEATURE_RANK[p.featureCode] ?? 0),
    -p.population,
  ];
  return eligible
    .map((p) => ({ p, s: score(p) }))
    .sort((a, b) => {
      for (let i = 0; i < a.s.length; i++) if (a.s[i] !== b.s[i]) return a.s[i]! - b.s[i]!;
      return 0;
    })[0]!.p;
}
