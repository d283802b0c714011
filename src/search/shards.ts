/**
 * The search index split so that a query fetches only what it needs, as
 * Pagefind does: an archive of 10,000 bulletins holds over half a million
 * records, far too many to download for one query.
 *
 * - Word shards, keyed by the first SHARD_PREFIX_LENGTH letters of each folded
 *   word: per group, the words of that prefix and the records holding each.
 *   A shard whose JSON would pass SHARD_SPLIT_BYTES (at 10,000 bulletins,
 *   "co", "pr", "st"…) is split by one more letter, again while too big: a
 *   query word then fetches only its own part. The split shard keeps the words
 *   no longer than its key, and the commonest longer ones for a reader who
 *   has typed just the key's letters.
 *   Folding (fold.ts) has already made transliterations agree
 *   (Kazakstan/Kazakhstan both "kazakstan"), so they share a shard; a typo
 *   past the key stays in it, and the likeliest typos inside it (two
 *   letters swapped, one typed by mistake) are covered by fetching the
 *   shards those slips point to, when the word's own shard has nothing
 *   close enough (`slipKeys`, sharded-search.ts).
 * - Record chunks: the records themselves, RECORDS_PER_CHUNK consecutive ones
 *   per file; a query fetches the chunks of its candidates, which Fuse ranks.
 *   A group's records are dealt into buckets by a hash of their bulletin
 *   (quotes, articles) or their own id (people, places): a record's position
 *   is its bucket's start and its place in the bucket, and each bucket's
 *   chunks are a folder of their own (`chunkAt`). A bulletin added or changed
 *   so moves the records of its own buckets alone. In archive order, one
 *   quote added moved every later record: 97,700 chunk files renamed at
 *   10,000 bulletins (a rebuild's writing, as many files for a host to upload,
 *   and for readers' caches to fetch again).
 * - The manifest (fixed name, small) names every shard's file and each
 *   group's bucket folders and sizes. Shard and chunk names carry a hash of
 *   their content (a chunk's folder: of its chunks), so a host may cache them
 *   forever.
 *
 * The folded text Fuse compares is not shipped: the candidates' text is folded
 * again when they are scored, as a typed query is.
 */
import { fnv1a } from "../site-generator/fnv.ts";
import { foldedGetFn, GROUP_KEYS } from "./index-data.ts";
import { GROUPS, type GroupKind, type RecordSet, type SearchRecord } from "./records.ts";
import { allowedEdits, COMMON_WORD_SHARE, MAX_CANDIDATES, WordIndex } from "./word-index.ts";

export const SHARD_INDEX_VERSION = 4;

/**
 * Letters of a folded word that choose its shard. Two, because a query word
 * is searched from its second letter (MIN_QUERY_LENGTH): the reader's first
 * keystrokes fetch one shard, not all shards sharing a first letter.
 */
export const SHARD_PREFIX_LENGTH = 2;

/**
 * A shard's JSON beyond this is split by one more letter (`splitShards`).
 * At 10,000 bulletins (bench:search) the biggest two-letter shards ran to
 * 60-120 kB gzip; a query of four words could need four of them. Split,
 * none is over ~22 kB gzip.
 */
export const SHARD_SPLIT_BYTES = 48 * 1024;

/** Keys stop growing here: a longer common prefix is a word's own family ("international…"), split further it saves little. */
export const MAX_SHARD_KEY_LENGTH = 6;

/**
 * The share of SHARD_SPLIT_BYTES a split shard spends on its commonest
 * longer words, which answer a reader who has typed only the key's letters
 * (a two-letter prefix ranks anything; common words are as good as any).
 */
export const SPLIT_HEAD_SHARE = 0.25;

/** Records listed per word in a split shard's own part (its commonest longer words): a few result lists' worth. */
export const HEAD_POSTINGS_KEPT = 32;

/**
 * Records per chunk file. Candidates are scattered over the archive, so a
 * chunk mostly brings one wanted record: small chunks waste less, large ones
 * mean fewer files (at 10,000 bulletins, ~600,000 records).
 */
