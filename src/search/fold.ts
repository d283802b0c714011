/**
 * Search folding: one function turns any text (a name, a quote, a typed
 * query) into a canonical form, so that spellings a reader would call "the
 * same" compare equal. The SAME function is applied to the index at build time
 * and to the query at search time; highlighting folds the displayed text again
 * and maps matches back through the position map kept here.
 *
 * Folded text is lowercase ASCII-ish letters and digits separated by single
 * spaces. Every folded character remembers the span of the original text it
 * came from, so `[a, b)` in folded text is `[starts[a], ends[b - 1])` in the
 * original.
 */

export interface Folded {
  readonly text: string;
  /** starts[i]: index in the original of the first code unit folded char i came from. */
  readonly starts: readonly number[];
  /** ends[i]: index in the original just past the last code unit folded char i came from. */
  readonly ends: readonly number[];
}

/** Letters NFD does not decompose into base + mark. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  ı: "i",
  đ: "d",
  ð: "d",
  þ: "th",
  // Kazakh Latin schwa (Ərlan, Әлия): Russian-based spellings use "a".
  ə: "a",
};

/**
 * Cyrillic letters typed by a reader searching in Russian or Kazakh, spelled
 * the way English-language bulletins romanise them (before the variant rules
 * below make kh/h, zh/j etc. agree anyway).
 */
const CYRILLIC: Readonly<Record<string, string>> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y",
  к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f",
  х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
  // Kazakh additions
  ә: "a", ғ: "g", қ: "k", ң: "n", ө: "o", ұ: "u", ү: "u", һ: "h", і: "i",
};

/** Apostrophes vanish (O'Brien = OBrien = O’Brien; Nazarbaev's keeps its "s"). */
const APOSTROPHES = new Set(["'", "’", "‘", "`", "´", "ʼ", "ʻ", "′", "ʹ"]);

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const COMBINING_MARK = /\p{M}/gu;

const IS_MARK = /^\p{M}+$/u;

/**
 * Each character's folding, once worked out: folding a character takes two
 * regular expressions, a lower-casing and a decomposition, and text repeats
 * its characters (building the search index at 1,000 bulletins folded
 * millions of characters, a few hundred distinct ones). Bounded, for text in
 * many scripts.
 */
const charFolds = new Map<string, string | null>();
const CHAR_FOLDS_LIMIT = 10_000;

function foldChar(ch: string): string | null {
  const known = charFolds.get(ch);
  if (known !== undefined) return known;
  const folded = foldCharUncached(ch);
  if (charFolds.size >= CHAR_FOLDS_LIMIT) charFolds.clear();
  charFolds.set(ch, folded);
  return folded;
}

function foldCharUncached(ch: string): string | null {
  // A combining accent typed or stored apart from its letter (NFD text) vanishes like a precomposed one.
  if (APOSTROPHES.has(ch) || IS_MARK.test(ch)) return "";
  if (!LETTER_OR_DIGIT.test(ch)) return null; // a separator
  const lower = ch.toLowerCase();
  const cyr = CYRILLIC[lower];
  if (cyr !== undefined) return cyr;
  const base = lower.normalize("NFD").replace(COMBINING_MARK, "");
  // Some characters decompose to an apostrophe-like one (Greek numeral sign U+0374 → prime U+02B9):
  // fold them as that character, or folding twice would differ from folding once.
  if (APOSTROPHES.has(base)) return "";
  // Accented Cyrillic (ѐ, ӣ) decomposes to a Cyrillic base letter.
  return CYRILLIC[base] ?? LETTER_FOLDS[base] ?? base;
}

interface Builder {
  chars: string[];
  starts: number[];
  ends: number[];
}

/** Case, diacritics, apostrophes, punctuation → one space between words. */
function foldCharacters(input: string): Builder {
  const out: Builder = { chars: [], starts: [], ends: [] };
  let pendingSpace = false;
  for (let i = 0; i < input.length; ) {
    const cp = input.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const folded = foldChar(input.slice(i, i + width));
    if (folded === null) {
      pendingSpace = out.chars.length > 0;
    } else if (folded.length > 0) {
      if (pendingSpace) {
        out.chars.push(" ");
        out.starts.push(i);
        out.ends.push(i);
        pendingSpace = false;
      }
      for (const c of folded) {
        out.chars.push(c);
        out.starts.push(i);
        out.ends.push(i + width);
      }
    }
    i += width;
  }
  return out;
}

type Rule = readonly [RegExp, string];

/**
 * Romanisation variants of Russian and Central Asian names, as they occur
 * across the bulletins (IWPR's house style against wire and official spellings).
 * Order matters: each rule sees the output of the ones before it.
 */
