/**
 * The views' data files (registered in vite.config.ts): one per view under
 * data/views/, each fetched only when its view is opened. Node only (the map
 * is drawn from Natural Earth here).
 */
import type { Bulletin } from "../parser/model/index.ts";
import { overviewMap } from "../map/overview.ts";
import { countryName } from "../search/records.ts";
import { buildViewRows } from "./build.ts";
import { NUMBERS_HEAD_FILE, PEOPLE_HEAD_FILE, QUOTES_HEAD_FILE, numbersHead, peopleHead, quotesHead } from "./head.ts";
import {
  NUMBERS_VIEW_FILE,
  PEOPLE_VIEW_FILE,
  PLACES_VIEW_FILE,
  QUOTES_VIEW_FILE,
  VIEWS_VERSION,
  type NumbersViewData,
  type PeopleViewData,
  type PlacesViewData,
  type QuotesViewData,
} from "./model.ts";

export function viewsEmitter(bulletins: Bulletin[]): Array<{ fileName: string; source: string }> {
  const rows = buildViewRows(bulletins);
  const places = rows.placeRows.map((p) => ({ ...p, countryName: countryName(p.cc) }));
  const points = places.flatMap((p) => (p.lat !== null && p.lon !== null && p.kind !== "country" ? [{ lat: p.lat, lon: p.lon, weight: p.mentions }] : []));
  const people: PeopleViewData = { version: VIEWS_VERSION, people: rows.people };
  const quotes: QuotesViewData = { version: VIEWS_VERSION, articles: rows.articles, places: rows.places, quotes: rows.quotes };
  const numbers: NumbersViewData = { version: VIEWS_VERSION, articles: rows.articles, places: rows.places, numbers: rows.numbers };
  const placesData: PlacesViewData = { version: VIEWS_VERSION, places, map: overviewMap(points) };
  return [
    { fileName: PEOPLE_VIEW_FILE, source: JSON.stringify(people) },
    { fileName: QUOTES_VIEW_FILE, source: JSON.stringify(quotes) },
    { fileName: NUMBERS_VIEW_FILE, source: JSON.stringify(numbers) },
    { fileName: PLACES_VIEW_FILE, source: JSON.stringify(placesData) },
    { fileName: PEOPLE_HEAD_FILE, source: JSON.stringify(peopleHead(people)) },
    { fileName: QUOTES_HEAD_FILE, source: JSON.stringify(quotesHead(quotes)) },
    { fileName: NUMBERS_HEAD_FILE, source: JSON.stringify(numbersHead(numbers)) },
  ];
}
