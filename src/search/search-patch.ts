/**
 * The search emitter's files of an archive made from those of the last
 * build, when only the words of a few bulletins changed (emit-structure.ts):
 * the same records in the same places, but the quotes of those bulletins
 * with other text. What that text is in (emit.ts):
 * - the quote's record, in its chunk, and so its chunk folder's name
 *   (shards.ts: a folder is named by its chunks' hash), in the manifest;
 * - the word shards of every word the quote had or has: its records' lists
 *   (`df` and positions), and the order words are listed in (first seen);
 *   a shard may also split or join again (`splitShards`), each of its
 *   keys' files renamed, in the manifest;
 * - the pages of the quote's speaker and of the places it covers (their
 *   quote lists, and the later pieces of those lists, named by content).
 * Everything else is kept as it was. When a list cannot be made exactly (a
 * common word lists only its first records, `COMMON_POSTINGS_KEPT`, and one
 * of them left it) the patch gives up, and the emitter runs in full.
 */
import type { Bulletin } from "../parser/model/index.ts";
import { HASHED_DATA_DIR } from "../site-generator/data-paths.ts";
import { contentHash, linesHash } from "./content-hash.ts";
import { personFile, placeFile } from "./data-paths.ts";
import type { EmittedFile } from "./emit-cache.ts";
import { archivePersonId, archivePlaceId, type QuoteRef } from "./entities.ts";
import type { PagePiece, PersonPageData, PlacePageData, RedirectData } from "./page-data.ts";
import { buildRecords, GROUPS, type GroupKind, type SearchRecord } from "./records.ts";
import {
  chunkFile,
  CHUNKS_PER_FOLDER,
  COMMON_POSTINGS_KEPT,
  foldedValues,
  HASHED_DIR,
  MANIFEST_FILE,
  SHARD_PREFIX_LENGTH,
  splitShards,
  undelta,
  type ShardContent,
  type ShardEntry,
  type ShardManifest,
} from "./shards.ts";
import { COMMON_WORD_SHARE } from "./word-index.ts";

/** The kept files cannot be patched into exactly what the emitter would make. */
class CannotPatch extends Error {}

/** A file's text, or CannotPatch when the kept files lack it. */
function sourceOf(files: ReadonlyMap<string, string>, fileName: string): string {
  const source = files.get(fileName);
  if (source === undefined) throw new CannotPatch(`${fileName} is not kept`);
  return source;
}

/**
 * The search emitter's files of `bulletins` from `kept`, those it made of
 * the same archive before the words of the bulletins `changed` changed; null
 * when they cannot be made so.
 */
export function patchSearchFiles(kept: readonly EmittedFile[], bulletins: readonly Bulletin[], changed: ReadonlySet<string>): EmittedFile[] | null {
  // By name, the last of a name winning, as the build writes them (runEmitters).
  const files = new Map(kept.map((f) => [f.fileName, f.source]));
  try {
    patchRecords(files, bulletins, changed);
    patchPages(files, bulletins, changed);
  } catch (error) {
    if (error instanceof CannotPatch) return null;
    throw error;
  }
  return [...files].map(([fileName, source]) => ({ fileName, source }));
}

/** A group's records, read from its kept chunks, and the ones this patch changes. */
class GroupRecords {
  private readonly parsed = new Map<number, SearchRecord[]>();
  private readonly changedAt = new Map<number, SearchRecord>();
  private readonly wordRanks = new Map<number, Map<string, number>>();

  constructor(
    private readonly files: ReadonlyMap<string, string>,
    private readonly kind: GroupKind,
    private readonly folders: readonly string[],
    private readonly chunkSize: number,
  ) {}

  /** The record at `position` as it was kept. */
  before(position: number): SearchRecord {
    const n = Math.floor(position / this.chunkSize);
    let chunk = this.parsed.get(n);
    if (!chunk) this.parsed.set(n, (chunk = JSON.parse(sourceOf(this.files, chunkFile(this.folders, n))) as SearchRecord[]));
    const record = chunk[position % this.chunkSize];
    if (!record) throw new CannotPatch(`no ${this.kind} record ${position}`);
    return record;
  }

  now(position: number): SearchRecord {
    return this.changedAt.get(position) ?? this.before(position);
  }

  set(position: number, record: SearchRecord): void {
    this.changedAt.set(position, record);
    this.wordRanks.delete(position);
  }

