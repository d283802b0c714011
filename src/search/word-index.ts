/**
 * A candidate filter in front of Fuse. Fuse scans every record with the bitap
 * algorithm, about 8 µs per long text: 40,000 quotes take a third of a second
 * per keystroke, far over the 16 ms a keystroke may cost. This index finds, in
 * well under a millisecond, the records that contain a word close to each query
 * word (prefix, or a few edits away); Fuse then scores only those.
 *
 * Built at load time from the folded values stored in the serialised Fuse
 * index, so nothing here is shipped twice.
 */

/** Records handed to Fuse per group; the prefilter's ranking decides who gets in. */
export const MAX_CANDIDATES = 64;

/** A query word found in more than this share of a group's records does not choose candidates (see `selective`). */
export const COMMON_WORD_SHARE = 0.05;

/** Edits allowed between a query word and an indexed word, by query word length. */
export function allowedEdits(length: number): number {
  if (length >= 8) return 2;
  if (length >= 4) return 1;
  return 0;
}

function gramsOf(padded: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

/**
 * Trigrams one edit can destroy: a changed, added or dropped letter sits in
 * three; two swapped letters ("Kovac" typed "Koavc") sit in four.
 */
const GRAMS_PER_EDIT = 4;

/**
 * Edits needed to turn `q` into some prefix of `w` (so "nazar" is 0 edits from
 * "nazarbaev": a reader still typing), or into all of `w` with `wholeWord`. Levenshtein with a free tail, where two
 * swapped neighbours count as one edit (the commonest slip of a typist);
 * returns `limit + 1` as soon as the answer must exceed `limit`.
 */
export function prefixEditDistance(q: string, w: string, limit: number, wholeWord = false): number {
  const n = q.length;
  const m = w.length;
  let before = new Array<number>(m + 1);
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const qc = q.charCodeAt(i - 1);
      const wc = w.charCodeAt(j - 1);
      const cost = qc === wc ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && qc === w.charCodeAt(j - 2) && q.charCodeAt(i - 2) === wc) v = Math.min(v, (before[j - 2] as number) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [before, prev, cur] = [prev, cur, before];
  }
  if (wholeWord) return prev[m] as number;
  let best = Infinity;
  for (let j = 0; j <= m; j++) best = Math.min(best, prev[j] as number);
  return best;
}

export interface WordMatch {
  word: number;
  /** 0 exact … 1: the share of the query word that had to be edited. */
  distance: number;
}

/** One indexed word: the record positions holding it, ascending, and how many there are. */
export interface WordPostings {
  word: string;
  /** Positions of the records holding the word; may be empty for a word too common to list (see `df`). */
  positions: number[];
  /** How many records hold the word: `positions.length`, or more when the list was left out. */
  df: number;
}

export class WordIndex {
  private readonly words: string[] = [];
  private readonly wordIds = new Map<string, number>();
  /** Word id → positions (in the record list the index was built over), ascending. */
  private readonly postings: number[][] = [];
  /** Word id → records holding it (the postings' length unless the list was left out). */
  private readonly df: number[] = [];
  private readonly grams = new Map<string, number[]>();
  private sorted: number[] = [];
  private readonly recordCount: number;
  /** Folded strings per record position, for the phrase check; null when only postings are known. */
  private readonly texts: ReadonlyArray<readonly string[]> | null;

  /**
   * `texts[i]`: the folded strings of record position i. Or, for an index
   * that holds only some words (a query's shards), their postings and the
   * number of records of the whole group.
   */
  constructor(texts: ReadonlyArray<readonly string[]>);
  constructor(entries: readonly WordPostings[], recordCount: number);
  constructor(source: ReadonlyArray<readonly string[]> | readonly WordPostings[], recordCount?: number) {
    if (recordCount !== undefined) {
      this.recordCount = recordCount;
      this.texts = null;
      for (const e of source as readonly WordPostings[]) {
        if (this.wordIds.has(e.word)) continue;
        this.addWord(e.word);
        this.postings[this.postings.length - 1] = e.positions;
        this.df.push(e.df);
      }
    } else {
      const texts = source as ReadonlyArray<readonly string[]>;
      this.recordCount = texts.length;
      this.texts = texts;
      texts.forEach((values, pos) => {
        for (const value of values) {
          for (const word of value.split(" ")) {
            if (!word) continue;
            const id = this.wordIds.get(word) ?? this.addWord(word);
            const list = this.postings[id] as number[];
            if (list[list.length - 1] !== pos) list.push(pos);
          }
        }
      });
      for (const list of this.postings) this.df.push(list.length);
    }
    this.sorted = this.words.map((_, i) => i).sort((a, b) => ((this.words[a] as string) < (this.words[b] as string) ? -1 : 1));
  }

  private addWord(word: string): number {
    const id = this.words.length;
    this.words.push(word);
    this.wordIds.set(word, id);
    this.postings.push([]);
    for (const g of new Set(gramsOf(`^${word}$`))) {
      let list = this.grams.get(g);
      if (!list) this.grams.set(g, (list = []));
      list.push(id);
    }
    return id;
  }

