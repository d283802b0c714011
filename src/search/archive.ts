/** From parsed bulletins to everything search needs: merged entities, records, the index. */
import type { Gazetteer } from "../gazetteer/index.ts";
import type { Bulletin } from "../parser/model/index.ts";
import { buildPeople, buildPlaces, type PersonEntity, type PlaceEntity } from "./entities.ts";
import { buildIndexData, type SearchIndexData } from "./index-data.ts";
import { gazetteerNames } from "./place-names.ts";
import { buildRecords, type RecordSet } from "./records.ts";

export interface SearchArchive {
  people: PersonEntity[];
  places: PlaceEntity[];
  records: RecordSet;
  /** The whole index in one piece: imported bulletins are searched so (a few, built in the browser). */
  index: SearchIndexData;
}

/**
 * `gazetteer`: the one the bulletins were parsed with; places become searchable
 * under its other names too (place-names.ts). Without it, only the bulletins' spellings.
 */
export function buildSearchArchive(bulletins: readonly Bulletin[], gazetteer?: Gazetteer): SearchArchive;
/** Without `wholeIndex`, no one-piece index: the build ships the records sharded (shards.ts) instead. */
export function buildSearchArchive(bulletins: readonly Bulletin[], gazetteer: Gazetteer | undefined, options: { wholeIndex: false }): Omit<SearchArchive, "index">;
export function buildSearchArchive(bulletins: readonly Bulletin[], gazetteer?: Gazetteer, { wholeIndex = true } = {}): SearchArchive | Omit<SearchArchive, "index"> {
  const people = buildPeople(bulletins);
  const places = buildPlaces(bulletins);
  const records = buildRecords(bulletins, people, places, gazetteer ? { placeNames: (p) => gazetteerNames(p, gazetteer) } : {});
  return wholeIndex ? { people, places, records, index: buildIndexData(records) } : { people, places, records };
}
