/**
 * What the search patch (search-patch.ts) reads of the kept search files:
 * a group's records from its chunks, each as kept and as patched, and the
 * words the word index finds in one. A patch that finds the files not as it
 * expects gives up (`CannotPatch`): the emitter then runs in full.
 */
import type { PatchFiles } from "../emit-cache/kept-files.ts";
import type { GroupKind, SearchRecord } from "./records.ts";
import { bucketAt, bucketStarts, chunkAt, chunkFileIn, foldedValues, type GroupLayout } from "./shards.ts";

/** The kept files cannot be patched into exactly what the emitter would make. */
export class CannotPatch extends Error {}

/** A file's text, or CannotPatch when the kept files lack it. */
export function sourceOf(files: PatchFiles, fileName: string): string {
  const source = files.get(fileName);
  if (source === undefined) throw new CannotPatch(`${fileName} is not kept`);
  return source;
}

/** A group's records, read from its kept chunks, and the ones this patch changes. */
export class GroupRecords {
  private readonly parsed = new Map<string, SearchRecord[]>();
  private readonly changedAt = new Map<number, SearchRecord>();
  private readonly wordRanks = new Map<number, Map<string, number>>();

  constructor(
    private readonly files: PatchFiles,
    private readonly kind: GroupKind,
    private readonly group: GroupLayout,
    private readonly chunkSize: number,
  ) {}

  private chunk(file: string): SearchRecord[] {
    let chunk = this.parsed.get(file);
    if (!chunk) this.parsed.set(file, (chunk = JSON.parse(sourceOf(this.files, file)) as SearchRecord[]));
    return chunk;
  }

  /** The record at `position` as it was kept. */
  before(position: number): SearchRecord {
    const { file, index } = chunkAt(this.group, position, this.chunkSize);
    const record = this.chunk(file)[index];
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

  /** The buckets holding a record this patch changed. */
  changedBuckets(): Set<number> {
    return new Set([...this.changedAt.keys()].map((p) => bucketAt(this.group.sizes, p).bucket));
  }

  /** The texts of bucket `bucket`'s chunks, in order, with this patch's records. */
  bucketChunks(bucket: number): string[] {
    const start = bucketStarts(this.group.sizes)[bucket] as number;
    const chunks = Math.ceil((this.group.sizes[bucket] as number) / this.chunkSize);
    const sources: string[] = [];
    for (let n = 0; n < chunks; n++) {
      const first = start + n * this.chunkSize;
      const kept = this.chunk(chunkFileIn(this.group.folders[bucket] as string, n));
      sources.push(JSON.stringify(kept.map((record, i) => this.changedAt.get(first + i) ?? record)));
    }
    return sources;
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
