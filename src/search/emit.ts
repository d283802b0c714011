/**
 * The search emitter for the data build (registered in vite.config.ts): the
 * sharded search index (src/search/shards.ts), one file per person and per
 * place (with its locator map), and redirects from every other spelling's id.
 * Runs in Node at build time only.
 */
import type { Gazetteer } from "../gazetteer/index.ts";
import { loadNodeGazetteer } from "../gazetteer/node.ts";
import type { Bulletin } from "../parser/model/index.ts";
import { locatorMap } from "../map/locator.ts";
import { LocatorCache, type DrawLocator } from "./locator-cache.ts";
import { cachedEmit, type EmitSources } from "../emit-cache/emit-cache.ts";
import { contentHash, linesHash } from "./content-hash.ts";
import { buildSearchArchive } from "./archive.ts";
import { SEARCH_META_FILE, personFile, placeFile } from "./data-paths.ts";
import { buildShardFiles } from "./shards.ts";
import { patchSearchFiles } from "./search-patch.ts";
import { PAGE_DATA_VERSION, pagedLists, timelineOf, type PagePiece, type PersonPageData, type PlacePageData, type RedirectData } from "./page-data.ts";
import { HASHED_DATA_DIR } from "../site-generator/data-paths.ts";
import { countryName, recordCount } from "./records.ts";

export interface EmittedFile {
  fileName: string;
  source: string;
}


function redirects(keys: readonly string[], id: string, file: (id: string) => string): EmittedFile[] {
  // Every other key's file says the same: one string for them all.
  const source = JSON.stringify({ version: PAGE_DATA_VERSION, kind: "redirect", to: id } satisfies RedirectData);
  return keys.filter((k) => k !== id).map((k) => ({ fileName: file(k), source }));
}

/**
 * `gazetteer`: the Node one the data build parses with (vite.config.ts), so that
 * places are searchable under their GeoNames other names; tests pass a small one.
 */
export function searchEmitter(bulletins: Bulletin[], _context?: unknown, gazetteer: Gazetteer = loadNodeGazetteer(), drawMap: DrawLocator = locatorMap): EmittedFile[] {
  const archive = buildSearchArchive(bulletins, gazetteer, { wholeIndex: false });
  const files: EmittedFile[] = [
    ...buildShardFiles(archive.records, contentHash, { hashLines: linesHash }).files,
    { fileName: SEARCH_META_FILE, source: JSON.stringify({ recordCount: recordCount(archive.records) }) },
  ];
  // A long list's later pieces (src/search/page-data.ts), named by their content.
  const piece = (kind: string) => (p: PagePiece<unknown>) => {
    const source = JSON.stringify(p);
    const fileName = `${HASHED_DATA_DIR}/${kind}-${contentHash(source)}.json`;
    files.push({ fileName, source });
    return fileName;
  };
  for (const { keys, ...person } of archive.people) {
    const data: PersonPageData = {
      version: PAGE_DATA_VERSION,
      kind: "person",
      person: { ...person, ...pagedLists(person, piece("person")), timeline: timelineOf(person.quotes) },
    };
    files.push({ fileName: personFile(person.id), source: JSON.stringify(data) }, ...redirects(keys, person.id, personFile));
  }
  const maps = new Map<string, ReturnType<typeof locatorMap>>();
  for (const { keys, ...place } of archive.places) {
    const name = countryName(place.country);
    const mapKey = `${place.lat},${place.lon},${name}`;
    if (!maps.has(mapKey)) maps.set(mapKey, drawMap(place.lat, place.lon, name));
    const data: PlacePageData = {
      version: PAGE_DATA_VERSION,
      kind: "place",
      place: { ...place, ...pagedLists(place, piece("place")), countryName: name, map: maps.get(mapKey) ?? null },
    };
    files.push({ fileName: placeFile(place.id), source: JSON.stringify(data) }, ...redirects(keys, place.id, placeFile));
  }
  return files;
}

/** The plain emitter, by another name: the cached one below is named `searchEmitter` too. */
const searchEmitterOf = searchEmitter;

/**
 * The search emitter of the site's build: as `searchEmitter`, with the
 * places' locator maps kept in `mapsCacheDir` between builds
 * (locator-cache.ts): a rebuild draws only the maps of places it has not
 * drawn before. With `emitCacheDir`, its files are kept there too
 * (src/emit-cache/): a rebuild whose bulletins changed nowhere search reads
 * returns them without computing any.
 */
export function cachedSearchEmitter(mapsCacheDir: string, emitCacheDir?: string): (bulletins: Bulletin[], context?: EmitSources) => EmittedFile[] {
  const emit = (bulletins: Bulletin[]): EmittedFile[] => {
    const maps = new LocatorCache(mapsCacheDir);
    const files = searchEmitterOf(bulletins, undefined, loadNodeGazetteer(), (lat, lon, name) => maps.map(lat, lon, name));
    maps.save();
    return files;
  };
  const run = emitCacheDir === undefined ? emit : cachedEmit(emitCacheDir, "search", emit, undefined, patchSearchFiles);
  // Named as the plain emitter: the build's phase line calls the phase by the function's name.
  return function searchEmitter(bulletins: Bulletin[], context?: EmitSources): EmittedFile[] {
    return run(bulletins, context);
  };
}
