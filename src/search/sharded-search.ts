/**
 * Search over the sharded index (shards.ts): fetch the manifest once, then for
 * each query only the word shards of its words and the record chunks of its
 * candidates; the same word filter chooses the candidates and the same Fuse
 * options score them as over the whole index (query.ts).
 *
 * What was fetched serves the next keystrokes from a cache bounded by bytes
 * (byte-cache.ts, least recently used out first): a long session of queries
 * keeps a flat heap instead of every file it ever fetched.
 */
import Fuse, { type FuseIndex, type FuseResult } from "fuse.js";
import { ByteCache } from "./byte-cache.ts";
import { fuseOptions, foldedGetFn, GROUP_KEYS } from "./index-data.ts";
import { DEFAULT_GROUP_LIMIT, emptyResults, groupResults, parseQuery, scoreCandidates, type SearchOptions, type SearchResults } from "./query.ts";
import { GROUPS, type GroupKind, type SearchRecord } from "./records.ts";
import { MANIFEST_FILE, SHARD_INDEX_VERSION, SHARD_PREFIX_LENGTH, chunkAt, shardKeyIn, slipKeys, undelta, type ChunkSpot, type ShardContent, type ShardManifest } from "./shards.ts";
import { allowedEdits, rankMatches, WordIndex, type TokenPosting, type WordPostings } from "./word-index.ts";

/** Reads one file of the index (a path under the site root) as text: its length is what the cache counts. */
export type IndexFetcher = (file: string) => Promise<string>;

/**
 * Candidates per group whose records are fetched and scored. Fewer than the
 * whole index's MAX_CANDIDATES: every candidate costs a chunk download (they
 * are scattered over the archive), and the word filter's first ones are the
 * ones Fuse ranks top. At 1,000 bulletins (bench:search, 300 queries), 64
 * fetched 177 kB per typed query for recall@5 0.967, 16 fetched 74 kB for
 * the same recall, 12 fell to 0.950.
 */
export const FETCHED_CANDIDATES = 16;

/**
 * Bytes of fetched JSON the cache holds (weighted, below). bench:search at
 * 10,000 bulletins: after 300 queries typed a letter at a time the cache was
 * full and the page's JS heap, garbage collected, 10 MB; a typed query
 * fetches ~80 kB gzip, a few hundred kB of JSON, so the query being typed
 * and the last dozens are still in.
 */
export const CACHE_BYTES = 8 * 1024 * 1024;

/**
 * What a fetched file weighs in the cache per byte of its JSON: a shard's
 * word indexes (a trigram map and the postings undeltaed) cost more than
 * parsed records.
 */
const SHARD_WEIGHT = 3;
const CHUNK_WEIGHT = 1;

/**
 * A mistyped word's own shard is enough when it holds a word this few edits
 * from it: the slips shards (`slipKeys`) hold words that differ in the
 * key's letters, at least one edit away, so they cannot do better, and
 * fetching them for every word typed tripled a query's download.
 */
const OWN_SHARD_ENOUGH_EDITS = 0;

/**
 * A word whose own shard and slips' shards hold nothing within this many
 * edits, under a split key, is looked up in every shard of its first two
 * letters, as before the split: a letter left out or mistyped inside the
 * key ("Rahmonov" for Rakhmonov, under "rah" while it is under "rak") points
 * to no one shard.
 */
const FAMILY_AFTER_EDITS = 1;

/**
 * While the word being typed has this few letters it matches thousands of
 * records, and the next letter will replace whatever is shown: only the
 * candidates that fill the results (and any whose chunks are already in) are
 * fetched. At 1,000 bulletins the two- and three-letter stages of each word
 * were three quarters of a query's record download.
 */
export const SHORT_PREFIX_LETTERS = 3;

/** A shard as searched: per group, a word index over its words. */
type LoadedShard = Map<GroupKind, WordIndex>;

export class ShardedSearch {
  private readonly cache: ByteCache<string, LoadedShard | SearchRecord[]>;
  private readonly pending = new Map<string, Promise<LoadedShard | SearchRecord[]>>();
  private readonly split: ReadonlySet<string>;

