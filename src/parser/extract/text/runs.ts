// Runs of capitalised words in a paragraph: the candidates both the people and
// the places passes start from.

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface CapitalisedRun {
  readonly tokens: readonly Token[];
  readonly start: number;
  readonly end: number;
  /** The run begins a sentence, so its first word may be capitalised only for that reason. */
  readonly sentenceInitial: boolean;
  /** The last word carried a possessive 's (stripped from the token). */
  readonly possessive: boolean;
}

// A capitalised word: hyphenated parts and inner apostrophes allowed (Ust-Kamenogorsk, O'Brien, McLeod, Nazarov-Aliyev).
// A `?` stands for a letter a wrong encoding lost (see LOST_LETTER): inside the word ("Ma?mudov"), or as its
// lost capital before lowercase letters ("?rdasher").
const LOST = String.raw`\?(?=\p{L})(?!(?:[sStTdDmM]|ll|LL|re|RE|ve|VE)(?![\p{L}\p{M}]))`;
const WORD = new RegExp(
  String.raw`(?:\p{Lu}|\?(?=\p{Ll}{2}))(?:[\p{L}\p{M}]|${LOST})*(?:['’][\p{L}]+)*(?:-(?:\p{L}|\?(?=\p{Ll}))(?:[\p{L}\p{M}]|${LOST})*(?:['’][\p{L}]+)*)*`,
  "uy",
);
/**
 * A `?` in a word of letters stands for a letter lost to a wrong encoding ("?rdasher", "Ma?mudov"); a `?`
 * before a lone s or t at the word's end was an apostrophe ("Kazakstan?s", "don?t").
 */
export const LOST_LETTER = "?";

function isSentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s"“‘'(\[>–—-]/.test(text[i] ?? "")) i--;
  if (i < 0) return true;
  return /[.!?:;]/.test(text[i] ?? "");
}

// The same word pattern, anywhere not right after a letter or digit.
const WORD_ANYWHERE = new RegExp(`(?<![\\p{L}\\p{N}])${WORD.source}`, "gu");

export function capitalisedTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD_ANYWHERE)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * The country count, the people pass and the places pass all walk the same
 * paragraphs' runs: computed once per paragraph text (bounded memo, cleared when
 * full). Callers only read the runs.
 */
const runsMemo = new Map<string, readonly CapitalisedRun[]>();
/** Paragraphs remembered before the memo starts over: several bulletins' worth. */
const MAX_RUNS_MEMO = 4_000;

export function capitalisedRuns(text: string): readonly CapitalisedRun[] {
  let runs = runsMemo.get(text);
  if (runs === undefined) {
    runs = findRuns(text);
    if (runsMemo.size >= MAX_RUNS_MEMO) runsMemo.clear();
    runsMemo.set(text, runs);
  }
  return runs;
}

/** A token ending in a possessive 's or ’s (a WORD never ends in a bare apostrophe). */
function isPossessive(t: string): boolean {
  const n = t.length;
  if (n < 3 || t.charCodeAt(n - 1) !== 115 /* s */) return false;
  const q = t.charCodeAt(n - 2);
  return q === 39 /* ' */ || q === 0x2019 /* ’ */;
}

function findRuns(text: string): CapitalisedRun[] {
  const runs: CapitalisedRun[] = [];
  let current: Token[] = [];
  let possessive = false;
  const flush = () => {
    if (current.length) {
      const first = current[0]!;
      runs.push({
        tokens: current,
        start: first.start,
        end: current[current.length - 1]!.end,
        sentenceInitial: isSentenceStart(text, first.start),
        possessive,
      });
    }
    current = [];
    possessive = false;
  };
  for (const raw of capitalisedTokens(text)) {
    let tok = raw;
    const poss = isPossessive(tok.text);
    if (poss) tok = { text: tok.text.slice(0, -2), start: tok.start, end: tok.end - 2 };
    const last = current[current.length - 1];
    // one plain space between the words (a line break was unwrapped to one)
    if (last && !(raw.start === last.end + 1 && text.charCodeAt(last.end) === 32)) flush();
    current.push(tok);
    if (poss) {
      possessive = true;
      flush();
    }
  }
  flush();
  return runs;
}

/** Up to `n` lowercase-or-any words right before `at`, nearest last. */
export function wordsBefore(text: string, at: number, n: number): string[] {
  const head = text.slice(Math.max(0, at - 80), at);
  const ws = head.match(/[\p{L}\p{N}'’.-]+/gu) ?? [];
  return ws.slice(-n);
}

/** The text right after `at` up to `len` characters. */
export function textAfter(text: string, at: number, len = 60): string {
  return text.slice(at, at + len);
}
