// Finds the speaker a quotation's own sentence names, in the order a reader
// looks: after the quote (`,” said X.` / `,” X said.` / `,” he said.` /
// `,” said a packing worker who …`), then before it (`X said, “…` /
// `According to X, “…` / `X told IWPR, “…` / `… and asks, “…` /
// `The authorities, he says, should “…` / `X accused Belgrade of “…`).
import type { QuoteSpan } from "./marks.ts";
import { CLAIM_VERB_RE, LEADING_SAY_VERB_RE, SAY_VERB_RE, toldObjectLength, verbMatches } from "./speech-verbs.ts";
import { isSourceDescription, type Resolved, type SpeakerContext } from "./speakers.ts";

/** `,” the local police chief said`: a subject between quote and verb has at most this many words. */
export const MAX_AFTER_SUBJECT_WORDS = 8;
/** A subject before `said, “` longer than this is a clause, not a speaker. */
export const MAX_BEFORE_SUBJECT_CHARS = 140;

/** `accused Belgrade of “…`: the object between a claim verb and its quote runs to this many words. */
export const MAX_CLAIM_OBJECT_WORDS = 8;
/** `was accused of “…`: a passive claim verb's subject is the one accused, not the speaker. */
const PASSIVE_BEFORE_RE = /\b(?:was|were|is|are|be|been|being|get|gets|got)\s+(?:\w+ly\s+)?$/i;

/** Words that may follow a claimed quote and end its phrase: `as “creeping annexation” and said …`. */
const WORDS_AFTER_CLAIMED_QUOTE = new Set([
  "and", "but", "or", "in", "on", "at", "by", "for", "to", "from", "with", "after", "before", "during", "while",
  "because", "since", "which", "that", "when", "saying", "adding", "the", "a", "an", "last", "this", "earlier", "yesterday",
]);

/**
 * The claim verb that governs a quote (`X accused Belgrade of “…”`, `X
 * described the campaign as “…”`, `X called the plan “…”`), as [start, end,
 * verb]: it needs an object between it and the quote, and an active subject.
 * Exists for partial quotes in news reports, which are the subject's words.
 */