  /** Every word with its postings, in the order first seen (for building shards). */
  entries(): WordPostings[] {
    return this.words.map((word, id) => ({ word, positions: this.postings[id] as number[], df: this.df[id] as number }));
  }

  get vocabularySize(): number {
    return this.words.length;
  }

  /** Words starting with `prefix`, from the sorted vocabulary. */
  private withPrefix(prefix: string): number[] {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.words[this.sorted[mid] as number] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < this.sorted.length; i++) {
      const id = this.sorted[i] as number;
      if (!(this.words[id] as string).startsWith(prefix)) break;
      out.push(id);
    }
    return out;
  }

  /**
   * Indexed words within the allowed edits of `token`, or extending it when
   * it is a `prefix`: only the word being typed may be unfinished. (Reading
   * every earlier word as a prefix too made "the" also "there", "these",
   * "they"…: thousands of quotes to rank for a phrase of common words.)
   */
  matchWord(token: string, prefix = true): WordMatch[] {
    const edits = allowedEdits(token.length);
    const found = new Map<number, number>();
    if (prefix) for (const id of this.withPrefix(token)) found.set(id, 0);
    else {
      const id = this.wordIds.get(token);
      if (id !== undefined) found.set(id, 0);
    }
    if (edits > 0) {
      // q-gram filter: each edit destroys at most GRAMS_PER_EDIT of the token's trigrams.
      const grams = [...new Set(gramsOf(`^${token}`))];
      const guaranteed = grams.length - GRAMS_PER_EDIT * edits;
      if (guaranteed < 1) {
        // The edits may leave no trigram in common ("lzaic" and "lazic" share none): every word of the
        // same first letter is measured too. (One of another first letter is left to the trigrams.)
        for (const id of this.withPrefix(token.slice(0, 1))) {
          if (found.has(id)) continue;
          const d = prefixEditDistance(token, this.words[id] as string, edits, !prefix);
          if (d <= edits) found.set(id, d);
        }
      }
      const need = Math.max(1, guaranteed);
      const shared = this.sharedScratch();
      const touched: number[] = [];
      for (const g of grams) {
        for (const id of this.grams.get(g) ?? []) {
          if (shared[id] === 0) touched.push(id);
          shared[id] = (shared[id] as number) + 1;
        }
      }
      for (const id of touched) {
        const count = shared[id] as number;
        shared[id] = 0;
        if (count < need || found.has(id)) continue;
        const d = prefixEditDistance(token, this.words[id] as string, edits, !prefix);
        if (d <= edits) found.set(id, d);
      }
    }
    return [...found].map(([word, d]) => ({ word, distance: d / token.length }));
  }

  private shared: Uint16Array | null = null;
  private sharedScratch(): Uint16Array {
    if (!this.shared) this.shared = new Uint16Array(this.words.length);
    return this.shared;
  }

  /** A token's matches as the postings `rankMatches` reads. */
  postingsOf(matches: readonly WordMatch[]): TokenPosting[] {
    return matches.map(({ word, distance }) => ({ positions: this.postings[word] as number[], df: this.df[word] as number, distance }));
  }

  /**
   * Record positions worth scoring for these query tokens, best first: records
   * matching more tokens first, then rarer and closer words.
   */
  candidates(tokens: readonly string[], max = MAX_CANDIDATES, phrase: string | null = null, lastIsPrefix = true): number[] {
    return this.rank(tokens, max, phrase, lastIsPrefix).positions;
  }

  /**
   * `candidates`, and how many of them (at the front) have a word close to
   * EVERY query token: those match the query even when Fuse's whole-string
   * score of a short name is too harsh on a typo.
   */
  rank(
    tokens: readonly string[],
    max = MAX_CANDIDATES,
    phrase: string | null = null,
    /** False once the reader has typed a space after the last word: it is finished too. */
    lastIsPrefix = true,
  ): { positions: number[]; complete: number } {
    const perToken = tokens.map((token, i) => this.postingsOf(this.matchWord(token, lastIsPrefix && i === tokens.length - 1)));
    const texts = this.texts;
    const hasPhrase = phrase !== null && texts !== null ? (pos: number) => (texts[pos] as readonly string[]).some((t) => t.includes(phrase)) : null;
    return rankMatches(perToken, this.recordCount, max, hasPhrase);
  }
}

/** One word a query token matched: the records holding it, how many there are, and how far the word is from the token. */
export interface TokenPosting {
  positions: readonly number[];
  df: number;
  /** 0 exact … 1: the share of the query word that had to be edited. */
  distance: number;
}

/**
 * The query words that choose the candidates: all of them, unless some are
 * so common in this group (in more than COMMON_WORD_SHARE of its records)
 * that they say next to nothing while others do. In "what the problem is",
 * "problem" picks the quotes; ranking every quote with "the" and "is" cost
 * most of a keystroke's time at 1,000 bulletins. The common words still
 * count where it matters: the phrase itself ranks first, and Fuse scores
 * the candidates on the whole query.
 */
