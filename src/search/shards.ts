/**
 * The search index split so that a query fetches only what it needs, as
 * Pagefind does: an archive of 10,000 bulletins holds over half a million
 * records, far too many to download for one query.
 *
 * - Word shards, keyed by the first SHARD_PREFIX_LENGTH letters of each folded
 *   word: per group, the words of that prefix and the records holding each.
 *   Folding (fold.ts) has already made transliterations agree
 *   (Kazakstan/Kazakhstan both "kazakstan"), so they share a shard; a typo
 *   past the prefix stays in it, and the likeliest typos inside it (two
 *   letters swapped, one doubled) are covered by fetching a second shard
 *   (`shardKeysFor`).
 * - Record chunks: the records themselves, RECORDS_PER_CHUNK consecutive ones
 *   per file; a query fetches the chunks of its candidates, which Fuse ranks.
 * - The manifest (fixed name, small) names every shard's file and each group's
 *   chunk folder. Shard and chunk names carry a hash of their content (a
 *   group's folder: of all its records), so a host may cache them forever.
 *
 * The folded text Fuse compares is not shipped: the candidates' text is folded
 * again when they are scored, as a typed query is.
 */
import { foldedGetFn, GROUP_KEYS } from "./index-data.ts";
import { GROUPS, type GroupKind, type RecordSet, type SearchRecord } from "./records.ts";
import { allowedEdits, COMMON_WORD_SHARE, MAX_CANDIDATES, WordIndex } from "./word-index.ts";

export const SHARD_INDEX_VERSION = 1;

/**
 * Letters of a folded word that choose its shard. Two, because a query word
 * is searched from its second letter (MIN_QUERY_LENGTH): the reader's first
 * keystrokes fetch one shard, not all shards sharing a first letter.
 */
export const SHARD_PREFIX_LENGTH = 2;

/**
 * Records per chunk file. Candidates are scattered over the archive, so a
 * chunk mostly brings one wanted record: small chunks waste less, large ones
 * mean fewer files (at 10,000 bulletins, ~600,000 records).
 */
export const RECORDS_PER_CHUNK = 4;

/**
 * A word in more than COMMON_WORD_SHARE of a group's records never chooses
 * candidates while a rarer query word does (word-index.ts, `selective`); its
 * full list would be most of a shard's bytes. Only this many of its records
 * are listed, for queries of common words alone.
 */
export const COMMON_POSTINGS_KEPT = MAX_CANDIDATES * 4;

export const SHARD_DIR = "data/search";
export const MANIFEST_FILE = `${SHARD_DIR}/manifest.json`;
/** Every file named by its content lives under here, so a host can mark the folder cacheable forever. */
export const HASHED_DIR = `${SHARD_DIR}/h`;

/** One group's words in a shard: [word, records holding it, positions delta-encoded]. */
export type ShardEntry = [word: string, df: number, deltas: number[]];
export type ShardContent = Partial<Record<GroupKind, ShardEntry[]>>;

export interface ShardManifest {
  version: typeof SHARD_INDEX_VERSION;
  prefixLength: number;
  chunkSize: number;
  /** Records per group, and the folder of the group's chunks (`<folder>/<n>.json`). */
  groups: Record<GroupKind, { count: number; folder: string }>;
  /** Shard key → file, under the site root. */
  shards: Record<string, string>;
}

export function shardKey(word: string): string {
  return word.slice(0, SHARD_PREFIX_LENGTH);
}

/**
 * The shards a query word's matches can be in: its own prefix's, and for a
 * word long enough to be matched with a typo (allowedEdits), the shard its
 * first letters would have without the commonest slips there: the second and
 * third letters swapped or the second one typed twice or by mistake
 * ("Nzaarbaev", "Naazarbaev" → "na"), and the first two swapped ("Anzarbaev").
 * A wrong first or second letter otherwise is not found: fetching every shard
 * it could stand for would be most of the index.
 */
export function shardKeysFor(token: string): string[] {
  const keys = [shardKey(token)];
  if (allowedEdits(token.length) > 0 && token.length > SHARD_PREFIX_LENGTH) {
    keys.push(`${token[0]}${token[2]}`, `${token[1]}${token[0]}`);
  }
  return [...new Set(keys)];
}

export function chunkOf(position: number, chunkSize: number): number {
  return Math.floor(position / chunkSize);
}

function deltas(positions: readonly number[]): number[] {
  return positions.map((p, i) => (i === 0 ? p : p - (positions[i - 1] as number)));
}

export function undelta(list: readonly number[]): number[] {
  const out = new Array<number>(list.length);
  let last = 0;
  for (let i = 0; i < list.length; i++) out[i] = last = last + (list[i] as number);
  return out;
}

/** The folded strings Fuse would compare for a record: its keys read through the folding. */
export function foldedValues(kind: GroupKind, record: SearchRecord): string[] {
  const out: string[] = [];
  for (const key of GROUP_KEYS[kind]) {
    const name = typeof key === "string" ? key : (key as { name: string }).name;
    const v = foldedGetFn(record, name);
    if (Array.isArray(v)) out.push(...(v as string[]));
    else if (v) out.push(v as string);
  }
  return out;
}

export interface ShardFile {
  fileName: string;
  source: string;
}

/**
 * The manifest, shards and chunks of `records`. `hash` names a file by its
 * content (a few hex digits of a cryptographic hash: the build passes Node's).
 */
export function buildShardFiles(records: RecordSet, hash: (text: string) => string): { manifest: ShardManifest; files: ShardFile[] } {
  const shards = new Map<string, ShardContent>();
  const files: ShardFile[] = [];
  const groups = {} as ShardManifest["groups"];
  for (const kind of GROUPS) {
    const list = records[kind] as SearchRecord[];
    const words = new WordIndex(list.map((r) => foldedValues(kind, r)));
    const commonAbove = COMMON_WORD_SHARE * list.length;
    for (const { word, positions } of words.entries()) {
      if (word.length < SHARD_PREFIX_LENGTH) continue; // never looked up (MIN_QUERY_LENGTH)
      const key = shardKey(word);
      let shard = shards.get(key);
      if (!shard) shards.set(key, (shard = {}));
      const kept = positions.length > commonAbove ? positions.slice(0, COMMON_POSTINGS_KEPT) : positions;
      (shard[kind] ??= []).push([word, positions.length, deltas(kept)]);
    }
    const chunks: string[] = [];
    for (let i = 0; i < list.length; i += RECORDS_PER_CHUNK) chunks.push(JSON.stringify(list.slice(i, i + RECORDS_PER_CHUNK)));
    const folder = `${HASHED_DIR}/${kind}-${hash(chunks.join("\n"))}`;
    chunks.forEach((source, n) => files.push({ fileName: `${folder}/${n}.json`, source }));
    groups[kind] = { count: list.length, folder };
  }
  const names: Record<string, string> = {};
  for (const key of [...shards.keys()].sort()) {
    const source = JSON.stringify(shards.get(key));
    const fileName = `${HASHED_DIR}/w-${hash(source)}.json`;
    names[key] = fileName;
    files.push({ fileName, source });
  }
  const manifest: ShardManifest = { version: SHARD_INDEX_VERSION, prefixLength: SHARD_PREFIX_LENGTH, chunkSize: RECORDS_PER_CHUNK, groups, shards: names };
  files.push({ fileName: MANIFEST_FILE, source: JSON.stringify(manifest) });
  return { manifest, files };
}
