/**
 * A bulletin held as its summary (dev/summary.ts) until something reads a
 * part the summary leaves out, and then read in full from the parse cache.
 *
 * Why: a rebuild at 10,000 bulletins after one of them changed read every
 * cached parse and JSON.parse'd it (12.6–13.8 s of the build's thread), and
 * then held 10,000 full bulletins, which cost seconds more in garbage
 * collection, though the data files of an unchanged bulletin are kept from
 * the last build and the emitters over the whole archive read little more
 * than the summaries. The build's read pass now holds each bulletin whose
 * summary the last build left (dev/summary-index.ts) as one of these.
 *
 * The parts left out are getters on the keys they have in a full bulletin,
 * enumerable and in the same order, so a lazy bulletin is a Bulletin to any
 * reader: `JSON.stringify`, a spread or `for…in` read it in full and give
 * what the full parse gives. The first touch of any of them, at the top or
 * in an article, reads the full parse once and puts its parts in place as
 * plain data properties.
 */
import path from "node:path";
import type { Article, Bulletin } from "../../parser/model/index.ts";
import { parseFile, type ParseFn } from "../bulletin-store.ts";
import { readCachedEntryByKey, type CacheLocation } from "../dev/cached-entry.ts";
import { SUMMARY_EMPTIES_ARTICLE, SUMMARY_EMPTIES_BULLETIN } from "../dev/summary.ts";
import { readSource } from "../read-source.ts";
import { knowQuoteCounts } from "../../emit-cache/quote-counts.ts";
import { contentKey } from "./parse-cache.ts";

/** Each lazy bulletin's summary, untouched (its own fields never load anything). */
const held = new WeakMap<Bulletin, Bulletin>();

/** The summary `b` was made from, if it is a lazy bulletin: what the summary index keeps of it, without reading it in full. */
export function summaryOfLazy(b: Bulletin): Bulletin | undefined {
  return held.get(b);
}

/**
 * A bulletin that is `summary` until one of the parts a summary empties is
 * read, and then `readFull()`'s (called once; if it throws, the next touch
 * tries again). `summary` itself is left as it is; `quoteCounts`, when
 * known, are its articles' (src/emit-cache/quote-counts.ts).
 */
export function lazyBulletin(summary: Bulletin, readFull: () => Bulletin, quoteCounts?: readonly number[]): Bulletin {
  const lazy: Bulletin = { ...summary, articles: summary.articles.map((a) => ({ ...a })) };
  let loaded = false;
  const load = (): void => {
    if (loaded) return;
    const full = readFull();
    if (full.id !== lazy.id || full.articles.length !== lazy.articles.length) {
      throw new Error(`${lazy.sourceFile ?? lazy.id}: its full parse is not the bulletin its summary was made from`);
    }
    loaded = true;
    for (const key of SUMMARY_EMPTIES_BULLETIN) settle(lazy, key, full[key]);
    lazy.articles.forEach((article, i) => {
      const fullArticle = full.articles[i] as Article;
      for (const key of SUMMARY_EMPTIES_ARTICLE) settle(article, key, fullArticle[key]);
    });
  };
  for (const key of SUMMARY_EMPTIES_BULLETIN) loadOnTouch(lazy, key, load);
  for (const article of lazy.articles) for (const key of SUMMARY_EMPTIES_ARTICLE) loadOnTouch(article, key, load);
  held.set(lazy, summary);
  if (quoteCounts) knowQuoteCounts(lazy, () => (loaded ? undefined : quoteCounts));
  return lazy;
}

/** `key` of `target` (a key it already has, so its place in the key order stays) loads, then reads or writes the loaded value. */
function loadOnTouch<T extends object>(target: T, key: keyof T & string, load: () => void): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get(): unknown {
      load();
      return target[key];
    },
    set(value: T[keyof T & string]) {
      load();
      target[key] = value;
    },
  });
}

function settle<T extends object, K extends keyof T & string>(target: T, key: K, value: T[K]): void {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}

/** Where a lazy bulletin's full parse is read from. */
export interface FullParseSource {
  /** Each article's number of quotes, as the summary index kept them. */
  quoteCounts?: readonly number[] | undefined;
  /** The parse cache. */
  cache: CacheLocation;
  /** The cache's key (contentKey) of the file name and text the summary was made from. */
  key: string;
  /** The bulletin's file (absolute). */
  file: string;
  /** The build's parse, for a cache that no longer holds the entry (its decoding warning added, as the store's). */
  parse: ParseFn;
  /** Told each time the bulletin is read in full. */
  onRead?: (() => void) | undefined;
}

/**
 * A lazy bulletin read in full from the parse cache's entry under `key`;
 * when that entry is gone or unreadable, from its file through `parse`,
 * unless the file's text is no longer the one the summary was made from
 * (then it throws, naming the file: the build's bulletins would be of two
 * texts).
 */
export function lazyFromCache(summary: Bulletin, { quoteCounts, cache, key, file, parse, onRead }: FullParseSource): Bulletin {
  return lazyBulletin(summary, () => {
    onRead?.();
    const cached = readCachedEntryByKey(cache, key);
    if (cached !== undefined) return cached as Bulletin;
    const name = path.basename(file);
    const source = readSource(file);
    if (!source.ok || contentKey(name, source.text) !== key) {
      throw new Error(`${name} changed during the build: its parse is no longer in the cache, and its text is not the one the build read`);
    }
    const result = parseFile(parse, name, source.text);
    if (!result.ok) throw new Error(`${name}: ${result.reason}`);
    return result.bulletin;
  }, quoteCounts);
}
