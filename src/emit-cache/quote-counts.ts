/**
 * Each article's number of quotes, without reading its quotes when the build
 * already knows them. The search index's patch numbers every record across
 * the archive, so it counts the quotes of every bulletin before the changed
 * ones; a rebuild holds an unchanged bulletin as its summary
 * (src/site-generator/cache/lazy-bulletin.ts), whose quotes are read from disk
 * on first touch, and counting them that way read the whole archive back.
 * Such a bulletin says its counts here, from what the summary index kept.
 */
import type { Bulletin } from "../parser/model/index.ts";

/** By bulletin object: its counts while they are known without reading its quotes, else undefined. */
const known = new WeakMap<Bulletin, () => readonly number[] | undefined>();

/** `counts()` gives `b`'s articles' quote counts while they can be had without reading them (undefined once not). */
export function knowQuoteCounts(b: Bulletin, counts: () => readonly number[] | undefined): void {
  known.set(b, counts);
}

/** Each of `b`'s articles' number of quotes. */
export function quoteCounts(b: Bulletin): number[] {
  const counts = known.get(b)?.();
  if (counts && counts.length === b.articles.length) return [...counts];
  return b.articles.map((a) => a.quotes.length);
}