export const RECORDS_PER_CHUNK = 4;

/**
 * Records a bucket holds, about: a group has the power of two of buckets
 * that brings them to this many records or fewer each, up to MAX_BUCKETS.
 * Each bucket is a folder named in the manifest every query fetches. A
 * bulletin added renames the folders of the buckets its records are in: one
 * for its quotes, one for its articles, one for each person it quotes (their
 * counts changed). At 10,000 bulletins: 256 quote buckets, 64 person buckets,
 * 32 article buckets.
 */
export const RECORDS_PER_BUCKET = 1024;
export const MAX_BUCKETS = 256;

/** The buckets of a group of `count` records. Crossing a power of two deals the group again, as a clean build would. */
export function bucketCount(count: number): number {
  let buckets = 1;
  while (buckets < MAX_BUCKETS && buckets * RECORDS_PER_BUCKET < count) buckets *= 2;
  return buckets;
}

/** What decides a record's bucket: a quote's or an article's bulletin (its id's first part), so one bulletin's records move together; else its own id. */
function homeOf(kind: GroupKind, record: { id: string }): string {
  if (kind !== "quote" && kind !== "article") return record.id;
  const cut = record.id.indexOf("/");
  return cut < 0 ? record.id : record.id.slice(0, cut);
}

/** The bucket, of `buckets`, of the records whose home (`homeOf`) is `home`. */
export function bucketOfHome(home: string, buckets: number): number {
  // Any stable spread will do, and the browser never computes it.
  return fnv1a(home) & (buckets - 1);
}

/** A group's records in position order: bucket after bucket, each in the order given; and each bucket's size. */
export function dealIntoBuckets<R extends SearchRecord>(kind: GroupKind, list: readonly R[]): { records: R[]; sizes: number[] } {
  const buckets = bucketCount(list.length);
  const dealt: R[][] = Array.from({ length: buckets }, () => []);
  for (const record of list) (dealt[bucketOfHome(homeOf(kind, record), buckets)] as R[]).push(record);
  return { records: dealt.flat(), sizes: dealt.map((b) => b.length) };
}

/** Where a group's record is: its chunk's file, and its index in the chunk. */
export interface ChunkSpot {
  file: string;
  index: number;
}

/** Each bucket's first position, for buckets of `sizes`. */
export function bucketStarts(sizes: readonly number[]): number[] {
  const starts: number[] = [];
  let start = 0;
  for (const size of sizes) {
    starts.push(start);
    start += size;
  }
  return starts;
}

/** The bucket holding `position` in a group of buckets of `sizes`, and the bucket's first position. */
export function bucketAt(sizes: readonly number[], position: number): { bucket: number; start: number } {
  let bucket = 0;
  let start = 0;
  // Linear: at most MAX_BUCKETS, for the few dozen candidates of a query.
  while (bucket < sizes.length - 1 && position >= start + (sizes[bucket] as number)) start += sizes[bucket++] as number;
  return { bucket, start };
}

/** The file of a bucket's chunk `n`, the bucket's chunks in `folder`. */
export function chunkFileIn(folder: string, n: number): string {
  return `${folder}/${n}.json`;
}

/** The spot of `position` in a group laid out as `group` (the manifest's) says, `chunkSize` records a chunk. */
export function chunkAt(group: GroupLayout, position: number, chunkSize: number): ChunkSpot {
  const { bucket, start } = bucketAt(group.sizes, position);
  const at = position - start;
  return { file: chunkFileIn(group.folders[bucket] as string, Math.floor(at / chunkSize)), index: at % chunkSize };
}

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

/** A group's records: how many, and per bucket its folder ("" when empty) and its number of records. */
export interface GroupLayout {
  count: number;
  folders: string[];
  sizes: number[];
}

export interface ShardManifest {
  version: typeof SHARD_INDEX_VERSION;
  prefixLength: number;
  chunkSize: number;
  /** Per group, its records and their buckets (`chunkAt`). */
  groups: Record<GroupKind, GroupLayout>;
  /** Shard key → file, under the site root. */
  shards: Record<string, string>;
  /** Keys whose longer words moved to keys one letter longer (`splitShards`), sorted. */
  split: string[];
}

