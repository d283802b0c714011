/**
 * Querying: fold the query the same way the index was folded, search each
 * group's Fuse index, and return results grouped People, Places, Quotes,
 * Articles, best first within each group.
 */
import Fuse, { type FuseIndex, type FuseResult } from "fuse.js";
import { fold } from "./fold.ts";
import { NAME_THRESHOLD, type SearchIndexData, foldedGetFn, fuseOptions } from "./index-data.ts";
import { GROUPS, type GroupKind, type SearchRecord } from "./records.ts";
import { MAX_CANDIDATES, WordIndex } from "./word-index.ts";

/** Fewer folded characters than this match too much to be worth showing. */
export const MIN_QUERY_LENGTH = 2;
/**
 * Bitap patterns longer than this are split by Fuse into 32-character chunks
 * that must all match; beyond it a long pasted sentence only gets slower.
 */
export const MAX_QUERY_LENGTH = 64;

export interface Hit<R extends SearchRecord = SearchRecord> {
  record: R;
  /** Fuse score: 0 exact … 1 no match. */
  score: number;
}

export interface ResultGroup {
  kind: GroupKind;
  hits: Hit[];
  /** True when the group had more hits than were returned. */
  more: boolean;
}

export interface SearchResults {
  query: string;
  groups: ResultGroup[];
  total: number;
}

export interface SearchOptions {
  /** Hits per group. */
  limit?: number;
}

export const DEFAULT_GROUP_LIMIT = 5;

export function emptyResults(query: string): SearchResults {
  return { query, groups: GROUPS.map((kind) => ({ kind, hits: [], more: false })), total: 0 };
}

interface IndexRecord {
  i: number;
  $: Record<string, { v: string } | Array<{ v: string }>>;
}

interface Group {
  kind: GroupKind;
  docs: SearchRecord[];
  keys: unknown[];
  records: IndexRecord[];
  words: WordIndex;
}

/** The folded strings a serialised Fuse index holds for one record. */
function valuesOf(record: IndexRecord): string[] {
  const out: string[] = [];
  for (const value of Object.values(record.$)) {
    if (Array.isArray(value)) for (const item of value) out.push(item.v);
    else out.push(value.v);
  }
  return out;
}

/** Query words the candidate filter looks up; one letter narrows nothing. */
export function queryTokens(folded: string): string[] {
  return folded.split(" ").filter((t) => t.length >= MIN_QUERY_LENGTH);
}

/**
 * Fuse scores the candidates the word filter chose (`index` holds their
 * entries; `refIndex` points into `docs`); `completeRefs` are those with a
 * close word for every query word, in the filter's order.
 */
export function scoreCandidates(
  kind: GroupKind,
  docs: readonly SearchRecord[],
  index: FuseIndex<SearchRecord>,
  folded: string,
  tokens: readonly string[],
  limit: number,
  completeRefs: readonly number[],
): FuseResult<SearchRecord>[] {
  const opts = fuseOptions(kind);
  const found = new Fuse(docs, opts, index).search(folded, { limit: limit + 1 });
  // Several words in a quote or headline need not be adjacent: when the phrase
  // itself is not enough, match them one by one, after the phrase hits.
  if (tokens.length > 1 && found.length <= limit && (kind === "quote" || kind === "article")) {
    const seen = new Set(found.map((r) => r.refIndex));
    const byWord = new Fuse(docs, { ...opts, useTokenSearch: true, tokenMatch: "all" }, index).search(folded, { limit: limit + 1 });
    for (const r of byWord) if (!seen.has(r.refIndex) && found.length <= limit) found.push(r);
  }
  // Bitap counts two swapped letters as two errors, too many for a five-letter
  // surname typed alone ("Koavc" for Kovac); the word filter counts one. A name
  // with a close word for every query word is a hit, after Fuse's own.
  if ((kind === "person" || kind === "place") && found.length <= limit) {
    const seen = new Set(found.map((r) => r.refIndex));
    for (const refIndex of completeRefs) {
      if (found.length > limit) break;
      if (seen.has(refIndex)) continue;
      found.push({ item: docs[refIndex] as SearchRecord, refIndex, score: NAME_THRESHOLD, matches: [] });
    }
  }
  return found;
}

/** Results per group from each group's scored hits (one more than `limit` says there are more). */
export function groupResults(query: string, found: ReadonlyMap<GroupKind, readonly FuseResult<SearchRecord>[]>, limit: number): SearchResults {
  const groups: ResultGroup[] = GROUPS.map((kind) => {
    const hits = found.get(kind) ?? [];
    return { kind, hits: hits.slice(0, limit).map((r) => ({ record: r.item, score: r.score ?? 1 })), more: hits.length > limit };
  });
  return { query, groups, total: groups.reduce((n, g) => n + g.hits.length, 0) };
}

/** The folded query, its words, and whether the last is still being typed; null when too short to search. */
export function parseQuery(query: string): { folded: string; tokens: string[]; lastIsPrefix: boolean } | null {
  const folded = fold(query).slice(0, MAX_QUERY_LENGTH).trim();
  const tokens = queryTokens(folded);
  if (folded.length < MIN_QUERY_LENGTH || tokens.length === 0) return null;
  // A space after the last word says it is finished: no word is then read as a prefix. So does a word
  // too short to look up typed after it ("I have been a": "been" is not "benefit").
  const lastWord = folded.slice(folded.lastIndexOf(" ") + 1);
  return { folded, tokens, lastIsPrefix: !/\s$/.test(query) && lastWord === tokens[tokens.length - 1] };
}

export class SearchEngine {
  private readonly groups: Group[];
  readonly recordCount: number;

  constructor(data: SearchIndexData) {
    this.groups = GROUPS.map((kind) => {
      const serialised = data.indexes[kind] as unknown as { keys: unknown[]; records: IndexRecord[] };
      return {
        kind,
        docs: data.records[kind] as SearchRecord[],
        keys: serialised.keys,
        records: serialised.records,
        words: new WordIndex(serialised.records.map(valuesOf)),
      };
    });
    this.recordCount = this.groups.reduce((n, g) => n + g.docs.length, 0);
  }

  /** Fuse over the candidate records only, reusing their precomputed index entries. */
  private searchGroup(group: Group, folded: string, tokens: string[], limit: number, lastIsPrefix = true) {
    const { positions, complete } = group.words.rank(tokens, Math.max(MAX_CANDIDATES, limit + 1), tokens.length > 1 ? folded : null, lastIsPrefix);
    if (positions.length === 0) return [];
    const opts = fuseOptions(group.kind);
    const subset = Fuse.parseIndex<SearchRecord>(
      { keys: group.keys, records: positions.map((p) => group.records[p]) } as never,
      { getFn: foldedGetFn, fieldNormWeight: opts.fieldNormWeight },
    ) as FuseIndex<SearchRecord>;
    const completeRefs = positions.slice(0, complete).map((p) => (group.records[p] as IndexRecord).i);
    return scoreCandidates(group.kind, group.docs, subset, folded, tokens, limit, completeRefs);
  }

  search(query: string, { limit = DEFAULT_GROUP_LIMIT }: SearchOptions = {}): SearchResults {
    const parsed = parseQuery(query);
    if (!parsed) return emptyResults(query);
    const found = new Map(this.groups.map((group) => [group.kind, this.searchGroup(group, parsed.folded, parsed.tokens, limit, parsed.lastIsPrefix)]));
    return groupResults(query, found, limit);
  }
}
