// Extraction: the passes that run after the structural parse, in order —
// people (who is named), places (where), then quotes and reported speech
// (which need to know who is who), then statistics. Pure: the gazetteer comes
// in through the options (Node: src/gazetteer/node.ts, browser:
// src/gazetteer/browser.ts); without one only countries and regions are known.
import { builtinGazetteer, type Gazetteer } from "../../gazetteer/index.ts";
import type { Bulletin, Person, Place, Warning } from "../model/index.ts";
import { extractPeople } from "./people/people.ts";
import { bulletinCountries, primaryCountry, type PlaceContext } from "./places/context.ts";
import { extractPlaces } from "./places/places.ts";
import { extractQuotes } from "./quotes/index.ts";
import { extractStatistics } from "./statistics/index.ts";
import { LOST_LETTER } from "./text/runs.ts";

/** The extraction passes, in the order they run. */
export type ExtractPass = "context" | "people" | "places" | "quotes" | "statistics";

export interface ExtractOptions {
  /** Place names with coordinates; defaults to the built-in countries and regions (no towns). */
  readonly gazetteer?: Gazetteer;
  /** Called as each pass ends (bench/parse.ts reads its clocks there to show where time goes). */
  readonly onPassEnd?: (pass: ExtractPass) => void;
  /** Other options of the callers (fileName…), ignored here. */
  readonly [key: string]: unknown;
}

export function extract(bulletin: Bulletin, options: ExtractOptions = {}): Bulletin {
  const gazetteer = options.gazetteer ?? builtinGazetteer();
  const passEnd = options.onPassEnd ?? (() => {});
  const places: PlaceContext = {
    gazetteer,
    countries: bulletinCountries(bulletin, gazetteer),
    primary: primaryCountry(bulletin, gazetteer),
  };
  passEnd("context");
  const { people, lookup } = extractPeople(bulletin, places);
  passEnd("people");
  const taken = people.flatMap((p) => p.mentions);
  const placeList = extractPlaces(bulletin, places, taken);
  passEnd("places");
  const quoted = bulletin.articles.map((a) => extractQuotes(a, lookup));
  passEnd("quotes");
  const statistics = bulletin.articles.map((a) => extractStatistics(a));
  passEnd("statistics");
  const articles = bulletin.articles.map((a, i) => {
    const { quotes, reportedSpeech } = quoted[i]!;
    return { ...a, quotes, reportedSpeech, statistics: statistics[i]! };
  });
  const warnings = [...bulletin.warnings, ...lostLetterWarnings(bulletin, [...people, ...placeList])];
  return { ...bulletin, articles, people, places: placeList, warnings };
}

/**
 * One `encoding` warning per person or place a spelling of whose name lost letters to a wrong encoding
 * ("?rdasher", "Ma?mudov"), at the line of its first mention: the normaliser flags lines with a `?` inside
 * a word, but not a lost first letter, and never says whose name it was.
 */
function lostLetterWarnings(bulletin: Bulletin, entities: readonly (Person | Place)[]): Warning[] {
  const out: Warning[] = [];
  for (const e of entities) {
    const damaged = [e.name, ...e.aliases].filter((n) => n.includes(LOST_LETTER));
    if (!damaged.length) continue;
    const m = e.mentions[0];
    const para = m && bulletin.articles.find((a) => a.slug === m.articleSlug)?.paragraphs.find((p) => p.id === m.paragraphId);
    const as = e.lostLetters ? "" : ` (read as "${e.name}")`;
    // a byline author with no mention in the text: the line where the article starts
    const line = para?.lines.startLine ?? bulletin.articles.find((a) => a.authors.some((au) => damaged.includes(au.name.trim())))?.lines.startLine ?? null;
    out.push({ kind: "encoding", message: `letters of the name "${damaged[0]}" lost to a wrong encoding (\`?\`)${as}`, line });
  }
  return out;
}