/**
 * The key of the shard holding `word` (or, for a word being typed, the
 * words it starts): its first SHARD_PREFIX_LENGTH letters, one more for each
 * split key it runs past.
 */
export function shardKeyIn(word: string, split: ReadonlySet<string>): string {
  let key = word.slice(0, SHARD_PREFIX_LENGTH);
  while (split.has(key) && word.length > key.length) key = word.slice(0, key.length + 1);
  return key;
}

/**
 * Romanisations of one Russian letter that the folding (fold.ts) leaves
 * apart, each a letter's edit that moves a word to another shard: Ю and Я
 * opening a name as "iu", "ia" or "yu", "ya" (Iusifova, Yusifova), and an Х
 * closing a syllable, which folds to "k" as "kh" (Makhmudov: makmudov) and
 * stays "h" as "h" (Mahmudov). The word is looked up under the other
 * spelling's key too (`slipKeys`).
 */
const ROMANISATION_SLIPS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^iu/, "yu"],
  [/^yu/, "iu"],
  [/^ia/, "ya"],
  [/^ya/, "ia"],
  [/(?<=[aeiou])h(?=[^aeiouy])/, "k"],
  [/(?<=[aeiou])k(?=[^aeiouy])/, "h"],
];

/**
 * The shards a query word's matches may be in when it was mistyped inside
 * its key's letters: two neighbouring letters there swapped ("Nzaarbaev",
 * "Anzarbaev") or one typed by mistake or twice ("Nxazarbaev", "aFarahani" when
 * the space went one letter late), so for a word
 * long enough to be matched with a typo (allowedEdits); or spelt in another
 * romanisation (ROMANISATION_SLIPS). A wrong first letter
 * otherwise is not found: fetching every shard it could stand for would be
 * most of the index.
 */
