/**
 * The word shards of the search index (shards.ts) patched after the words
 * of a few quote records changed (search-patch.ts): every shard a changed
 * record's words are in, before or after, is read back whole (a split
 * shard from its parts), its quote lists patched, its words put back in the
 * order the word index lists them (first seen), and split again as the
 * emitter splits. A common word lists only its first records
 * (COMMON_POSTINGS_KEPT): an edit among them is made good from the records.
 */
import type { PatchFiles } from "../emit-cache/kept-files.ts";
import { contentHash } from "./content-hash.ts";
import { CannotPatch, sourceOf, type GroupRecords } from "./patch-records.ts";
import { GROUPS, type GroupKind } from "./records.ts";
import { COMMON_POSTINGS_KEPT, HASHED_DIR, SHARD_PREFIX_LENGTH, splitShards, undelta, type ShardContent, type ShardEntry, type ShardManifest } from "./shards.ts";
import { COMMON_WORD_SHARE } from "./word-index.ts";

/** A changed quote record's words before the edit and after. */
export interface RecordEdit {
  position: number;
  before: string[];
  after: string[];
}

/** A word's records as a shard lists them: all of them, or the first few of a common word's. */
interface Postings {
  df: number;
  positions: number[];
  /** A common word's list of its first records only, which an edit changed: made again from the records (`firstHolding`). */
  cut?: boolean;
}

/** Where `position` is in the ascending `list`, or where it would go. */
function indexIn(list: readonly number[], position: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as number) < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `position` no longer holds the word. */
function removePosting(p: Postings, position: number): void {
  if (p.positions.length === p.df) {
    const at = indexIn(p.positions, position);
    if (p.positions[at] !== position) throw new CannotPatch(`record ${position} is not listed`);
    p.positions.splice(at, 1);
  } else p.cut = true;
  p.df--;
}

/** `position` now holds the word. */
function addPosting(p: Postings, position: number): void {
  if (p.positions.length === p.df) {
    const at = indexIn(p.positions, position);
    if (p.positions[at] === position) throw new CannotPatch(`record ${position} is listed already`);
    p.positions.splice(at, 0, position);
  } else p.cut = true;
  p.df++;
}

/**
 * The first `count` records holding `word` once the edits are made, for a
 * common word whose kept list (`listed`, its first records before) an edit
 * changed: those listed still holding it and the changed records before
 * the last listed one, then the records past it, one by one. A common word
 * is in one record of twenty at least (COMMON_WORD_SHARE): a few to read.
 */
function firstHolding(records: GroupRecords, word: string, listed: readonly number[], count: number, recordCount: number): number[] {
  const last = listed.at(-1) ?? -1;
  const candidates = new Set(listed);
  for (const p of records.changedPositions()) if (p <= last) candidates.add(p);
  const out = [...candidates].sort((a, b) => a - b).filter((p) => records.holds(p, word));
  for (let p = last + 1; out.length < count && p < recordCount; p++) if (records.holds(p, word)) out.push(p);
  if (out.length < count) throw new CannotPatch(`${word}: ${out.length} records, not ${count}`);
  return out.slice(0, count);
}

const deltas = (positions: readonly number[]) => positions.map((p, i) => (i === 0 ? p : p - (positions[i - 1] as number)));

const shardFileName = (source: string) => `${HASHED_DIR}/w-${contentHash(source)}.json`;

