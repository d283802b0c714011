/**
 * The precomputed search index: the records plus, per group, a Fuse index
 * (`Fuse.createIndex`, serialised with `toJSON`) whose stored values are the
 * FOLDED text of each key. At runtime `Fuse.parseIndex` restores it without
 * touching the text again, and queries are folded by the same function.
 */
import Fuse, { type FuseIndex, type FuseOptionKey, type IFuseOptions } from "fuse.js";
import { fold } from "./fold.ts";
import { GROUPS, type GroupKind, type RecordSet, type SearchRecord } from "./records.ts";

export const INDEX_VERSION = 1;

/**
 * Scores run 0 (exact) to 1. Names are short, so a typo or two is a large
 * share of the pattern: 0.34 lets "Pashevch" reach "Pashevich" (one deletion
 * in eight letters) but not "Nazarov" reach "Sidorov".
 */
export const NAME_THRESHOLD = 0.34;
/**
 * Quotes and article text are long and searched anywhere (ignoreLocation): a
 * looser threshold would match nearly every long text, since most contain the
 * pattern's letters with a few errors.
 */
export const TEXT_THRESHOLD = 0.25;

/** Fuse reads each key through this: the folded form of the display value. */
export function foldedGetFn(obj: unknown, path: string | string[]): string | readonly string[] {
  let value: unknown = obj;
  for (const part of Array.isArray(path) ? path : path.split(".")) {
    value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[part] : undefined;
  }
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string").map(fold);
  return typeof value === "string" ? fold(value) : "";
}

type Keys = FuseOptionKey<SearchRecord>[];

export const GROUP_KEYS: Record<GroupKind, Keys> = {
  // The name outweighs other spellings, which outweigh role words ("minister").
  person: [
    { name: "name", weight: 3 },
    { name: "aliases", weight: 2 },
    { name: "roles", weight: 0.5 },
  ],
  place: [
    { name: "name", weight: 3 },
    { name: "aliases", weight: 2 },
    { name: "country", weight: 0.5 },
  ],
  quote: [
    { name: "text", weight: 2 },
    { name: "speaker", weight: 1 },
  ],
  article: [
    { name: "headline", weight: 3 },
    { name: "summary", weight: 1.5 },
    { name: "authors", weight: 1 },
  ],
};

export function fuseOptions(kind: GroupKind): IFuseOptions<SearchRecord> {
  const names = kind === "person" || kind === "place";
  return {
    keys: GROUP_KEYS[kind],
    getFn: foldedGetFn,
    includeScore: true,
    // Names: "Nazarbaev" must find "Nursultan Nazarbaev"; text: a word anywhere in a quote.
    ignoreLocation: true,
    threshold: names ? NAME_THRESHOLD : TEXT_THRESHOLD,
    // Shorter matches than this are noise in long text ("a", "of").
    minMatchCharLength: 2,
    // Field length matters for names (an exact short name beats a long one that
    // contains it) but less inside quotes, where a long quote is not a worse hit.
    fieldNormWeight: names ? 1 : 0.5,
  };
}

export interface SerialisedIndex {
  keys: unknown[];
  records: unknown[];
}

export interface SearchIndexData {
  version: typeof INDEX_VERSION;
  records: RecordSet;
  indexes: Record<GroupKind, SerialisedIndex>;
}

export function buildIndexData(records: RecordSet): SearchIndexData {
  const indexes = {} as Record<GroupKind, SerialisedIndex>;
  for (const kind of GROUPS) {
    const opts = fuseOptions(kind);
    const index = Fuse.createIndex(GROUP_KEYS[kind], records[kind] as SearchRecord[], {
      getFn: foldedGetFn,
      fieldNormWeight: opts.fieldNormWeight,
    });
    indexes[kind] = index.toJSON() as unknown as SerialisedIndex;
  }
  return { version: INDEX_VERSION, records, indexes };
}

export function loadFuse(data: SearchIndexData, kind: GroupKind): Fuse<SearchRecord> {
  const opts = fuseOptions(kind);
  const index = Fuse.parseIndex<SearchRecord>(data.indexes[kind] as never, {
    getFn: foldedGetFn,
    fieldNormWeight: opts.fieldNormWeight,
  }) as FuseIndex<SearchRecord>;
  return new Fuse(data.records[kind] as SearchRecord[], opts, index);
}
