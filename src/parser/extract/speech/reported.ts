// Reported (indirect) speech: "Aydar said that they were not the only ones …",
// "Analysts believe …", "According to X, …", "…, analysts say". The span is
// the reported clause; the speaker a person, a pronoun resolved like a quote's,
// or the description as written ("Analysts", personId null). Precision over
// recall: sentences holding a direct quotation are left to the quote pass, and
// a subject must be a person or read like a source ("observers", "a worker").
import type { ReportedSpeech } from "../../model/index.ts";
import { REPORT_VERB_RE, toldObjectLength, verbMatches } from "../quotes/speech-verbs.ts";
import { isSourceDescription, type ParagraphInfo, type SpeakerContext } from "../quotes/speakers.ts";

/** A subject longer than this is a clause, not a speaker ("The plan, which … , said"). */
export const MAX_SUBJECT_CHARS = 110;
/** A named subject may carry a long apposition ("X, who heads …, an organisation uniting …, said"). */
export const MAX_APPOSITION_CHARS = 240;
/** A reported clause needs this many words to say something. */
export const MIN_CLAUSE_WORDS = 3;

const SUBORDINATE_START_RE = /^(?:when|if|after|before|although|though|as|since|while|because|in|on|at|from|during|despite|with|for|once|until|unlike|like)\b/i;
const AUXILIARY_RE = /\s+(?:have|has|had|is|are|was|were|will|would|can|could|may|might|must|should|also|have also|had also)\b.*$/i;

export type SpeechFound = Omit<ReportedSpeech, "id" | "paragraphId"> & { readonly para: number };

export function reportedSpeechIn(p: number, info: ParagraphInfo, ctx: SpeakerContext): SpeechFound[] {
  const out: SpeechFound[] = [];
  const { text, sentenceStarts } = info;
  for (let k = 0; k < sentenceStarts.length; k++) {
    const ss = sentenceStarts[k]!;
    const se = sentenceStarts[k + 1] ?? text.length;
    if (info.quoteRanges.some(([a, b]) => a < se && b > ss)) continue;
    const found = accordingTo(p, text, ss, se, ctx) ?? trailing(p, text, ss, se, ctx) ?? leading(p, text, ss, se, ctx);
    if (found) out.push(found);
  }
  return out;
}

function trimClause(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /[\s,:;]/.test(text[s]!)) s++;
  while (e > s && /[\s.,;:!?]/.test(text[e - 1]!)) e--;
  return [s, e];
}

/**
 * The person mention that is the subject of text[from, to): not the object of
 * a preposition ("an open letter to President X asking him …").
 */
function subjectMention(p: number, text: string, from: number, to: number, ctx: SpeakerContext): boolean {
  for (const m of ctx.mentionsBetween(p, from, to)) {
    if (/\b(?:to|by|with|from|of|for|at|on|in|against|about|and|than|like|under|after|before|meeting|met)\s+$/i.test(text.slice(Math.max(from, m.start - 12), m.start))) continue;
    return true;
  }
  return false;
}

/** Conjunctions that start a clause of their own inside what precedes a verb. */
const INNER_SUBORDINATE_RE = /\b(?:after|when|because|while|since|although|though|before|until|once|whereas)\s+/gi;

/** Offset in `subject` where the clause of its last inner conjunction starts its own subject, or 0. */
function lastSubordinateSubject(subject: string): number {
  let at = 0;
  for (const m of subject.matchAll(INNER_SUBORDINATE_RE)) if (m.index > 0) at = m.index + m[0].length;
  return at < subject.trimEnd().length ? at : 0;
}

/**
 * A verb with its object inside a subject makes it a clause ("the ministry handed the ambassador a note
 * saying …"): a word in -ed right before a determiner or pronoun, not after an auxiliary ("was handed the").
 */
