// Reads a number at a token: digits ("7,229", "1.5") or English number words
// ("Two hundred and thirty-four", "one billion"), with a scale word after it
// ("10 billion", "$5m"). A hand-written reader rather than compromise: it is a
// few dozen lines, runs in microseconds, and never turns "thousands" or
// "a few" into numbers (toolchain.md measured both faults in compromise,
// and its ~0.3 s per 16 kB would sink the 1 MB/s throughput goal).
import type { Token } from "./tokens.ts";

// Maps, not object literals: every token is looked up, and `word in {…}` both interns each
// new string (slow) and finds Object.prototype's keys ("constructor" read as a number).
const table = (o: Record<string, number>): ReadonlyMap<string, number> => new Map(Object.entries(o));
const SMALL = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
});
const TENS = table({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
/** Scale words that multiply what comes before them. */
export const SCALES = table({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
});
/** Abbreviated scales written after digits: "$5bn", "10m dollars", "2.5 mln". */
const SCALE_ABBREVIATIONS = table({ bn: 1e9, mn: 1e6, mln: 1e6, m: 1e6, k: 1e3 });

export interface ParsedNumber {
  readonly value: number;
  /** Index of the token after the number (scale words included). */
  readonly next: number;
  readonly spelled: boolean;
  /** A scale word was part of it ("billion", "hundred", "bn"). */
  readonly scaled: boolean;
}

/**
 * Every number starts at a token of digits or at a number word ("seven", "thirty-four", "a million"): a text
 * with neither holds none. The word is looked for as a token finds it, between ASCII letters (tokens.ts).
 */
const NUMBER_WORD_RE = new RegExp(`(?<![A-Za-z])(?:${[...SMALL.keys(), ...TENS.keys(), ...SCALES.keys()].join("|")})(?![A-Za-z])`, "i");

/** Whether `text` may hold a number: a digit or a number word somewhere (may say yes wrongly, never no). */
export function mayHoldNumber(text: string): boolean {
  return /\d/.test(text) || NUMBER_WORD_RE.test(text);
}

/** The value of one number word ("thirty-four" → 34, "seven" → 7), or null. */
export function numberWordValue(word: string): number | null {
  const w = word.toLowerCase();
  const v = SMALL.get(w) ?? TENS.get(w);
  if (v !== undefined) return v;
  const dash = w.indexOf("-");
  if (dash > 0) {
    const tens = TENS.get(w.slice(0, dash));
    const unit = SMALL.get(w.slice(dash + 1));
    if (tens !== undefined && unit !== undefined && unit > 0 && unit < 10) return tens + unit;
  }
  return null;
}

export function isNumberWord(word: string): boolean {
  return numberWordValue(word) !== null || SCALES.has(word.toLowerCase());
}

export function parseNumberAt(tokens: readonly Token[], i: number): ParsedNumber | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === "num") return parseDigits(tokens, i);
  if (t.kind === "word") return parseWords(tokens, i);
  return null;
}

function parseDigits(tokens: readonly Token[], i: number): ParsedNumber {
  const t = tokens[i]!;
  let value = Number(t.text.replace(/,/g, ""));
  let next = i + 1;
  let scaled = false;
  const after = tokens[next];
  if (after && after.kind === "word") {
    const glued = after.start === t.end;
    const scale = SCALES.get(after.lower);
    const abbreviation = SCALE_ABBREVIATIONS.get(after.lower);
    if (scale !== undefined && !glued) {
      value *= scale;
      next++;
      scaled = true;
      // "1.5 million" may go on: "two hundred thousand" is rare after digits; stop here.
    } else if (abbreviation !== undefined && (glued || after.lower === "bn" || after.lower === "mln")) {
      value *= abbreviation;
      next++;
      scaled = true;
    }
  }
  return { value, next, spelled: false, scaled };
}

function parseWords(tokens: readonly Token[], i: number): ParsedNumber | null {
  let total = 0;
  let current = 0;
  let consumed = 0;
  let scaled = false;
  let j = i;
  let last: "small" | "tens" | "scale" | null = null;
  let lastGood = -1;
  let lastValue = 0;
  for (; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.kind !== "word") break;
    const w = t.lower;
    const v = numberWordValue(w);
    if (v !== null) {
      // "twenty one" is one number; "two three" is not.
      const isTens = TENS.has(w);
      if (last === "small" || (last === "tens" && (isTens || v >= 10))) break;
      current += v;
      last = isTens ? "tens" : "small";
    } else if (w === "hundred" && (last === "small" || last === "tens")) {
      current *= 100;
      last = "scale";
      scaled = true;
    } else if (SCALES.has(w) && w !== "hundred" && last !== null) {
      total += current * SCALES.get(w)!;
      current = 0;
      last = "scale";
      scaled = true;
    } else if (w === "a" && last === null && tokens[j + 1]?.lower !== undefined && SCALES.has(tokens[j + 1]!.lower)) {
      // "a million dollars", "a hundred people"
      current = 1;
      last = "small";
      scaled = true;
    } else if (w === "and" && last === "scale" && tokens[j + 1] && numberWordValue(tokens[j + 1]!.lower) !== null) {
      continue;
    } else {
      break;
    }
    consumed++;
    lastGood = j;
    lastValue = total + current;
  }
  if (consumed === 0 || lastGood < 0) return null;
  // A lone "a" is not a number.
  if (consumed === 1 && tokens[i]!.lower === "a") return null;
  return { value: lastValue, next: lastGood + 1, spelled: true, scaled };
}
