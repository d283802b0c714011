// Units a figure can carry, and how they are normalised. Currency words map
// to ISO 4217 codes (the currencies of the regions IWPR covered, plus the ones
// its reports convert into); measures to short symbols. Count nouns are not
// listed here: they stay as the plural noun written in the text.
import type { StatisticKind } from "../../model/index.ts";

export interface UnitMatch {
  readonly unit: string;
  readonly kind: StatisticKind;
  /** Number of tokens the unit spans. */
  readonly length: number;
}

/** Manat is Azerbaijan's in the Caucasus service and Turkmenistan's in Central Asia. */
export function manatCode(seriesCode: string | null | undefined): string {
  return seriesCode?.toUpperCase() === "RCA" ? "TMT" : "AZN";
}

// Multi-word units first: looked up by the lower-cased words joined by spaces.
const CURRENCY_WORDS: ReadonlyArray<readonly [string, string]> = [
  ["us dollars", "USD"], ["us dollar", "USD"], ["u . s . dollars", "USD"], ["american dollars", "USD"],
  ["dollars", "USD"], ["dollar", "USD"], ["usd", "USD"],
  ["tenge", "KZT"], ["kzt", "KZT"],
  ["soms", "KGS"], ["som", "KGS"], ["kgs", "KGS"],
  ["somoni", "TJS"], ["somonis", "TJS"], ["tjs", "TJS"],
  ["sums", "UZS"], ["sum", "UZS"], ["soums", "UZS"], ["soum", "UZS"], ["uzs", "UZS"],
  ["manats", "manat"], ["manat", "manat"], ["azn", "AZN"], ["tmt", "TMT"],
  ["lari", "GEL"], ["gel", "GEL"],
  ["drams", "AMD"], ["dram", "AMD"], ["amd", "AMD"],
  ["roubles", "RUB"], ["rouble", "RUB"], ["rubles", "RUB"], ["ruble", "RUB"], ["rub", "RUB"],
  ["euros", "EUR"], ["euro", "EUR"], ["eur", "EUR"],
  ["pounds sterling", "GBP"], ["pounds", "GBP"], ["pound", "GBP"], ["sterling", "GBP"], ["gbp", "GBP"],
  ["dinars", "dinar"], ["dinar", "dinar"], ["denars", "MKD"], ["denar", "MKD"],
  ["kuna", "HRK"], ["leks", "ALL"], ["lek", "ALL"], ["marks", "DEM"], ["convertible marks", "BAM"],
  // Balkan Crisis Report 1999-2001 prices most things in the one-word German mark (Kosovo and
  // Montenegro used it as their currency): "40 million Deutschmarks", "5 Deutsche Marks".
  ["deutschmarks", "DEM"], ["deutschmark", "DEM"], ["deutsche marks", "DEM"], ["deutsche mark", "DEM"], ["deutschemarks", "DEM"],
  ["afghanis", "AFN"], ["afghani", "AFN"], ["hryvnias", "UAH"], ["hryvnia", "UAH"],
  ["yuan", "CNY"], ["rupees", "INR"], ["rupee", "INR"], ["yen", "JPY"],
];
// Maps, not object literals: looked up for every token, and `text in {…}` interns each new
// string and finds Object.prototype's keys ("constructor" read as a currency or period).
const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([["$", "USD"], ["€", "EUR"], ["£", "GBP"]]);
/** Codes written before a figure ("USD 300"), upper case as written. */
const CURRENCY_CODES = new Set(["USD", "EUR", "GBP", "KZT", "KGS", "TJS", "UZS", "AZN", "TMT", "GEL", "AMD", "RUB"]);