export function slipKeys(token: string, split: ReadonlySet<string>): string[] {
  const own = shardKeyIn(token, split);
  if (allowedEdits(token.length) === 0 || token.length <= own.length) return [];
  const keys = new Set<string>();
  for (const [pattern, other] of ROMANISATION_SLIPS) {
    const variant = token.replace(pattern, other);
    if (variant !== token) keys.add(shardKeyIn(variant, split));
  }
  for (let i = 0; i < own.length && i + 1 < token.length; i++) {
    keys.add(shardKeyIn(token.slice(0, i) + token[i + 1] + token[i] + token.slice(i + 2), split));
  }
  for (let i = 0; i < own.length; i++) keys.add(shardKeyIn(token.slice(0, i) + token.slice(i + 1), split));
  keys.delete(own);
  return [...keys];
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
export function buildShardFiles(
  records: RecordSet,
  hash: (text: string) => string,
  {
    splitBytes = SHARD_SPLIT_BYTES,
    hashLines = (lines) => hash(lines.join("\n")),
  }: {
    splitBytes?: number;
    /**
     * `hash` of the lines joined by newlines, for a chunk folder: the build
     * passes one that feeds them to the hash one by one, rather than making
     * one string of every chunk (tens of megabytes of quotes at 10,000
     * bulletins, made only to be hashed and dropped).
     */
    hashLines?: (lines: readonly string[]) => string;
  } = {},
): { manifest: ShardManifest; files: ShardFile[] } {
  const byKey = new Map<string, ShardContent>();
  const files: ShardFile[] = [];
  const groups = {} as ShardManifest["groups"];
  for (const kind of GROUPS) {
    const { records: list, sizes } = dealIntoBuckets(kind, records[kind] as SearchRecord[]);
    const words = new WordIndex(list.map((r) => foldedValues(kind, r)));
    const commonAbove = COMMON_WORD_SHARE * list.length;
    for (const { word, positions } of words.entries()) {
      if (word.length < SHARD_PREFIX_LENGTH) continue; // never looked up (MIN_QUERY_LENGTH)
      const key = word.slice(0, SHARD_PREFIX_LENGTH);
      let shard = byKey.get(key);
      if (!shard) byKey.set(key, (shard = {}));
      const kept = positions.length > commonAbove ? positions.slice(0, COMMON_POSTINGS_KEPT) : positions;
      (shard[kind] ??= []).push([word, positions.length, deltas(kept)]);
    }
    const folders: string[] = [];
    let start = 0;
    for (const size of sizes) {
      const chunks: string[] = [];
      for (let at = 0; at < size; at += RECORDS_PER_CHUNK) chunks.push(JSON.stringify(list.slice(start + at, start + Math.min(size, at + RECORDS_PER_CHUNK))));
      const folder = chunks.length === 0 ? "" : `${HASHED_DIR}/${kind}-${hashLines(chunks)}`;
      chunks.forEach((source, n) => files.push({ fileName: chunkFileIn(folder, n), source }));
      folders.push(folder);
      start += size;
    }
    groups[kind] = { count: list.length, folders, sizes };
  }
  const { shards, split } = splitShards(byKey, splitBytes);
  const names: Record<string, string> = {};
  for (const key of [...shards.keys()].sort()) {
    const source = JSON.stringify(shards.get(key));
    const fileName = `${HASHED_DIR}/w-${hash(source)}.json`;
    names[key] = fileName;
    files.push({ fileName, source });
  }
  const manifest: ShardManifest = {
    version: SHARD_INDEX_VERSION,
    prefixLength: SHARD_PREFIX_LENGTH,
    chunkSize: RECORDS_PER_CHUNK,
    groups,
    shards: names,
    split: [...split].sort(),
  };
  files.push({ fileName: MANIFEST_FILE, source: JSON.stringify(manifest) });
  return { manifest, files };
}

const shardBytes = (content: ShardContent) => JSON.stringify(content).length;

/**
 * Splits every shard over `budget` bytes of JSON by one more letter, until
 * its parts fit or its key is `maxKey` letters long. A split shard keeps the
 * words no longer than its key (a finished word of exactly those letters
 * must still be found) and, within SPLIT_HEAD_SHARE of the budget, its
 * commonest longer words (df): what a reader who stopped at the key sees.
 * Every word stays findable under `shardKeyIn(word, split)`.
 */
export function splitShards(
  shards: ReadonlyMap<string, ShardContent>,
  budget = SHARD_SPLIT_BYTES,
  maxKey = MAX_SHARD_KEY_LENGTH,
): { shards: Map<string, ShardContent>; split: Set<string> } {
  const out = new Map<string, ShardContent>();
  const split = new Set<string>();
  const queue = [...shards];
  while (queue.length > 0) {
    const [key, content] = queue.pop() as [string, ShardContent];
    if (key.length >= maxKey || shardBytes(content) <= budget) {
      out.set(key, content);
      continue;
    }
    split.add(key);
    const head: ShardContent = {};
    const parts = new Map<string, ShardContent>();
    const longer: Array<[GroupKind, ShardEntry]> = [];
    for (const kind of GROUPS) {
      for (const entry of content[kind] ?? []) {
        const word = entry[0];
        if (word.length <= key.length) (head[kind] ??= []).push(entry);
        else {
          const part = word.slice(0, key.length + 1);
          let c = parts.get(part);
          if (!c) parts.set(part, (c = {}));
          (c[kind] ??= []).push(entry);
          longer.push([kind, entry]);
        }
      }
    }
    let room = budget * SPLIT_HEAD_SHARE - shardBytes(head);
    longer.sort((a, b) => b[1][1] - a[1][1] || (a[1][0] < b[1][0] ? -1 : 1));
    for (const [kind, [word, df, d]] of longer) {
      // Enough of its records to fill a result list, not all: a common word's list alone would fill the share.
      const entry: ShardEntry = [word, df, d.slice(0, HEAD_POSTINGS_KEPT)];
      const size = JSON.stringify(entry).length + 1;
      if (size > room) break;
      room -= size;
      (head[kind] ??= []).push(entry);
    }
    out.set(key, head);
    queue.push(...parts);
  }
  return { shards: out, split };
}