  private constructor(
    private readonly manifest: ShardManifest,
    private readonly fetchFile: IndexFetcher,
    private readonly candidates: number,
    cacheBytes: number,
  ) {
    this.split = new Set(manifest.split);
    this.cache = new ByteCache(cacheBytes);
  }

  static async open(fetchFile: IndexFetcher, { candidates = FETCHED_CANDIDATES, cacheBytes = CACHE_BYTES } = {}): Promise<ShardedSearch> {
    const manifest = JSON.parse(await fetchFile(MANIFEST_FILE)) as ShardManifest;
    if (manifest?.version !== SHARD_INDEX_VERSION) throw new Error("The search index is of another version; reload the page.");
    return new ShardedSearch(manifest, fetchFile, candidates, cacheBytes);
  }

  get recordCount(): number {
    return GROUPS.reduce((n, kind) => n + this.manifest.groups[kind].count, 0);
  }

  /** Bytes the cache holds now (for the bench and tests). */
  get cachedBytes(): number {
    return this.cache.bytes;
  }

  /** A file from the cache, or fetched once however many ask for it while it comes; a failed fetch is tried again next time. */
  private load<T extends LoadedShard | SearchRecord[]>(file: string, make: (json: unknown) => T, weight: number): Promise<T> {
    const hit = this.cache.get(file);
    if (hit) return Promise.resolve(hit as T);
    let p = this.pending.get(file) as Promise<T> | undefined;
    if (!p) {
      p = this.fetchFile(file).then((text) => {
        const value = make(JSON.parse(text));
        this.cache.set(file, value, text.length * weight);
        return value;
      });
      const settled = () => this.pending.delete(file);
      p.then(settled, settled);
      this.pending.set(file, p);
    }
    return p;
  }

  private shard(key: string): Promise<LoadedShard> | null {
    const file = this.manifest.shards[key];
    if (!file) return null;
    return this.load(
      file,
      (json) => {
        const content = json as ShardContent;
        const out: LoadedShard = new Map();
        for (const kind of GROUPS) {
          const entries: WordPostings[] = (content[kind] ?? []).map(([word, df, d]) => ({ word, df, positions: undelta(d) }));
          out.set(kind, new WordIndex(entries, this.manifest.groups[kind].count));
        }
        return out;
      },
      SHARD_WEIGHT,
    );
  }

  private chunk(file: string): Promise<SearchRecord[]> {
    return this.load(file, (json) => json as SearchRecord[], CHUNK_WEIGHT);
  }

  /** Every leaf shard whose key starts with `prefix`. */
  private family(prefix: string): string[] {
    return Object.keys(this.manifest.shards).filter((k) => k.startsWith(prefix) && !this.split.has(k));
  }

  /** The shard a query word is looked up in first (for tests and the bench). */
  shardKeyOf(token: string): string {
    return shardKeyIn(token, this.split);
  }

  /** The files a query needs first: its words' own shards (for tests and the bench). */
  shardFilesFor(query: string): string[] {
    const parsed = parseQuery(query);
    if (!parsed) return [];
    return [...new Set(parsed.tokens.map((t) => this.shardKeyOf(t)))].map((k) => this.manifest.shards[k]).filter((f): f is string => f !== undefined);
  }

