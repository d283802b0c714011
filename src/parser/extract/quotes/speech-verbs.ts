// Verbs that attribute speech. Direct quotations take the narrow set; reported
// speech ("Analysts believe …") also takes verbs of opinion.

const SAY = [
  "said", "says", "say", "saying", "told", "tells", "tell", "telling", "added", "adds", "adding",
  "explained", "explains", "explaining", "asked", "asks", "asking", "noted", "notes", "noting",
  "stated", "states", "declared", "declares", "insisted", "insists", "insisting", "warned", "warns", "warning",
  "claimed", "claims", "claiming", "argued", "argues", "arguing", "continued", "continues", "recalled", "recalls",
  "complained", "complains", "admitted", "admits", "replied", "replies", "answered", "answers", "responded",
  "remarked", "commented", "comments", "agreed", "agrees", "concluded", "concludes", "observed", "acknowledged",
  "suggested", "suggests", "stressed", "stresses", "emphasised", "emphasized", "emphasises", "emphasizes",
  "pointed out", "points out", "pointing out", "went on", "goes on", "urged", "urges", "announced", "confirmed",
  "confirms", "wrote", "writes", "lamented", "laments", "sighed", "exclaimed", "shouted", "cried", "predicted",
  "predicts", "maintained", "maintains", "countered", "joked", "recounted", "reflected", "pleaded", "denied", "denies",
  "alleged", "alleges", "reported", "reports", "assured", "promised", "revealed", "conceded", "boasted",
];
const OPINION = [
  "believe", "believes", "believed", "think", "thinks", "thought", "feel", "feels", "felt", "fear", "fears", "feared",
  "expect", "expects", "expected", "doubt", "doubts", "hope", "hopes", "worry", "worries", "worried",
  "expressed concern", "are convinced", "is convinced", "was convinced", "were convinced",
];

/**
 * Verbs that put words in the subject's mouth only together with an object:
 * "accused Belgrade of “…”", "described the campaign as “…”", "called the
 * plan “…”". Without an object they are participles naming a thing ("a party
 * called “…”", "the man accused of “…”"), so they count only before a quote.
 */
const CLAIM = [
  "accused", "accuses", "accusing", "described", "describes", "describing", "called", "calls", "calling",
  "dismissed", "dismisses", "dismissing", "branded", "brands", "labelled", "labeled", "labels", "termed", "terms",
  "condemned", "condemns", "denounced", "denounces", "praised", "praises", "criticised", "criticized", "criticises",
  "criticizes", "blamed", "blames", "characterised", "characterized",
];

const alternation = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+")).join("|");

/** Global regex over direct-speech verbs; the verb is group 1. */
export const SAY_VERB_RE = new RegExp(`\\b(${alternation(SAY)})\\b`, "g");
/** Global regex over reporting verbs (speech and opinion). */
export const REPORT_VERB_RE = new RegExp(`\\b(${alternation([...SAY, ...OPINION])})\\b`, "g");
/** Global regex over claim verbs (see CLAIM); "so-called" is not one. */
export const CLAIM_VERB_RE = new RegExp(`(?<![-\\w])(${alternation(CLAIM)})\\b`, "g");
/** A direct-speech verb at the start of a string (after optional space). */
export const LEADING_SAY_VERB_RE = new RegExp(`^\\s*(${alternation(SAY)})\\b`);

/** All matches of a global regex in text[from, to), as [start, end, verb]. */
export function verbMatches(re: RegExp, text: string, from: number, to: number): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  const slice = text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) out.push([from + m.index, from + m.index + m[0].length, m[0]]);
  return out;
}

/** "told IWPR", "told reporters": the person told is part of the cue. */
export function toldObjectLength(text: string, verbEnd: number): number {
  const m = /^\s+(?:[A-Z][A-Za-z.&-]*(?:\s+[A-Z][A-Za-z.&-]*){0,3}|reporters|journalists|me|us|him|her|them|the\s+\w+)(?=[\s,.;:])/.exec(text.slice(verbEnd, verbEnd + 60));
  return m ? m[0].length : 0;
}
