/**
 * Search over the sharded index (shards.ts): fetch the manifest once, then for
 * each query only the word shards of its words and the record chunks of its
 * candidates; the same word filter chooses the candidates and the same Fuse
 * options score them as over the whole index (query.ts). Everything fetched
 * is kept for the next keystroke.
 */
import Fuse, { type FuseIndex, type FuseResult } from "fuse.js";
import { fuseOptions, foldedGetFn, GROUP_KEYS } from "./index-data.ts";
import { DEFAULT_GROUP_LIMIT, emptyResults, groupResults, parseQuery, scoreCandidates, type SearchOptions, type SearchResults } from "./query.ts";
import { GROUPS, type GroupKind, type SearchRecord } from "./records.ts";
import { MANIFEST_FILE, SHARD_INDEX_VERSION, chunkOf, shardKeysFor, undelta, type ShardContent, type ShardManifest } from "./shards.ts";
import { WordIndex, type WordPostings } from "./word-index.ts";

/** Reads one file of the index (a path under the site root) as parsed JSON. */
export type IndexFetcher = (file: string) => Promise<unknown>;

/**
 * Candidates per group whose records are fetched and scored. Fewer than the
 * whole index's MAX_CANDIDATES: every candidate costs a chunk download (they
 * are scattered over the archive), and the word filter's first ones are the
 * ones Fuse ranks top. At 1,000 bulletins (bench:search, 300 queries), 64
 * fetched 177 kB per typed query for recall@5 0.967, 16 fetched 74 kB for
 * the same recall, 12 fell to 0.950.
 */
export const FETCHED_CANDIDATES = 16;

/** Word indexes kept for recent shard sets: typing a word asks for the same shards keystroke after keystroke. */
const WORD_INDEX_CACHE = 8;

export class ShardedSearch {
  private readonly shards = new Map<string, Promise<ShardContent>>();
  private readonly chunks = new Map<string, Promise<SearchRecord[]>>();
  private readonly wordIndexes = new Map<string, Map<GroupKind, WordIndex>>();

  private constructor(
    private readonly manifest: ShardManifest,
    private readonly fetchFile: IndexFetcher,
    private readonly candidates: number,
  ) {}

  static async open(fetchFile: IndexFetcher, { candidates = FETCHED_CANDIDATES } = {}): Promise<ShardedSearch> {
    const manifest = (await fetchFile(MANIFEST_FILE)) as ShardManifest;
    if (manifest?.version !== SHARD_INDEX_VERSION) throw new Error("The search index is of another version; reload the page.");
    return new ShardedSearch(manifest, fetchFile, candidates);
  }

  get recordCount(): number {
    return GROUPS.reduce((n, kind) => n + this.manifest.groups[kind].count, 0);
  }

  private shard(key: string): Promise<ShardContent> | null {
    const file = this.manifest.shards[key];
    if (!file) return null;
    let p = this.shards.get(key);
    if (!p) {
      p = this.fetchFile(file) as Promise<ShardContent>;
      this.shards.set(key, p);
      p.catch(() => this.shards.delete(key)); // a failed fetch is tried again next time
    }
    return p;
  }

  private chunk(kind: GroupKind, n: number): Promise<SearchRecord[]> {
    const file = `${this.manifest.groups[kind].folder}/${n}.json`;
    let p = this.chunks.get(file);
    if (!p) {
      p = this.fetchFile(file) as Promise<SearchRecord[]>;
      this.chunks.set(file, p);
      p.catch(() => this.chunks.delete(file));
    }
    return p;
  }

  /** Per group, a word index over the words of these shards. */
  private async wordIndexesFor(keys: string[]): Promise<Map<GroupKind, WordIndex>> {
    const id = keys.join(" ");
    const cached = this.wordIndexes.get(id);
    if (cached) return cached;
    const contents = await Promise.all(keys.map((k) => this.shard(k)).filter((p): p is Promise<ShardContent> => p !== null));
    const out = new Map<GroupKind, WordIndex>();
    for (const kind of GROUPS) {
      const entries: WordPostings[] = [];
      for (const content of contents) for (const [word, df, d] of content[kind] ?? []) entries.push({ word, df, positions: undelta(d) });
      out.set(kind, new WordIndex(entries, this.manifest.groups[kind].count));
    }
    if (this.wordIndexes.size >= WORD_INDEX_CACHE) this.wordIndexes.delete(this.wordIndexes.keys().next().value as string);
    this.wordIndexes.set(id, out);
    return out;
  }

  /** The files a query needs first: the shards of its words (for tests and the bench). */
  shardFilesFor(query: string): string[] {
    const parsed = parseQuery(query);
    if (!parsed) return [];
    return [...new Set(parsed.tokens.flatMap(shardKeysFor))].map((k) => this.manifest.shards[k]).filter((f): f is string => f !== undefined);
  }

  private async searchGroup(kind: GroupKind, words: WordIndex, folded: string, tokens: string[], limit: number, lastIsPrefix: boolean): Promise<FuseResult<SearchRecord>[]> {
    // No phrase check here: the records' text is not known until their chunks are in.
    const { positions, complete } = words.rank(tokens, Math.max(this.candidates, limit + 1), null, lastIsPrefix);
    if (positions.length === 0) return [];
    const size = this.manifest.chunkSize;
    const wanted = [...new Set(positions.map((p) => chunkOf(p, size)))];
    const loaded = new Map(await Promise.all(wanted.map(async (n) => [n, await this.chunk(kind, n)] as const)));
    const docs = positions.map((p) => (loaded.get(chunkOf(p, size)) as SearchRecord[])[p % size] as SearchRecord);
    const opts = fuseOptions(kind);
    const index = Fuse.createIndex(GROUP_KEYS[kind], docs, { getFn: foldedGetFn, fieldNormWeight: opts.fieldNormWeight }) as FuseIndex<SearchRecord>;
    return scoreCandidates(kind, docs, index, folded, tokens, limit, docs.slice(0, complete).map((_, i) => i));
  }

  async search(query: string, { limit = DEFAULT_GROUP_LIMIT }: SearchOptions = {}): Promise<SearchResults> {
    const parsed = parseQuery(query);
    if (!parsed) return emptyResults(query);
    const { folded, tokens, lastIsPrefix } = parsed;
    const keys = [...new Set(tokens.flatMap(shardKeysFor))].sort();
    const indexes = await this.wordIndexesFor(keys);
    const found = new Map(
      await Promise.all(GROUPS.map(async (kind) => [kind, await this.searchGroup(kind, indexes.get(kind) as WordIndex, folded, tokens, limit, lastIsPrefix)] as const)),
    );
    return groupResults(query, found, limit);
  }
}