  /**
   * Per token, per group, the words it matches in its own shard and, when
   * that holds nothing within OWN_SHARD_ENOUGH_EDITS, in its slips' shards.
   */
  private async matchTokens(tokens: readonly string[], lastIsPrefix: boolean): Promise<Map<GroupKind, TokenPosting[][]>> {
    const shardsOf = (keys: string[]) => Promise.all(keys.map((k) => this.shard(k)).filter((p): p is Promise<LoadedShard> => p !== null));
    const own = await Promise.all(tokens.map((t) => shardsOf([this.shardKeyOf(t)])));
    const perGroup = new Map<GroupKind, TokenPosting[][]>(GROUPS.map((kind) => [kind, tokens.map(() => [])]));
    const matchIn = (shards: LoadedShard[], i: number) => {
      const token = tokens[i] as string;
      const prefix = lastIsPrefix && i === tokens.length - 1;
      let bestEdits = Infinity;
      for (const shard of shards) {
        for (const kind of GROUPS) {
          const index = shard.get(kind) as WordIndex;
          const matches = index.matchWord(token, prefix);
          for (const m of matches) bestEdits = Math.min(bestEdits, Math.round(m.distance * token.length));
          (perGroup.get(kind) as TokenPosting[][])[i]?.push(...index.postingsOf(matches));
        }
      }
      return bestEdits;
    };
    const slips: Array<Promise<void>> = [];
    tokens.forEach((token, i) => {
      const ownKey = this.shardKeyOf(token);
      const bestEdits = matchIn(own[i] as LoadedShard[], i);
      if (bestEdits <= OWN_SHARD_ENOUGH_EDITS || allowedEdits(token.length) === 0) return;
      const keys = new Set(slipKeys(token, this.split));
      const family = bestEdits > FAMILY_AFTER_EDITS && ownKey.length > SHARD_PREFIX_LENGTH ? this.family(token.slice(0, SHARD_PREFIX_LENGTH)) : [];
      keys.delete(ownKey);
      const more = [...keys];
      slips.push(
        shardsOf(more).then(async (shards) => {
          const edits = matchIn(shards, i);
          if (family.length === 0 || edits <= FAMILY_AFTER_EDITS) return;
          // Split keys' own shards repeat their children's commonest words: only the leaves, once.
          matchIn(await shardsOf(family.filter((k) => k !== ownKey && !keys.has(k))), i);
        }),
      );
    });
    await Promise.all(slips);
    return perGroup;
  }

  private async searchGroup(kind: GroupKind, perToken: TokenPosting[][], folded: string, tokens: string[], limit: number, shortPrefix: boolean): Promise<FuseResult<SearchRecord>[]> {
    // No phrase check here: the records' text is not known until their chunks are in.
    const ranked = rankMatches(perToken, this.manifest.groups[kind].count, Math.max(this.candidates, limit + 1));
    const group = this.manifest.groups[kind];
    const spots = new Map(ranked.positions.map((p) => [p, chunkAt(group, p, this.manifest.chunkSize)]));
    const spotOf = (p: number) => spots.get(p) as ChunkSpot;
    const keep = (p: number, i: number) => !shortPrefix || i <= limit || this.cache.has(spotOf(p).file);
    const positions = ranked.positions.filter(keep);
    const complete = ranked.positions.slice(0, ranked.complete).filter(keep).length;
    if (positions.length === 0) return [];
    const wanted = [...new Set(positions.map((p) => spotOf(p).file))];
    const loaded = new Map(await Promise.all(wanted.map(async (file) => [file, await this.chunk(file)] as const)));
    const docs = positions.map((p) => {
      const { file, index } = spotOf(p);
      return (loaded.get(file) as SearchRecord[])[index] as SearchRecord;
    });
    const opts = fuseOptions(kind);
    const index = Fuse.createIndex(GROUP_KEYS[kind], docs, { getFn: foldedGetFn, fieldNormWeight: opts.fieldNormWeight }) as FuseIndex<SearchRecord>;
    return scoreCandidates(kind, docs, index, folded, tokens, limit, docs.slice(0, complete).map((_, i) => i));
  }

  async search(query: string, { limit = DEFAULT_GROUP_LIMIT }: SearchOptions = {}): Promise<SearchResults> {
    const parsed = parseQuery(query);
    if (!parsed) return emptyResults(query);
    const { folded, tokens, lastIsPrefix } = parsed;
    const matches = await this.matchTokens(tokens, lastIsPrefix);
    // Ranked one group after another: rankMatches shares its scratch arrays, and each group's chunks are fetched together.
    const shortPrefix = lastIsPrefix && (tokens.at(-1) as string).length <= SHORT_PREFIX_LETTERS;
    const ranked = GROUPS.map((kind) => [kind, this.searchGroup(kind, matches.get(kind) as TokenPosting[][], folded, tokens, limit, shortPrefix)] as const);
    const found = new Map(await Promise.all(ranked.map(async ([kind, p]) => [kind, await p] as const)));
    return groupResults(query, found, limit);
  }
}