const FINITE_VERB_RE = /(?<!\b(?:was|were|been|being|is|are|be|has|have|had|get|gets|got)\s+)\b[a-z]{3,}ed\s+(?:the|a|an|its|his|her|their|our|it|them|him|this|that|these|those)\b/;
/** Where a description's head phrase ends: a preposition, a relative word, a comma or a dash. */
const HEAD_END_RE = /\s*(?:[,;(–—]|\s(?:of|from|in|at|on|among|over|with|for|by|about|under|near|to|across|inside|within|between|against|who|whom|which|that|whose|after|before|during)\b)/;
/** Head phrases that only count ("Many of the workers", "A group of farmers" keeps "group"). */
const QUANTIFIER_HEAD_RE = /^(?:(?:a|an|the)\s+)?(?:many|most|some|several|one|two|three|few|a few|all|none|both|each|dozens|hundreds|thousands|number|handful|majority|minority|half|third|quarter|rest|more|others?)$/i;

/** Sentence adverbs and conjunctions before a subject: "Meanwhile, the authorities say", "But in X, farmers say". */
const LEADING_CONNECTIVE_RE = /^(?:(?:but|and|however|meanwhile|yet|still|also|moreover|instead|now|then|so|indeed|similarly|likewise|nonetheless|nevertheless|in turn|for (?:his|her|their) part),?\s+)+/i;

/**
 * Rule: a description speaks only when its head phrase names a source ("Observers in Bishkek", "A group of
 * farmers", "Many of the workers"), not when a source sits in a modifier of an abstract head ("the absence
 * of other groups", "Fear of losing their jobs means that workers"), and it holds no verb with an object
 * ("the ministry handed the ambassador a note saying"). Returns where the description starts in
 * `subject` (after "Meanwhile," or "in the village of X,"), or -1.
 */
function sourceStart(subject: string): number {
  let at = subject.length - subject.trimStart().length;
  at += LEADING_CONNECTIVE_RE.exec(subject.slice(at))?.[0].length ?? 0;
  // "in the village of Dahana, near Kulob, farmers say": the place phrase before the subject
  if (SUBORDINATE_START_RE.test(subject.slice(at))) {
    const comma = subject.lastIndexOf(",");
    if (comma < at) return -1;
    at = comma + 1 + (/^\s*/.exec(subject.slice(comma + 1))?.[0].length ?? 0);
  }
  let rest = subject.slice(at).trimEnd();
  const main = /^[^,(]*?(?=\s*(?:[,(]|\b(?:who|which|whose)\b|$))/.exec(rest)?.[0] ?? rest;
  if (FINITE_VERB_RE.test(main)) return -1;
  for (let hops = 0; hops < 3 && rest; hops++) {
    const end = HEAD_END_RE.exec(rest);
    const head = end ? rest.slice(0, end.index) : rest;
    if (!QUANTIFIER_HEAD_RE.test(head.trim())) return isSourceDescription(head) ? at : -1;
    const of = /^\s+of\s+(?:the\s+)?/.exec(rest.slice(head.length));
    if (!of) return -1;
    rest = rest.slice(head.length + of[0].length);
  }
  return -1;
}

/** "asking him to prevent …", "urged them to …": a request, not a report of what was said. */
const REQUEST_OBJECT_RE = /^\s+(?:him|her|them|us|me|it)\s+(?:to|not)\b/;

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** What both patterns below hold, whatever the case of its first letter. */
const ACCORDING_TO_CUE = "ccording to";

/** "According to X, the plan …" and "The plan …, according to X." */
function accordingTo(p: number, text: string, ss: number, se: number, ctx: SpeakerContext): SpeechFound | null {
  const sentence = text.slice(ss, se);
  // Asked of every sentence, few of which have the cue: the tail pattern, anchored at the end, would be tried at every comma.
  if (!sentence.includes(ACCORDING_TO_CUE)) return null;
  const lead = /^(?:[A-Z][a-z]+,\s+)?[Aa]ccording to\s+([^,]{2,80}),\s*/.exec(sentence);
  if (lead) {
    const npStart = ss + lead[0].indexOf(lead[1]!, lead[0].toLowerCase().indexOf("according to") + 12);
    const who = ctx.interpret(p, npStart, npStart + lead[1]!.length);
    const [s, e] = trimClause(text, ss + lead[0].length, se);
    if (who && wordCount(text.slice(s, e)) >= MIN_CLAUSE_WORDS) return { para: p, start: s, end: e, speaker: who.speaker, cue: "according to" };
  }
  const tail = /,\s+according to\s+([^,.]{2,80})[.!?]?\s*$/.exec(sentence);
  if (tail) {
    const npStart = ss + tail.index + tail[0].indexOf(tail[1]!);
    const who = ctx.interpret(p, npStart, npStart + tail[1]!.length);
    const [s, e] = trimClause(text, ss, ss + tail.index);
    if (who && wordCount(text.slice(s, e)) >= MIN_CLAUSE_WORDS) return { para: p, start: s, end: e, speaker: who.speaker, cue: "according to" };
  }
  return null;
}

/**
 * What every verb of trailing's pattern holds ("say" of "says"…): that pattern, anchored at the sentence's end,
 * is tried at every comma of a sentence, and most sentences have none of its verbs.
 */
const TRAILING_VERB_HINT = /say|said|believe|argue|warn|claim|added|explained/;

/** "The plan is a desperate measure, analysts say." (also without the full stop, when the line was dropped) */
function trailing(p: number, text: string, ss: number, se: number, ctx: SpeakerContext): SpeechFound | null {
  const sentence = text.slice(ss, se);
  if (!TRAILING_VERB_HINT.test(sentence)) return null;
  const m = /,\s+((?:[a-z]+\s+){0,3}?[A-Za-z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(say|says|said|believe|believes|argue|argues|warn|warns|claim|claims|added|explained)[.!?]?\s*$/.exec(sentence);
  if (!m) return null;
  const npStart = ss + m.index + m[0].indexOf(m[1]!);
  const np = m[1]!;
  const who = ctx.interpret(p, npStart, npStart + np.length);
  if (!who || (who.attribution === "unnamed" && !isSourceDescription(np))) return null;
  const [s, e] = trimClause(text, ss, ss + m.index);
  if (wordCount(text.slice(s, e)) < MIN_CLAUSE_WORDS) return null;
  return { para: p, start: s, end: e, speaker: who.speaker, cue: m[2]! };
}

/** "X said (that) …", "Analysts believe …", "X told IWPR that …". */
function leading(p: number, text: string, ss: number, se: number, ctx: SpeakerContext): SpeechFound | null {
  for (const [vs, ve, verb] of verbMatches(REPORT_VERB_RE, text, ss, se)) {
    const before = text.slice(ss, vs);
    // Infinitives and relative clauses are not the sentence's report: "unable to estimate", "a man who said".
    if (/\b(?:to|who|which|that|not|never)\s+$/i.test(before)) continue;
    // A passive is what others think of the subject, not its words: "prosecutors are expected to announce …".
    if (/\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$/i.test(before)) continue;
    if (before.trim().length === 0 || before.length > MAX_APPOSITION_CHARS) continue;
    let subjStart = ss;
    let subjEnd = vs;
    // A dash or semicolon starts a new clause: "the response was mixed – some felt …".
    const clauseBreak = Math.max(before.lastIndexOf(" – "), before.lastIndexOf(" — "), before.lastIndexOf("; "));
    if (clauseBreak >= 0) subjStart = ss + clauseBreak + 2;
    const pronoun = /\b(he|she|they)\s+(?:\w+ly\s+|also\s+)?$/i.exec(text.slice(subjStart, vs));
    if (pronoun) {
      subjStart += pronoun.index;
      subjEnd = subjStart + pronoun[1]!.length;
    } else if (SUBORDINATE_START_RE.test(text.slice(subjStart, vs)) && !subjectMention(p, text, subjStart, vs, ctx)) {
      const comma = text.slice(subjStart, vs).lastIndexOf(",");
      if (comma < 0) continue;
      subjStart += comma + 1;
    }
    const mention = pronoun ? null : subjectMention(p, text, subjStart, subjEnd, ctx);
    if (!pronoun && !mention) {
      // A description must read like a source, and stop before its verb phrase ("Military experts … have criticised").
      let cut = text.slice(subjStart, subjEnd).replace(AUXILIARY_RE, "");
      let from = sourceStart(cut);
      // "Macedonia Friday risked a clash after the government confirmed …": the verb's subject follows the conjunction.
      if (from < 0) {
        const inner = lastSubordinateSubject(cut);
        const again = inner > 0 ? sourceStart(cut.slice(inner)) : -1;
        if (again >= 0) from = inner + again;
      }
      if (from < 0) continue;
      subjStart += from;
      cut = cut.slice(from);
      if (cut.trim().length > MAX_SUBJECT_CHARS) continue;
      subjEnd = subjStart + cut.length;
    }
    const who = ctx.interpret(p, subjStart, subjEnd);
    if (!who || who.attribution === "unknown") continue;
    if (REQUEST_OBJECT_RE.test(text.slice(ve, ve + 20))) continue;
    let clauseStart = ve;
    let cue = verb;
    if (/^(?:told|tells|tell|telling)$/.test(verb)) {
      const obj = toldObjectLength(text, ve);
      cue = text.slice(vs, ve + obj).replace(/\s+/g, " ");
      clauseStart = ve + obj;
    }
    const that = /^\s*,?\s*that\b/.exec(text.slice(clauseStart, clauseStart + 12));
    if (that) clauseStart += that[0].length;
    const [s, e] = trimClause(text, clauseStart, se);
    if (wordCount(text.slice(s, e)) < MIN_CLAUSE_WORDS) continue;
    return { para: p, start: s, end: e, speaker: who.speaker, cue };
  }
  return null;
}