function selective(perToken: readonly (readonly TokenPosting[])[], recordCount: number): number[] {
  const all = perToken.map((_, i) => i);
  const common = (m: readonly TokenPosting[]) => m.reduce((n, { df }) => n + df, 0) > COMMON_WORD_SHARE * recordCount;
  const rare = all.filter((i) => !common(perToken[i] as TokenPosting[]));
  return rare.length > 0 ? rare : all;
}

/**
 * A common word's list longer than this is not read to break ties
 * (`rankMatches`): the whole index lists every record holding "the", and
 * reading it cost most of a keystroke's time at 1,000 bulletins; a shard
 * keeps a few hundred (shards.ts, COMMON_POSTINGS_KEPT).
 */
const COMMON_TIEBREAK_POSITIONS = 1024;

/**
 * Scratch arrays indexed by record position, shared by every ranking: one
 * per group and per word index would hold megabytes each at 10,000 bulletins
 * (a Float64Array per 100,000 quotes is 800 kB), and ranking is synchronous,
 * so one set serves all.
 */
let scratch: { score: Float64Array; best: Float64Array; matched: Uint8Array } | null = null;
function scratchFor(size: number) {
  if (!scratch || scratch.score.length < size) scratch = { score: new Float64Array(size), best: new Float64Array(size), matched: new Uint8Array(size) };
  return scratch;
}

/**
 * Ranks records by the words each query token matched (`perToken[i]`: token
 * i's words, from one word index or several shards'); returns positions best
 * first and how many at the front match every token that chose. `hasPhrase`
 * ranks, among those, the records holding the typed phrase first.
 */
export function rankMatches(
  perToken: readonly (readonly TokenPosting[])[],
  recordCount: number,
  max = MAX_CANDIDATES,
  hasPhrase: ((pos: number) => boolean) | null = null,
): { positions: number[]; complete: number } {
  const { score, best, matched } = scratchFor(recordCount);
  const touched: number[] = [];
  const used = selective(perToken, recordCount);
  for (const i of used) {
    const bestTouched: number[] = [];
    for (const { positions, df, distance } of perToken[i] as TokenPosting[]) {
      // Rare words say more about a record than common ones.
      const s = Math.log(1 + recordCount / Math.max(1, df)) * (1 - distance);
      for (const pos of positions) {
        if (best[pos] === 0) bestTouched.push(pos);
        if ((best[pos] as number) < s) best[pos] = s;
      }
    }
    for (const pos of bestTouched) {
      if (matched[pos] === 0) touched.push(pos);
      matched[pos] = (matched[pos] as number) + 1;
      score[pos] = (score[pos] as number) + (best[pos] as number);
      best[pos] = 0;
    }
  }
  // A common word left out of the choosing still tells apart the records the others chose, when its list is
  // short: a shard lists only COMMON_POSTINGS_KEPT of its records. In "I have been a", "been" chooses and
  // "have" puts the records holding both first; without it, the first records with "been" alone were scored.
  // Not weighed by rarity: a common word being typed ("we") also matches rarer words it starts ("went"),
  // which would otherwise outrank the word itself.
  const choosing = new Set(used);
  perToken.forEach((matches, i) => {
    if (choosing.has(i)) return;
    // Only the records this word's lists hold are visited: not every record the others chose, per keystroke.
    const held: number[] = [];
    for (const { positions, distance } of matches) {
      if (positions.length > COMMON_TIEBREAK_POSITIONS) continue;
      const s = 1 - distance;
      for (const pos of positions) {
        if (matched[pos] === 0) continue;
        if (best[pos] === 0) held.push(pos);
        if ((best[pos] as number) < s) best[pos] = s;
      }
    }
    for (const pos of held) {
      score[pos] = (score[pos] as number) + (best[pos] as number);
      best[pos] = 0;
    }
  });
  // Group by the number of tokens matched, best group first, and sort only what fits.
  const byMatched: number[][] = Array.from({ length: used.length + 1 }, () => []);
  for (const pos of touched) (byMatched[matched[pos] as number] as number[]).push(pos);
  const out: number[] = [];
  let complete = 0;
  for (let m = used.length; m >= 1 && out.length < max; m--) {
    const bucket = byMatched[m] as number[];
    // Words from a quote ("we need is a") are common one by one; as a phrase they are not.
    const phraseRank = m === used.length && hasPhrase ? new Map(bucket.map((p) => [p, hasPhrase(p) ? 1 : 0])) : null;
    bucket.sort(
      (a, b) =>
        (phraseRank ? (phraseRank.get(b) as number) - (phraseRank.get(a) as number) : 0) ||
        (score[b] as number) - (score[a] as number) ||
        a - b,
    );
    for (const pos of bucket) {
      if (out.length >= max) break;
      out.push(pos);
    }
    if (m === used.length) complete = out.length;
  }
  for (const pos of touched) {
    score[pos] = 0;
    matched[pos] = 0;
  }
  return { positions: out, complete };
}
