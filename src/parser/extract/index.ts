// Extraction: the passes that run after the structural parse, in order —
// people (who is named), places (where), then quotes and reported speech
// (which need to know who is who), then statistics. Pure: the gazetteer comes
// in through the options (Node: src/gazetteer/node.ts, browser:
// src/gazetteer/browser.ts); without one only countries and regions are known.
import { builtinGazetteer, type Gazetteer } from "../../gazetteer/index.ts";
import type { Bulletin } from "../model/index.ts";
import { extractPeople } from "./people/people.ts";
import { bulletinCountries, primaryCountry, type PlaceContext } from "./places/context.ts";
import { extractPlaces } from "./places/places.ts";
import { extractQuotes } from "./quotes/index.ts";
import { extractStatistics } from "./statistics/index.ts";

export interface ExtractOptions {
  /** Place names with coordinates; defaults to the built-in countries and regions (no towns). */
  readonly gazetteer?: Gazetteer;
  /** Other options of the callers (fileName…), ignored here. */
  readonly [key: string]: unknown;
}

export function extract(bulletin: Bulletin, options: ExtractOptions = {}): Bulletin {
  const gazetteer = options.gazetteer ?? builtinGazetteer();
  const places: PlaceContext = {
    gazetteer,
    countries: bulletinCountries(bulletin, gazetteer),
    primary: primaryCountry(bulletin, gazetteer),
  };
  const { people, lookup } = extractPeople(bulletin, places);
  const taken = people.flatMap((p) => p.mentions);
  const placeList = extractPlaces(bulletin, places, taken);
  const articles = bulletin.articles.map((a) => {
    const { quotes, reportedSpeech } = extractQuotes(a, lookup);
    return { ...a, quotes, reportedSpeech, statistics: extractStatistics(a) };
  });
  return { ...bulletin, articles, people, places: placeList };
}
