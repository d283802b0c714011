// A change from one figure to another ("the price rose from 18 to 30
// dollars", "staff was cut from 5,000 to 3,200 people") reports two figures,
// the old and the new, not a range. Reports of prices and headcounts in the
// bulletins write it this way; "ranging from 10 to 15" stays a range.

/** Verbs of change that a `from X to Y` follows. */
const CHANGE_VERBS = new Set(
  [
    "rise", "rises", "rose", "risen", "rising", "fall", "falls", "fell", "fallen", "falling",
    "increase", "increases", "increased", "increasing", "decrease", "decreases", "decreased", "decreasing",
    "drop", "drops", "dropped", "dropping", "grow", "grows", "grew", "grown", "growing",
    "climb", "climbs", "climbed", "jump", "jumped", "soar", "soared", "leap", "leapt", "leaped",
    "decline", "declines", "declined", "shrink", "shrank", "shrunk", "plunge", "plunged", "slump", "slumped",
    "cut", "cuts", "reduce", "reduced", "reducing", "raise", "raises", "raised", "raising", "lower", "lowered",
    "double", "doubled", "halve", "halved", "went", "gone", "go", "goes", "come", "came", "changed", "moved",
  ],
);

/** `rose sharply from`, `had gone up from`, `was cut last year from`: words allowed between verb and `from`. */
export const MAX_CHANGE_VERB_GAP = 3;

/**
 * Does the `from` at token index `fromIndex` follow a verb of change in the
 * same clause? Punctuation ends the search: "…, from 10 to 15" is a range.
 */
export function isChangeFrom(lower: readonly string[], fromIndex: number): boolean {
  if (lower[fromIndex] !== "from") return false;
  for (let k = fromIndex - 1; k >= 0 && k >= fromIndex - 1 - MAX_CHANGE_VERB_GAP; k--) {
    const w = lower[k]!;
    if (!/^[a-z]/.test(w)) return false;
    if (CHANGE_VERBS.has(w)) return true;
  }
  return false;
}
