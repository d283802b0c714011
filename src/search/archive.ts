/** From parsed bulletins to everything search needs: merged entities, records, the index. */
import type { Bulletin } from "../parser/model/index.ts";
import { buildPeople, buildPlaces, type PersonEntity, type PlaceEntity } from "./entities.ts";
import { buildIndexData, type SearchIndexData } from "./index-data.ts";
import { buildRecords, type RecordSet } from "./records.ts";

export interface SearchArchive {
  people: PersonEntity[];
  places: PlaceEntity[];
  records: RecordSet;
  index: SearchIndexData;
}

export function buildSearchArchive(bulletins: readonly Bulletin[]): SearchArchive {
  const people = buildPeople(bulletins);
  const places = buildPlaces(bulletins);
  const records = buildRecords(bulletins, people, places);
  return { people, places, records, index: buildIndexData(records) };
}