function claimVerbBefore(text: string, from: number, q: QuoteSpan): [number, number, string] | null {
  const quoteOpen = q.open;
  // `described the outage as “technical” problems`: a term qualifying the noun after it is a scare quote.
  const next = q.close < 0 ? null : /^\s*([a-z]+)/.exec(text.slice(q.close + 1))?.[1];
  if (next && !WORDS_AFTER_CLAIMED_QUOTE.has(next)) return null;
  const last = verbMatches(CLAIM_VERB_RE, text, from, quoteOpen).at(-1);
  if (!last) return null;
  const [vs, ve] = last;
  if (PASSIVE_BEFORE_RE.test(text.slice(from, vs))) return null;
  const between = text.slice(ve, quoteOpen);
  if (/[.;:!?"“”«»]/.test(between)) return null;
  const object = between.replace(/\b(?:of|as|as being|for|that)\s*,?\s*$/i, "").trim();
  const words = object.split(/\s+/).filter(Boolean).length;
  return words >= 1 && words <= MAX_CLAIM_OBJECT_WORDS ? last : null;
}

const SUBORDINATE_START_RE = /^(?:when|if|after|before|although|though|as|since|while|because|in|on|at|from|during|despite|with|for|once|until|unlike|like|speaking)\b/i;

export interface OwnAttribution extends Resolved {
  /** Where the attribution was found, for the continuation rule. */
  readonly where: "after" | "before";
}

/** Attribution in the words after the closing mark, up to the sentence end or the next quote. */
export function attributionAfter(p: number, text: string, q: QuoteSpan, afterEnd: number, ctx: SpeakerContext): OwnAttribution | null {
  if (q.close < 0) return null;
  const from = q.close + 1;
  const after = text.slice(from, afterEnd);
  const lead = /^\s*[,;:–—-]?\s*/.exec(after)![0].length;
  const rest = after.slice(lead);
  const at = from + lead;

  // `,” said X …` (also `,” added X`, `,” told IWPR X` is not English and not handled)
  const inv = LEADING_SAY_VERB_RE.exec(rest);
  if (inv) {
    let npStart = at + inv[0].length;
    if (/^(?:told|tells)$/.test(inv[1]!)) npStart += toldObjectLength(text, npStart);
    const stop = /[,.;:!?]/.exec(text.slice(npStart, afterEnd));
    const npEnd = stop ? npStart + stop.index : afterEnd;
    if (text.slice(npStart, npEnd).trim()) {
      const who = ctx.interpret(p, npStart, npEnd);
      if (who) return { ...who, where: "after" };
    }
  }
  // `,” X said.` / `,” he said.` / `,” a local trader said.`
  const verbs = verbMatches(SAY_VERB_RE, text, at, afterEnd);
  const first = verbs[0];
  if (first) {
    const subject = text.slice(at, first[0]).trim();
    const words = subject.split(/\s+/).filter(Boolean).length;
    if (words > 0 && words <= MAX_AFTER_SUBJECT_WORDS && !/[.;:!?]/.test(subject)) {
      const who = ctx.interpret(p, at, first[0]);
      if (who) return { ...who, where: "after" };
    }
  }
  // `?” she` at the end of a paragraph whose last line (with the verb) was dropped.
  const bare = /^(he|she|they)\s*$/i.exec(rest);
  if (bare && afterEnd >= text.trimEnd().length) {
    const who = ctx.resolvePronoun(bare[1]!.toLowerCase(), p, at);
    if (who) return { ...who, where: "after" };
  }
  return null;
}

/** Attribution in the words of the same sentence before the opening mark. */
export function attributionBefore(p: number, text: string, q: QuoteSpan, beforeStart: number, ctx: SpeakerContext): OwnAttribution | "verb-without-subject" | null {
  const before = text.slice(beforeStart, q.open);
  const according = /\b[Aa]ccording to\s+([^,]{2,80}?),?\s*$/.exec(before);
  if (according) {
    const npStart = beforeStart + according.index + according[0].indexOf(according[1]!, 12);
    const who = ctx.interpret(p, npStart, npStart + according[1]!.length);
    if (who) return { ...who, where: "before" };
  }
  const verbs = verbMatches(SAY_VERB_RE, text, beforeStart, q.open);
  const claim = verbs.length ? null : claimVerbBefore(text, beforeStart, q);
  const last = verbs.at(-1) ?? claim;
  if (!last) return null;
  const [vs, ve, verb] = last;

  // `Said Aydar, “…` / `asked a young mother: “…`
  let tail = ve;
  if (/^(?:told|tells|telling)$/.test(verb)) tail += toldObjectLength(text, ve);
  const inverted = /^\s+([A-Za-z][^,:]*?)\s*[,:]\s*$/.exec(text.slice(tail, q.open));
  if (inverted && !claim && tail === ve && /^[A-Z]/.test(inverted[1]!) && !/^(?:IWPR|reporters)$/.test(inverted[1]!)) {
    const npStart = tail + inverted[0].indexOf(inverted[1]!);
    const who = ctx.interpret(p, npStart, npStart + inverted[1]!.length);
    if (who) return { ...who, where: "before" };
  }

  const subject = text.slice(beforeStart, vs);
  // `In the current economic downturn, he said, “…` / `The authorities, he says, should “…`
  const pronoun = /\b(he|she|they)\s+(?:\w+ly\s+|also\s+|then\s+|later\s+)?$/i.exec(subject);
  if (pronoun) {
    const who = ctx.resolvePronoun(pronoun[1]!.toLowerCase(), p, beforeStart + pronoun.index);
    if (who) return { ...who, where: "before" };
  }
  const mentions = ctx.mentionsBetween(p, beforeStart, vs);
  if (mentions[0]) return { speaker: ctx.personSpeaker(mentions[0].personId), attribution: "explicit", where: "before" };
  // `She thinks … and asks, “…`
  const opening = /^\s*(he|she|they)\b/i.exec(subject);
  if (opening) {
    const who = ctx.resolvePronoun(opening[1]!.toLowerCase(), p, beforeStart + opening.index);
    if (who) return { ...who, where: "before" };
  }
  const trimmed = subject.trim();
  if (!trimmed) return "verb-without-subject";
  if (trimmed.length > MAX_BEFORE_SUBJECT_CHARS) return null;
  let s = beforeStart + (subject.length - subject.trimStart().length);
  if (SUBORDINATE_START_RE.test(trimmed)) {
    const comma = subject.lastIndexOf(",");
    if (comma < 0) return null;
    s = beforeStart + comma + 1;
  }
  const desc = text.slice(s, vs);
  if (/^[\s,]*(?:and|but|adding|saying)?[\s,]*$/i.test(desc)) return "verb-without-subject";
  // `Another defence source, speaking on condition of anonymity, said, “…`
  if (!isSourceDescription(desc) && !/^\s*[A-Z]/.test(desc)) return null;
  const who = ctx.interpret(p, s, vs);
  return who ? { ...who, where: "before" } : null;
}
