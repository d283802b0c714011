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
  index: SearchIndexData;
}

/**
 * `gazetteer`: the one the bulletins were parsed with; places become searchable
 * under its other names too (place-names.ts). Without it, only the bulletins' spellings.
 */
export function buildSearchArchive(bulletins: readonly Bulletin[], gazetteer?: Gazetteer): SearchArchive {
  const people = buildPeople(bulletins);
  const places = buildPlaces(bulletins);
  const records = buildRecords(bulletins, people, places, gazetteer ? { placeNames: (p) => gazetteerNames(p, gazetteer) } : {});
  return { people, places, records, index: buildIndexData(records) };
}