/** Patches the shards `edits` touch in `files`, and their names and split keys in `manifest` (written by the caller). */
export function patchShards(
  files: PatchFiles,
  manifest: ShardManifest,
  records: ReadonlyMap<GroupKind, GroupRecords>,
  edits: readonly RecordEdit[],
  splitBytes: number,
): void {
  const quotes = records.get("quote") as GroupRecords;
  // Every shard a changed record's words are in, before or after: its lists, or its words' order.
  const prefixes = new Set<string>();
  for (const e of edits) for (const w of [...e.before, ...e.after]) if (w.length >= SHARD_PREFIX_LENGTH) prefixes.add(w.slice(0, SHARD_PREFIX_LENGTH));
  const split = new Set(manifest.split);
  const keysUnder = new Map<string, string[]>();
  for (const key of Object.keys(manifest.shards)) {
    const prefix = key.slice(0, SHARD_PREFIX_LENGTH);
    let list = keysUnder.get(prefix);
    if (!list) keysUnder.set(prefix, (list = []));
    list.push(key);
  }
  const shards = { ...manifest.shards };
  const newSplit = new Set([...split].filter((k) => !prefixes.has(k.slice(0, SHARD_PREFIX_LENGTH))));
  const commonAbove = COMMON_WORD_SHARE * manifest.groups.quote.count;
  for (const prefix of prefixes) {
    const oldKeys = keysUnder.get(prefix) ?? [];
    // Each group's words of this prefix, whole, from the shard and the parts it was split into.
    const words = new Map<GroupKind, Map<string, Postings>>(GROUPS.map((kind) => [kind, new Map()]));
    for (const key of oldKeys) {
      const shardFile = manifest.shards[key];
      if (shardFile === undefined) throw new CannotPatch(`no shard ${key}`);
      const content = JSON.parse(sourceOf(files, shardFile)) as ShardContent;
      for (const kind of GROUPS) {
        for (const [word, df, d] of content[kind] ?? []) {
          // A split shard's longer words, cut short, are whole in its parts.
          if (split.has(key) && word.length > key.length) continue;
          words.get(kind)!.set(word, { df, positions: undelta(d) });
        }
      }
    }
    const content = (before: boolean): ShardContent => {
      const out: ShardContent = {};
      for (const kind of GROUPS) {
        const group = records.get(kind) as GroupRecords;
        const entries = [...words.get(kind)!]
          .map(([word, p]) => ({ word, p, first: p.positions[0] as number }))
          .map((e) => ({ ...e, rank: group.rank(e.first, e.word, before) }))
          .sort((x, y) => x.first - y.first || x.rank - y.rank)
          .map(({ word, p }): ShardEntry => [word, p.df, deltas(p.positions)]);
        if (entries.length > 0) out[kind] = entries;
      }
      return out;
    };
    // The kept files must come out of the words as read: else this reading is not the emitter's.
    const asKept = splitShards(new Map([[prefix, content(true)]]), splitBytes);
    const keptSplit = [...split].filter((k) => k.startsWith(prefix)).sort();
    if (
      asKept.shards.size !== oldKeys.length ||
      [...asKept.split].sort().join() !== keptSplit.join() ||
      [...asKept.shards].some(([key, c]) => shardFileName(JSON.stringify(c)) !== manifest.shards[key])
    ) {
      throw new CannotPatch(`shard ${prefix} is not as kept`);
    }
    const quoteWords = words.get("quote")!;
    for (const e of edits) {
      const before = new Set(e.before);
      const after = new Set(e.after);
      for (const w of e.before) {
        if (after.has(w) || w.slice(0, SHARD_PREFIX_LENGTH) !== prefix || w.length < SHARD_PREFIX_LENGTH) continue;
        const p = quoteWords.get(w);
        if (!p) throw new CannotPatch(`${w} is not listed`);
        removePosting(p, e.position);
        if (p.df === 0) quoteWords.delete(w);
      }
      for (const w of e.after) {
        if (before.has(w) || w.slice(0, SHARD_PREFIX_LENGTH) !== prefix || w.length < SHARD_PREFIX_LENGTH) continue;
        let p = quoteWords.get(w);
        if (!p) quoteWords.set(w, (p = { df: 0, positions: [] }));
        addPosting(p, e.position);
      }
    }
    for (const [word, p] of quoteWords) {
      // A word no longer common would list all its records: most of the archive's to read again.
      if (p.df <= commonAbove && (p.cut || p.positions.length !== p.df)) throw new CannotPatch(`${word} is common no more`);
      if (p.cut) p.positions = firstHolding(quotes, word, p.positions, Math.min(COMMON_POSTINGS_KEPT, p.df), manifest.groups.quote.count);
      else if (p.df > commonAbove) p.positions = p.positions.slice(0, COMMON_POSTINGS_KEPT);
    }
    for (const key of oldKeys) delete shards[key];
    const patched = content(false);
    if (Object.keys(patched).length === 0) continue;
    const made = splitShards(new Map([[prefix, patched]]), splitBytes);
    for (const key of made.split) newSplit.add(key);
    for (const [key, c] of made.shards) {
      const source = JSON.stringify(c);
      const fileName = shardFileName(source);
      shards[key] = fileName;
      files.set(fileName, source);
    }
  }
  const sorted: Record<string, string> = {};
  for (const key of Object.keys(shards).sort()) sorted[key] = shards[key] as string;
  const named = new Set(Object.values(sorted));
  for (const fileName of Object.values(manifest.shards)) if (!named.has(fileName)) files.delete(fileName);
  manifest.shards = sorted;
  manifest.split = [...newSplit].sort();
}