const MEASURE_WORDS: ReadonlyArray<readonly [string, string]> = [
  ["square kilometres", "km2"], ["square kilometers", "km2"], ["sq km", "km2"],
  ["square metres", "m2"], ["square meters", "m2"], ["cubic metres", "m3"], ["cubic meters", "m3"],
  ["kilometres", "km"], ["kilometers", "km"], ["kilometre", "km"], ["kilometer", "km"], ["km", "km"],
  ["metres", "m"], ["meters", "m"], ["metre", "m"], ["meter", "m"],
  ["miles", "mi"], ["mile", "mi"], ["hectares", "ha"], ["hectare", "ha"], ["ha", "ha"], ["acres", "acre"],
  ["tonnes", "t"], ["tonne", "t"], ["tons", "t"], ["ton", "t"],
  ["kilograms", "kg"], ["kilogrammes", "kg"], ["kg", "kg"], ["grams", "g"],
  ["litres", "l"], ["liters", "l"], ["barrels", "barrels"], ["bcm", "bcm"],
  ["megawatts", "MW"], ["mw", "MW"], ["kilowatt-hours", "kWh"], ["kwh", "kWh"], ["degrees", "°"],
];
const PERCENT_WORDS: ReadonlyArray<readonly [string, string]> = [
  ["per cent", "percent"], ["percent", "percent"], ["pc", "percent"], ["%", "percent"],
];

interface Entry { readonly words: readonly string[]; readonly unit: string; readonly kind: StatisticKind }
const ENTRIES: readonly Entry[] = [
  ...PERCENT_WORDS.map(([w, u]) => ({ words: w.split(" "), unit: u, kind: "percent" as const })),
  ...CURRENCY_WORDS.map(([w, u]) => ({ words: w.split(" "), unit: u, kind: "money" as const })),
  ...MEASURE_WORDS.map(([w, u]) => ({ words: w.split(" "), unit: u, kind: "measure" as const })),
].sort((a, b) => b.words.length - a.words.length);

const BY_FIRST_WORD = new Map<string, Entry[]>();
for (const e of ENTRIES) {
  const list = BY_FIRST_WORD.get(e.words[0]!) ?? [];
  list.push(e);
  BY_FIRST_WORD.set(e.words[0]!, list);
}

/** Nationality words that may sit between a figure and its currency: "500 Kyrgyz soms". */
const CURRENCY_ADJECTIVES = new Set(["kazak", "kazakh", "kyrgyz", "tajik", "uzbek", "turkmen", "azerbaijani", "georgian", "armenian", "russian", "serbian", "croatian", "macedonian", "albanian", "bosnian", "yugoslav", "german", "american", "afghan", "ukrainian"]);

/**
 * The unit written at token `i` (words lower-cased in `lower`), or null.
 * `U.S.` arrives as tokens u . s . — joined here so the table can say "u.s. dollars".
 */
export function unitAt(lower: readonly string[], i: number, seriesCode: string | null | undefined): UnitMatch | null {
  let skip = 0;
  if (CURRENCY_ADJECTIVES.has(lower[i] ?? "")) skip = 1;
  const at = i + skip;
  const first = lower[at];
  if (first === undefined) return null;
  const candidates = BY_FIRST_WORD.get(first);
  if (!candidates) return null;
  for (const e of candidates) {
    if (e.words.every((w, k) => lower[at + k] === w)) {
      if (skip && e.kind !== "money") continue;
      const unit = e.unit === "manat" ? manatCode(seriesCode) : e.unit;
      return { unit, kind: e.kind, length: e.words.length + skip };
    }
  }
  return null;
}

/** A currency written before the figure: "$5 million", "US$ 10", "€20", "USD 300". */
export function currencyBefore(text: string): string | null {
  return CURRENCY_SYMBOLS.get(text) ?? (CURRENCY_CODES.has(text) ? text : null);
}

/** Words after a money figure that make it a rate: "three US dollars a day". */
export const RATE_PERIODS: ReadonlyMap<string, string> = new Map(Object.entries({
  day: "day", week: "week", month: "month", year: "year", hour: "hour", annum: "year",
  head: "person", person: "person", capita: "person",
}));

/** Nouns that measure time: a figure before them is a duration or an age, not a statistic. */
export const TIME_NOUNS = new Set([
  "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
  "month", "months", "year", "years", "decade", "decades", "century", "centuries", "fortnight", "fortnights",
]);
