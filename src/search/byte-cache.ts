/**
 * A cache bounded by bytes, least recently used out first: the sharded search
 * keeps the shards and record chunks it fetched here, so that the next
 * keystroke finds them, without a long session of queries holding every file
 * it ever fetched (at 10,000 bulletins that grew the page's heap past 190 MB).
 *
 * A value's bytes are its caller's estimate (the sharded search passes the
 * length of the file's JSON text times a factor for what parsing and
 * indexing make of it). One value larger than the whole budget is still kept
 * until the next one comes in: the query that asked for it is using it.
 */
export class ByteCache<K, V> {
  private readonly entries = new Map<K, { value: V; bytes: number }>();
  private total = 0;

  constructor(readonly budget: number) {}

  /** The value, now the most recently used; undefined when absent. */
  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // A Map iterates in insertion order: re-inserting makes the entry the newest.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  set(key: K, value: V, bytes: number): void {
    const old = this.entries.get(key);
    if (old) {
      this.total -= old.bytes;
      this.entries.delete(key);
    }
    this.entries.set(key, { value, bytes });
    this.total += bytes;
    this.evict();
  }

  /** Counts `more` bytes for a value already held (a word index built over a shard after it came in). */
  grow(key: K, more: number): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    entry.bytes += more;
    this.total += more;
    this.evict();
  }

  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.entries.size;
  }

  keys(): K[] {
    return [...this.entries.keys()];
  }

  private evict(): void {
    for (const [key, entry] of this.entries) {
      if (this.total <= this.budget || this.entries.size <= 1) break;
      this.entries.delete(key);
      this.total -= entry.bytes;
    }
  }
}
