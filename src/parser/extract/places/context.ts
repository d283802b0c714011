// What the places pass and the people pass both need to know about place
// names: which gazetteer place a name most likely means in this bulletin.
import type { Gazetteer, GazetteerPlace } from "../../../gazetteer/index.ts";
import { SERIES_COUNTRIES, foldLoose } from "../../../gazetteer/index.ts";
import type { Article, Bulletin } from "../../model/index.ts";
import { capitalisedRuns, type CapitalisedRun } from "../text/runs.ts";

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
  /** The country the text names most, when it names any: it wins ties between namesakes. */
  readonly primary?: string | null;
  /** ISO codes of the countries the article being read names: they win ties between namesakes first. */
  readonly articleCountries?: readonly string[];
}

/**
 * The context for reading one article: a village name found in two countries
 * ("Gornje Selo" in Bosnia and in Kosovo) means the one whose country the
 * article itself names, even when the bulletin as a whole names the other more.
 */
export function articleContext(ctx: PlaceContext, article: Article): PlaceContext {
  const names = new Set<string>();
  for (const p of article.paragraphs) {
    for (const run of capitalisedRuns(p.text)) {
      const country = countryOfRun(run, ctx.gazetteer);
      if (country) names.add(country);
    }
  }
  return names.size ? { ...ctx, articleCountries: [...names] } : ctx;
}

/**
 * The country a run names, if it names one. The country count and every article's context ask this of
 * every run of the bulletin, and the runs are shared per paragraph text (capitalisedRuns): kept per run.
 */
const runCountries = new WeakMap<Gazetteer, WeakMap<CapitalisedRun, string | null>>();

function countryOfRun(run: CapitalisedRun, gazetteer: Gazetteer): string | null {
  let known = runCountries.get(gazetteer);
  if (!known) runCountries.set(gazetteer, (known = new WeakMap()));
  let country = known.get(run);
  if (country === undefined) {
    const name = run.tokens.map((t) => t.text).join(" ");
    country = gazetteer.lookup(name).find((g) => g.kind === "country")?.country ?? null;
    known.set(run, country);
  }
  return country;
}

/** The country a bulletin's text names most often, or null when it names none. */
export function primaryCountry(bulletin: Bulletin, gazetteer: Gazetteer): string | null {
  return countryCounts(bulletin, gazetteer)[0]?.[0] ?? null;
}

/** Both bulletinCountries and primaryCountry count the same runs: count once per bulletin and gazetteer. */
const countsMemo = new WeakMap<Bulletin, { gazetteer: Gazetteer; counts: [string, number][] }>();

function countryCounts(bulletin: Bulletin, gazetteer: Gazetteer): [string, number][] {
  const hit = countsMemo.get(bulletin);
  if (hit && hit.gazetteer === gazetteer) return hit.counts;
  const counts = countCountries(bulletin, gazetteer);
  countsMemo.set(bulletin, { gazetteer, counts });
  return counts;
}

function countCountries(bulletin: Bulletin, gazetteer: Gazetteer): [string, number][] {
  const counts = new Map<string, number>();
  for (const article of bulletin.articles) {
    for (const p of article.paragraphs) {
      for (const run of capitalisedRuns(p.text)) {
        const country = countryOfRun(run, gazetteer);
        if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
      }
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

/**
 * The bulletin's countries: those of its series (RCA → Central Asia…), then the
 * countries its text names most, so an unknown series still prefers the right one.
 */
export function bulletinCountries(bulletin: Bulletin, gazetteer: Gazetteer): string[] {
  const fromSeries = SERIES_COUNTRIES[(bulletin.seriesCode ?? "").toUpperCase()] ?? [];
  const counted = countryCounts(bulletin, gazetteer);
  const counts = new Map(counted);
  // the series' countries first, the one the text names most leading; then the others the text names
  const seriesFirst = [...fromSeries].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
  return [...new Set([...seriesFirst, ...counted.map(([c]) => c)])];
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
  return eligible.reduce((best, p) => (better(p, best, key, countryRank, ctx.countries.length, ctx.primary ?? null, ctx.articleCountries ?? []) ? p : best));
}

/**
 * How much bigger a place found under another name must be to beat a place of
 * that main name: Aktau the city (GeoNames main name Shevchenko, its Soviet
 * name, 150,000 people) over the villages called Aktau; but Goris stays Goris,
 * not Gori (whose other names include Goris), and Talas the provincial seat
 * stays Talas, not the bigger Taraz once called Talas.
 */
const OTHER_NAME_SIZE_FACTOR = 10;
const SEAT_CODES = new Set(["PPLC", "PPLA"]);

/** Is `a` a better reading of the name than `b`? */
function better(
  a: GazetteerPlace,
  b: GazetteerPlace,
  key: string,
  countryRank: (p: GazetteerPlace) => number,
  n: number,
  primaryIso: string | null,
  articleIsos: readonly string[],
): boolean {
  const table = (p: GazetteerPlace) => (p.source === "geonames" ? 1 : 0);
  if (table(a) !== table(b)) return table(a) < table(b);
  const home = (p: GazetteerPlace) => (p.source === "geonames" && countryRank(p) >= n ? 1 : 0);
  if (home(a) !== home(b)) return home(a) < home(b);
  const main = (p: GazetteerPlace) => foldLoose(p.name) === key;
  if (main(a) !== main(b)) {
    const [m, o] = main(a) ? [a, b] : [b, a];
    const otherWins = o.population >= OTHER_NAME_SIZE_FACTOR * m.population && !SEAT_CODES.has(m.featureCode);
    return otherWins ? a === o : a === m;
  }
  // a provincial seat over a district town of the same name (Mitrovica in Kosovo over Sremska Mitrovica)
  const rank = (p: GazetteerPlace) => FEATURE_RANK[p.featureCode] ?? 0;
  if (rank(a) !== rank(b)) return rank(a) > rank(b);
  // a namesake in a country the article names over one it does not
  const inArticle = (p: GazetteerPlace) => (p.source === "geonames" && p.country && articleIsos.includes(p.country) ? 0 : 1);
  if (inArticle(a) !== inArticle(b)) return inArticle(a) < inArticle(b);
  // the series' own country order is arbitrary (BCR covers eight); only the text's favourite counts
  const primary = (p: GazetteerPlace) => (p.source === "geonames" && p.country === primaryIso ? 0 : 1);
  if (primary(a) !== primary(b)) return primary(a) < primary(b);
  return a.population > b.population;
}
