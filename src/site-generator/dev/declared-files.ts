/**
 * Which files the search and views emitters make (BulletinEmitter.makes), so
 * the dev server runs each only when one of its files is asked for. Their
 * pieces under data/h/ are named by kind (`hashedDataFile`, src/search/emit.ts).
 */
import { SEARCH_META_FILE } from "../../search/data-paths.ts";
import { SHARD_DIR } from "../../search/shards.ts";
import { HASHED_DATA_DIR } from "../data-paths.ts";
import type { EmitterFiles } from "../emitters.ts";
import { filesUnder } from "../emitters.ts";

const anyOf =
  (...tests: Array<(fileName: string) => boolean>) =>
  (fileName: string) =>
    tests.some((test) => test(fileName));

const hashedPieces = (...kinds: string[]) => anyOf(...kinds.map((kind) => filesUnder(`${HASHED_DATA_DIR}/${kind}-`, ".json")));

/** The search index's shards and meta file, person and place pages' files and their long lists' pieces. */
export const searchFiles: EmitterFiles = {
  has: anyOf(
    (f) => f === SEARCH_META_FILE,
    filesUnder(`${SHARD_DIR}/`),
    filesUnder("data/people/", ".json"),
    filesUnder("data/places/", ".json"),
    hashedPieces("person", "place"),
  ),
};

/** The archive views' heads, Places, and the views' pieces. */
export const viewsFiles: EmitterFiles = {
  has: anyOf(filesUnder("data/views/", ".json"), hashedPieces("people", "quotes", "numbers")),
};