  changedChunks(): Set<number> {
    return new Set([...this.changedAt.keys()].map((p) => Math.floor(p / this.chunkSize)));
  }

  /** Chunk `n`'s text with this patch's records. */
  chunkSource(n: number): string {
    const first = n * this.chunkSize;
    const kept = JSON.parse(sourceOf(this.files, chunkFile(this.folders, n))) as SearchRecord[];
    return JSON.stringify(kept.map((record, i) => this.changedAt.get(first + i) ?? record));
  }

  /** Whether the record at `position`, as patched, holds `word`. */
  holds(position: number, word: string): boolean {
    return this.ranks(position, false).has(word);
  }

  changedPositions(): number[] {
    return [...this.changedAt.keys()].sort((a, b) => a - b);
  }

  /**
   * Where `word` first appears among the record's words (values in order,
   * each word by word), as the word index numbers them (word-index.ts):
   * words first seen in one record are listed in this order.
   */
  rank(position: number, word: string, before: boolean): number {
    const rank = this.ranks(position, before).get(word);
    if (rank === undefined) throw new CannotPatch(`${word} is not in ${this.kind} record ${position}`);
    return rank;
  }

  private ranks(position: number, before: boolean): Map<string, number> {
    const record = before ? this.before(position) : this.now(position);
    const cacheable = before || !this.changedAt.has(position);
    let ranks = cacheable ? this.wordRanks.get(position) : undefined;
    if (!ranks) {
      ranks = new Map(recordWords(this.kind, record).map((w, i) => [w, i]));
      if (cacheable) this.wordRanks.set(position, ranks);
    }
    return ranks;
  }
}

/** A record's distinct words, in the order the word index first sees them. */
export function recordWords(kind: GroupKind, record: SearchRecord): string[] {
  const words = new Set<string>();
  for (const value of foldedValues(kind, record)) for (const word of value.split(" ")) if (word) words.add(word);
  return [...words];
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

function patchRecords(files: Map<string, string>, bulletins: readonly Bulletin[], changed: ReadonlySet<string>): void {
  const manifest = JSON.parse(sourceOf(files, MANIFEST_FILE)) as ShardManifest;
  const records = new Map(GROUPS.map((kind) => [kind, new GroupRecords(files, kind, manifest.groups[kind].folders, manifest.chunkSize)]));
  const quotes = records.get("quote") as GroupRecords;
  // Each changed record's words before and after, by position.
  const edits: Array<{ position: number; before: string[]; after: string[] }> = [];
  let position = 0;
  for (const b of bulletins) {
    if (changed.has(b.id)) {
      for (const record of buildRecords([b], [], []).quote) {
        const before = quotes.before(position);
        if (before.id !== record.id) throw new CannotPatch(`quote ${position} is ${before.id}, not ${record.id}`);
        if (JSON.stringify(before) !== JSON.stringify(record)) {
          quotes.set(position, record);
          edits.push({ position, before: recordWords("quote", before), after: recordWords("quote", record) });
        }
        position++;
      }
    } else for (const a of b.articles) position += a.quotes.length;
  }
  if (position !== manifest.groups.quote.count) throw new CannotPatch("not the archive the files were made of");
  if (edits.length === 0) return;

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
    const asKept = splitShards(new Map([[prefix, content(true)]]));
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
    const made = splitShards(new Map([[prefix, patched]]));
    for (const key of made.split) newSplit.add(key);
    for (const [key, c] of made.shards) {
      const source = JSON.stringify(c);
      const fileName = shardFileName(source);
      shards[key] = fileName;
      files.set(fileName, source);
    }
  }
  // The chunks, and every chunk of a changed chunk's folder (renamed with it); last, as the records above are read from the kept chunks.
  const folders = [...manifest.groups.quote.folders];
  const chunkCount = Math.ceil(manifest.groups.quote.count / manifest.chunkSize);
  const changedChunks = quotes.changedChunks();
  for (const folder of new Set([...changedChunks].map((n) => Math.floor(n / CHUNKS_PER_FOLDER)))) {
    const first = folder * CHUNKS_PER_FOLDER;
    const last = Math.min(chunkCount, first + CHUNKS_PER_FOLDER);
    const sources: string[] = [];
    for (let n = first; n < last; n++) sources.push(changedChunks.has(n) ? quotes.chunkSource(n) : sourceOf(files, chunkFile(folders, n)));
    const renamed = [...folders];
    renamed[folder] = `${HASHED_DIR}/quote-${linesHash(sources)}`;
    for (let n = first; n < last; n++) {
      files.delete(chunkFile(folders, n));
      files.set(chunkFile(renamed, n), sources[n - first] as string);
    }
    folders[folder] = renamed[folder] as string;
  }
  manifest.groups.quote.folders = folders;

  const sorted: Record<string, string> = {};
  for (const key of Object.keys(shards).sort()) sorted[key] = shards[key] as string;
  const named = new Set(Object.values(sorted));
  for (const fileName of Object.values(manifest.shards)) if (!named.has(fileName)) files.delete(fileName);
  manifest.shards = sorted;
  manifest.split = [...newSplit].sort();
  files.set(MANIFEST_FILE, JSON.stringify(manifest));
}

