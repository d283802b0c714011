// The thing a bare figure counts: "7,229 people", "25 enterprises",
// "500 laid-off workers", "1,000 unemployed". Without a part-of-speech tagger
// the noun is recognised by form: a lower-case plural (or a known irregular
// plural), after at most MAX_MODIFIERS adjective-like words.
import type { Token } from "./tokens.ts";

/** Adjective-like words allowed between a figure and its noun ("500 laid-off workers"). */
export const MAX_MODIFIERS = 2;

/** Plurals not ending in -s, and nominal adjectives used as plurals ("1,000 unemployed"). */
const IRREGULAR_PLURALS = new Set([
  "people", "staff", "personnel", "children", "men", "women", "police", "cattle", "sheep", "livestock",
  "youth", "unemployed", "homeless", "wounded", "dead", "injured", "displaced", "elderly", "poor",
  "militia", "clergy", "infantry", "aircraft", "geese", "mice", "teeth", "feet",
]);
/** Words ending in -s that are not plural nouns. */
const NOT_NOUNS = new Set([
  "is", "was", "has", "does", "this", "his", "its", "as", "us", "yes", "thus", "plus", "less", "across",
  "unless", "whereas", "perhaps", "always", "sometimes", "besides", "towards", "afterwards", "nevertheless",
  "times", "bus", "gas", "news", "per", "series", "themselves", "ourselves", "yourselves", "various",
  "previous", "serious", "numerous", "famous", "anonymous", "enormous", "dangerous", "religious", "tens",
  "hundreds", "thousands", "millions", "billions", "dozens", "scores", "others", "ones", "plus",
]);
const MODIFIERS = new Set([
  "new", "more", "other", "former", "local", "foreign", "small", "large", "major", "young", "old", "full-time",
  "part-time", "private", "state", "additional", "extra", "further", "big", "top", "senior", "junior",
  "ethnic", "rural", "urban", "native", "retired", "armed", "male", "female", "illegal", "registered",
]);

const isLowerWord = (t: Token | undefined): t is Token => !!t && t.kind === "word" && /^[a-z]/.test(t.text);
const isPluralNoun = (t: Token): boolean =>
  isLowerWord(t) &&
  !NOT_NOUNS.has(t.lower) &&
  (IRREGULAR_PLURALS.has(t.lower) || (/[^s'’u]s$/.test(t.lower) && !/(?:ous|ss|is)$/.test(t.lower)));
const isModifier = (t: Token | undefined): boolean =>
  !!t &&
  t.kind === "word" &&
  (MODIFIERS.has(t.lower) || /^[a-z]+-[a-z-]+$/.test(t.text) || /(?:ed|ing|al|ian|ese|ish|ic|ful)$/.test(t.lower) || /^[A-Z][a-z]+$/.test(t.text));

/** The counted noun at token i (after modifiers), lower-cased, and the index of its last token. */
export function countNounAt(tokens: readonly Token[], i: number): { noun: string; last: number } | null {
  for (let k = 0; k <= MAX_MODIFIERS; k++) {
    const t = tokens[i + k];
    if (!t || t.kind !== "word") break;
    if (isPluralNoun(t)) return { noun: t.lower, last: i + k };
    if (!isModifier(t)) break;
  }
  // A nominal adjective closing the phrase: "more than 1,000 unemployed."
  const t = tokens[i];
  if (t && IRREGULAR_PLURALS.has(t.lower)) return { noun: t.lower, last: i };
  return null;
}
