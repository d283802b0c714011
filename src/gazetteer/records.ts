// GeoNames cities500 rows → compact place records. Pure: the caller reads the
// file (Node at build time), so the same code builds the Node cache and the
// committed browser subset.

/** [name, country, lat, lon, population, featureCode, otherNames joined by "|"] */
export type PlaceRow = [string, string, number, number, number, string, string];

export interface PlaceData {
  readonly version: 1;
  readonly source: string;
  readonly rows: readonly PlaceRow[];
  /**
   * Node cache only: each row's names already loose-folded (joined by "|"), with the
   * fingerprint of the folding code that made them, so a process need not fold ~120,000
   * names as it loads. Ignored when the fingerprint is not the running code's.
   */
  readonly looseKeys?: { readonly fold: string; readonly keys: readonly string[] };
}

export interface SubsetRule {
  /** Every populated place of these countries is kept, with its other names. */
  readonly countries: ReadonlySet<string>;
  /** Elsewhere, places at least this big are kept (capitals always). */
  readonly worldMinPopulation: number;
  /** Keep other names for places outside `countries` too. */
  readonly worldOtherNames: boolean;
}

// cities500 columns (tab-separated), from the GeoNames readme.
const COL = { name: 1, ascii: 2, alternates: 3, lat: 4, lon: 5, code: 7, country: 8, population: 14 } as const;
/** Coordinates to 0.001° (~100 m): a map pin needs no more, and the file stays small. */
const COORD_DECIMALS = 3;
/** Airport and other codes among GeoNames alternate names (`UKK`, `ALA`): not names a text uses. */
const CODE_LIKE = /^[A-Z0-9]{2,4}$/;
/** Latin script only: the bulletins are English; Cyrillic and CJK names would only weigh. */
const LATIN_NAME = /^[\p{Script=Latin}\p{M}\s'’ʼ.()-]+$/u;

const round = (x: number) => Number(x.toFixed(COORD_DECIMALS));

export function parseCities500(text: string, rule: SubsetRule): PlaceRow[] {
  const rows: PlaceRow[] = [];
  for (const line of text.split("\n")) {
    if (!line) continue;
    const f = line.split("\t");
    const country = f[COL.country] ?? "";
    const population = Number(f[COL.population]) || 0;
    const code = f[COL.code] ?? "";
    const core = rule.countries.has(country);
    if (!core && population < rule.worldMinPopulation && code !== "PPLC") continue;
    const name = f[COL.name] ?? "";
    const seen = new Set([name.toLowerCase()]);
    const others: string[] = [];
    const candidates = [f[COL.ascii] ?? "", ...(core || rule.worldOtherNames ? (f[COL.alternates] ?? "").split(",") : [])];
    for (const alt of candidates) {
      const a = alt.trim();
      if (!a || CODE_LIKE.test(a) || !LATIN_NAME.test(a) || seen.has(a.toLowerCase())) continue;
      seen.add(a.toLowerCase());
      others.push(a);
    }
    rows.push([name, country, round(Number(f[COL.lat])), round(Number(f[COL.lon])), population, code, others.join("|")]);
  }
  return rows;
}
