/**
 * The views' data files (registered in vite.config.ts): per view a head under
 * data/views/ listing the view's pieces (src/views/pieces.ts), the pieces
 * named by their content's hash, and Places in one file (a few hundred rows
 * at any size). Node only (the map is drawn from Natural Earth here).
 */
import type { Bulletin } from "../parser/model/index.ts";
import { overviewMap } from "../map/overview.ts";
import { cachedEmit, type EmitSources } from "../emit-cache/emit-cache.ts";
import { countryName } from "../search/records.ts";
import { hashedDataFile } from "../site-generator/hashed-file.ts";
import { buildViewRows } from "./build.ts";
import { filterPeople } from "./filters.ts";
import { NUMBERS_HEAD_FILE, PEOPLE_HEAD_FILE, QUOTES_HEAD_FILE, numbersHead, peopleHead, quotesHead } from "./head.ts";
import { PLACES_VIEW_FILE, VIEWS_VERSION, type NumbersViewData, type PeopleViewData, type PersonRow, type PlacesViewData, type QuotesViewData } from "./model.ts";
import { patchViewsFiles } from "./patch.ts";
import { cutPeople, cutRows, personItems, pieceRef, rowItems, type PieceRef } from "./pieces.ts";

interface EmittedFile {
  fileName: string;
  source: string;
}


/** Each piece as a file, and what the head says of it. */
function written<P extends { rows: unknown[] }>(view: string, pieces: readonly P[], items: (p: P) => Parameters<typeof pieceRef>[2], files: EmittedFile[]): PieceRef[] {
  return pieces.map((piece) => {
    const source = JSON.stringify(piece);
    const fileName = hashedDataFile(view, source);
    files.push({ fileName, source });
    return pieceRef(fileName, piece.rows.length, items(piece));
  });
}

export function viewsEmitter(bulletins: Bulletin[]): EmittedFile[] {
  const rows = buildViewRows(bulletins);
  const places = rows.placeRows.map((p) => ({ ...p, countryName: countryName(p.cc) }));
  const points = places.flatMap((p) => (p.lat !== null && p.lon !== null && p.kind !== "country" ? [{ lat: p.lat, lon: p.lon, weight: p.mentions }] : []));
  // People in the view's default order (most quoted first), so the pieces read one after another are that order.
  const ordered: PersonRow[] = filterPeople(rows.people, {}).map(({ shownQuotes: _q, shownArticles: _a, ...row }) => row);
  const people: PeopleViewData = { version: VIEWS_VERSION, people: ordered };
  const quotes: QuotesViewData = { version: VIEWS_VERSION, articles: rows.articles, places: rows.places, quotes: rows.quotes };
  const numbers: NumbersViewData = { version: VIEWS_VERSION, articles: rows.articles, places: rows.places, numbers: rows.numbers };
  const placesData: PlacesViewData = { version: VIEWS_VERSION, places, map: overviewMap(points) };
  const files: EmittedFile[] = [{ fileName: PLACES_VIEW_FILE, source: JSON.stringify(placesData) }];
  const peoplePieces = written("people", cutPeople(people.people), (p) => personItems(p.rows), files);
  const quotePieces = written("quotes", cutRows({ ...quotes, rows: quotes.quotes }), rowItems, files);
  const numberPieces = written("numbers", cutRows({ ...numbers, rows: numbers.numbers }), rowItems, files);
  files.push(
    { fileName: PEOPLE_HEAD_FILE, source: JSON.stringify(peopleHead(people, peoplePieces)) },
    { fileName: QUOTES_HEAD_FILE, source: JSON.stringify(quotesHead(quotes, quotePieces)) },
    { fileName: NUMBERS_HEAD_FILE, source: JSON.stringify(numbersHead(numbers, numberPieces)) },
  );
  return files;
}

/**
 * The views emitter of the site's build: as `viewsEmitter`, its files kept in
 * `emitCacheDir` between builds (src/emit-cache/emit-cache.ts): a rebuild whose
 * bulletins changed nowhere the views read returns them without computing any.
 */
export function cachedViewsEmitter(emitCacheDir: string): (bulletins: Bulletin[], context?: EmitSources) => EmittedFile[] {
  const run = cachedEmit(emitCacheDir, "views", viewsEmitter, undefined, patchViewsFiles);
  // Named as the plain emitter: the build's phase line calls the phase by the function's name.
  return function viewsEmitter(bulletins: Bulletin[], context?: EmitSources): EmittedFile[] {
    return run(bulletins, context);
  };
}