/** The folder of place pages (data-paths.ts). */
const PLACE_PAGES = placeFile("").replace(/\.json$/, "");

/** Each changed bulletin's quotes' text, by `<article slug>#<quote id>`, as its page references hold it. */
function quoteTexts(b: Bulletin): Map<string, string> {
  const texts = new Map<string, string>();
  for (const a of b.articles) {
    for (const q of a.quotes) {
      const key = `${a.slug}#${q.id}`;
      // Two quotes of one id (two articles of one slug) with other words: which one a page lists is the merge's business.
      if (texts.has(key) && texts.get(key) !== q.text) throw new CannotPatch(`two quotes ${b.id}/${key}`);
      texts.set(key, q.text);
    }
  }
  return texts;
}

/**
 * The pages of the people and places of the changed bulletins: those alone
 * list the bulletins' quotes (a person's quotes are those it speaks, a
 * place's those covering its mentions), under an id of theirs, or
 * redirected from it.
 */
function patchPages(files: Map<string, string>, bulletins: readonly Bulletin[], changed: ReadonlySet<string>): void {
  const texts = new Map<string, Map<string, string>>();
  const pages = new Set<string>();
  const pageOf = (fileName: string, file: (id: string) => string) => {
    const source = files.get(fileName);
    if (source === undefined) return;
    const data = JSON.parse(source) as PersonPageData | PlacePageData | RedirectData;
    pages.add(data.kind === "redirect" ? file(data.to) : fileName);
  };
  for (const b of bulletins) {
    if (!changed.has(b.id)) continue;
    texts.set(b.id, quoteTexts(b));
    for (const p of b.people) pageOf(personFile(archivePersonId(b.id, p)), personFile);
    for (const p of b.places) pageOf(placeFile(archivePlaceId(p)), placeFile);
  }
  const patchList = (list: QuoteRef[]): boolean => {
    let patched = false;
    for (const r of list) {
      const text = texts.get(r.bulletinId)?.get(`${r.articleSlug}#${r.quoteId}`);
      if (text !== undefined && text !== r.text) {
        r.text = text;
        patched = true;
      }
    }
    return patched;
  };
  const replacedPieces = new Set<string>();
  for (const fileName of pages) {
    const source = files.get(fileName);
    if (source === undefined) continue;
    const data = JSON.parse(source) as PersonPageData | PlacePageData | RedirectData;
    if (data.kind === "redirect") continue;
    const entity = data.kind === "person" ? data.person : data.place;
    let patched = patchList(entity.quotes);
    entity.more.quotes = entity.more.quotes.map((pieceFile) => {
      const piece = JSON.parse(sourceOf(files, pieceFile)) as PagePiece<QuoteRef>;
      if (!patchList(piece.items)) return pieceFile;
      patched = true;
      const pieceSource = JSON.stringify(piece);
      const renamed = `${HASHED_DATA_DIR}/${data.kind}-${contentHash(pieceSource)}.json`;
      files.set(renamed, pieceSource);
      replacedPieces.add(pieceFile);
      return renamed;
    });
    if (patched) files.set(fileName, JSON.stringify(data));
  }
  if (replacedPieces.size === 0) return;
  // A piece is named by its content, and a quote may be listed by several places: two places listing the
  // same quotes share a piece, kept while another page names it. (A person's quotes are its own.)
  for (const [fileName, source] of files) {
    if (!fileName.startsWith(PLACE_PAGES)) continue;
    for (const piece of replacedPieces) if (source.includes(piece)) replacedPieces.delete(piece);
    if (replacedPieces.size === 0) return;
  }
  for (const piece of replacedPieces) files.delete(piece);
}