const VARIANT_RULES: readonly Rule[] = [
  // Qazaqstan / Kazakstan: Kazakh Latin q for Қ.
  [/q/g, "k"],
  // Dzhambul / Djambul / Jambyl, Zhanna / Janna: Ж and Дж as zh, dzh, dj or j.
  [/dzh|dj|zh/g, "j"],
  // Kazakhstan / Kazakstan, Kazakh / Kazak: IWPR drops the h of a kh that closes a syllable
  // (after a vowel, before a consonant or the word's end).
  [/(?<=[aeiou])kh(?=[^aeiouy]|$)/g, "k"],
  // Khvylko / Hvylko, Mukhamed / Muhamed: Х as kh or h.
  [/kh/g, "h"],
  // Talghar / Talgar, Gh for Ғ.
  [/gh/g, "g"],
  // Nazarbayev / Nazarbaev, Aliyev / Aliev, Tokayeva / Tokaeva: the y of a "ye" after a vowel.
  [/([aeiou])y(?=e)/g, "$1"],
  // Aydar / Aidar, Pervomaysky / Pervomaisky: y as the second half of a diphthong.
  [/([aeiou])y(?![aeiou])/g, "$1i"],
  // Pervomaysky / Pervomayskiy / Pervomaiskii, Dostoevskij: -y, -iy, -ii, -ij endings.
  [/(?:ii|iy|ij|yi|y)(?= |$)/g, "i"],
  // Ussuriysk / Usuriisk, Mukhametrakhimova / Muhammetrahimova: doubled letters.
  [/([a-z])\1+/g, "$1"],
];

const MAX_RULE_PASSES = 4;

/** Apply one rule, carrying the position map through the replacement. */
function rewrite(b: Builder, [pattern, replacement]: Rule): Builder {
  const text = b.chars.join("");
  pattern.lastIndex = 0;
  const out: Builder = { chars: [], starts: [], ends: [] };
  let last = 0;
  let m: RegExpExecArray | null;
  const copy = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      out.chars.push(b.chars[i] as string);
      out.starts.push(b.starts[i] as number);
      out.ends.push(b.ends[i] as number);
    }
  };
  while ((m = pattern.exec(text)) !== null) {
    const start = m.index;
    const len = m[0].length;
    copy(last, start);
    const replaced = replacement.replace(/\$(\d)/g, (_, d: string) => m?.[Number(d)] ?? "");
    for (let j = 0; j < replaced.length; j++) {
      const srcFirst = start + Math.min(j, len - 1);
      const srcLast = j === replaced.length - 1 ? start + len - 1 : srcFirst;
      out.chars.push(replaced[j] as string);
      out.starts.push(b.starts[srcFirst] as number);
      out.ends.push(b.ends[srcLast] as number);
    }
    last = start + len;
    if (len === 0) pattern.lastIndex++;
  }
  copy(last, text.length);
  return out;
}

/** Fold text, keeping where each folded character came from. */
export function foldWithMap(input: string): Folded {
  let b = foldCharacters(input);
  // One rule's output can enable an earlier one (ayy → aiy → ai): repeat to a fixed
  // point, so that folding folded text changes nothing.
  for (let pass = 0; pass < MAX_RULE_PASSES; pass++) {
    const before = b.chars.join("");
    for (const rule of VARIANT_RULES) b = rewrite(b, rule);
    if (b.chars.join("") === before) break;
  }
  return { text: b.chars.join(""), starts: b.starts, ends: b.ends };
}

const foldCache = new Map<string, string>();
const FOLD_CACHE_LIMIT = 5000;

/** The same folding without the position map: several times faster, for building the index. */
function foldFast(input: string): string {
  let chars = "";
  let pendingSpace = false;
  for (const ch of input) {
    const folded = foldChar(ch);
    if (folded === null) pendingSpace = chars.length > 0;
    else if (folded.length > 0) {
      if (pendingSpace) chars += " ";
      pendingSpace = false;
      chars += folded;
    }
  }
  for (let pass = 0; pass < MAX_RULE_PASSES; pass++) {
    const before = chars;
    for (const [pattern, replacement] of VARIANT_RULES) chars = chars.replace(pattern, replacement);
    if (chars === before) break;
  }
  return chars;
}

/** Fold text for comparison (index keys, queries). */
export function fold(input: string): string {
  const cached = foldCache.get(input);
  if (cached !== undefined) return cached;
  const out = foldFast(input);
  // Short strings (names, queries) repeat; long quote text does not.
  if (input.length < 80) {
    if (foldCache.size >= FOLD_CACHE_LIMIT) foldCache.clear();
    foldCache.set(input, out);
  }
  return out;
}

/** Map a range of folded text back to the original text. */
export function toOriginalRange(f: Folded, start: number, end: number): [number, number] {
  const a = f.starts[start];
  const b = f.ends[end - 1];
  if (a === undefined || b === undefined || end <= start) throw new RangeError(`no folded range ${start}-${end}`);
  return [a, b];
}
