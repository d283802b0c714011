// Person candidates in one paragraph: capitalised runs filtered by the rules
// below, each named for the real input it exists for.
import { foldLoose } from "../../../gazetteer/index.ts";
import { bestPlace, type PlaceContext } from "../places/context.ts";
import { COMMON_WORDS, NATIONALITY_WORDS } from "../text/lexicon.ts";
import { capitalisedRuns, type CapitalisedRun, type Token } from "../text/runs.ts";
import { hasSurnameShape, isKnownFirstName } from "./names.ts";
import { isAcronymLike, isOrganisationRun } from "./organisations.ts";
import { isPluralPersonNoun, PERSON_NOUNS, personAfter, personNounBefore, ROLE_NOUNS, roleAfter, roleBefore, SPEECH_AFTER, SPEECH_BEFORE, STRONG_SPEECH_AFTER, TITLE_HEADS } from "./roles.ts";

/** Longest personal name in words (first, patronymic or middle, surname, one more for double surnames). */
export const MAX_NAME_TOKENS = 4;

export interface NameCandidate {
  /** "full": two or more name words; "single": one word, resolved later to a known person; "plural": "the Zhanybekovs". */
  readonly kind: "full" | "single" | "plural";
  readonly tokens: readonly string[];
  readonly start: number;
  readonly end: number;
  readonly role: string | null;
  /** Something other than the words' shape says this is a person (a title, a speech verb, a role noun). */
  readonly contextEvidence: boolean;
  /**
   * A lone word the text introduces as a person on its own ("Gulnara, a 45-year-old mother of three,",
   * "said Bakyt, a farmer", "farmer Bakyt", "Aigul said"): a person named by a given name alone when
   * nobody else in the bulletin bears it.
   */
  readonly given?: boolean;
  /** A lone word that names a place in the gazetteer ("Momcilo X of Serbia, former chief of staff"). */
  readonly place?: boolean;
}

const isCommon = (w: string) => COMMON_WORDS.has(w.toLowerCase()) && !isKnownFirstName(w);
const isNationality = (w: string) => NATIONALITY_WORDS.has(w.toLowerCase());

/**
 * Rule: a title ends the role written before a name — "President Nursultan X",
 * "Prime Minister Karim Y", "Social Welfare Minister Z" (the role reaches back
 * over "Labour and"). Returns the index of the first name word.
 */
function splitTitle(tokens: readonly Token[]): number {
  let last = -1;
  for (let i = 0; i < tokens.length; i++) if (TITLE_HEADS.has(tokens[i]!.text)) last = i;
  return last + 1;
}

/** The role as written: the title run, extended back over "X and" ("Labour and Social Welfare Minister"). */
function titleRole(text: string, run: CapitalisedRun, nameStart: number): { role: string; start: number } {
  let start = run.start;
  const m = /((?:\p{Lu}[\p{L}-]*\s+)+)(?:and|&)\s+$/u.exec(text.slice(Math.max(0, start - 60), start));
  if (m) start -= m[0].length;
  const lowered = roleBefore(text, start);
  if (lowered) start = lowered.start;
  return { role: text.slice(start, nameStart).trim(), start };
}

/**
 * Rule: a plausible name word — not an ordinary or nationality word, no acronym, no digits, and no plural
 * noun for people: reports capitalise groups ("Border Guards said", "Internally Displaced Persons told IWPR").
 */
function nameLike(w: string): boolean {
  return !isCommon(w) && !isNationality(w) && !isAcronymLike(w) && !/\d/.test(w) && !isPluralPersonNoun(w);
}

/** Rule: places are not people — "Almaty", "Kazakstan", "Ust-Kamenogorsk" as a whole run. */
function isPlaceName(words: readonly string[], places: PlaceContext): boolean {
  return bestPlace(words.join(" "), places) !== null;
}

export function findNameCandidates(text: string, places: PlaceContext): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const run of capitalisedRuns(text)) {
    let tokens = run.tokens;
    if (isOrganisationRun(run, text, tokens)) continue;
    let role: string | null = null;
    let contextEvidence = false;
    const titleEnd = splitTitle(tokens);
    if (titleEnd > 0) {
      if (titleEnd === tokens.length) continue; // a title with no name after it ("the President")
      role = titleRole(text, run, tokens[titleEnd]!.start).role;
      contextEvidence = true;
      tokens = tokens.slice(titleEnd);
    } else {
      // Rule: a sentence-initial or headline-style ordinary word is not part of a name ("Meanwhile Nazarbaev…").
      let i = 0;
      while (i < tokens.length && (isCommon(tokens[i]!.text) || isNationality(tokens[i]!.text))) i++;
      // Rule: a role noun capitalised at a sentence start is a role, not a name ("Economist Ivan X said", "Student Y").
      const lead = tokens[i]?.text.toLowerCase() ?? "";
      if (i < tokens.length - 1 && (ROLE_NOUNS.has(lead) || PERSON_NOUNS.has(lead))) {
        if (ROLE_NOUNS.has(lead)) role = text.slice(run.start, tokens[i]!.end);
        contextEvidence = true;
        i++;
      }
      const leadingSkipped = i > 0;
      tokens = tokens.slice(i);
      if (!tokens.length) continue;
      const before = roleBefore(text, tokens[0]!.start);
      if (before && !leadingSkipped) {
        role = before.text;
        contextEvidence = true;
      }
      if (!leadingSkipped && personNounBefore(text, tokens[0]!.start)) contextEvidence = true;
    }
    if (tokens.length > MAX_NAME_TOKENS) continue;
    const ws = tokens.map((t) => t.text);
    if (!ws.every(nameLike)) continue;
    const start = tokens[0]!.start;
    const end = tokens[tokens.length - 1]!.end;
    const after = text.slice(end, end + 40);
    if (!run.possessive && SPEECH_AFTER.test(after)) contextEvidence = true;
    if (SPEECH_BEFORE.test(text.slice(Math.max(0, start - 20), start))) contextEvidence = true;
    const appositive = run.possessive ? null : roleAfter(text, end);
    if (appositive) {
      role ??= appositive;
      contextEvidence = true;
    }

    if (ws.length === 1) {
      const w = ws[0]!;
      // Rule: "the Zhanybekovs" — a family named by its plural surname, a mention of each member.
      if (/s$/.test(w) && /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start))) {
        out.push({ kind: "plural", tokens: [w.slice(0, -1)], start, end, role: null, contextEvidence });
        continue;
      }
      // only the surname-only rule asks (a role and a surname's shape): a lookup otherwise spent on every word
      const place = titleEnd === 0 && role !== null && hasSurnameShape(w) && !isKnownFirstName(w) && isPlaceName(ws, places);
      out.push({ kind: "single", tokens: ws, start, end, role, contextEvidence, place, ...givenName(text, run, w, start, end, role, places) });
      // Rule: a couple "Aliya and Aydar Zhanybekov" — the first name before "and" shares the surname after it.
      continue;
    }

    // Rule: "married couple Saranda and Luan Leka", "brothers Ilir and Agron X": a kinship word before "A and B Surname"
    // is evidence for both, whatever the names look like (first names of any nation, some also towns).
    const couple = /(\p{Lu}[\p{Ll}\p{M}'’-]+)\s+and\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
    const kin = !!couple && KIN_BEFORE_COUPLE.test(text.slice(Math.max(0, start - couple[0].length - 40), start - couple[0].length));
    if (kin) contextEvidence = true;
    // Rule: a name needs evidence — a title or role, a speech verb, a first name we know, or a surname ending of the region.
    const shaped = isKnownFirstName(ws[0]!) || hasSurnameShape(ws[ws.length - 1]!);
    if (!shaped && !contextEvidence) continue;
    // a speech verb is no proof against a place ("Officials in Novi Pazar declined…"); a title or role is
    if (!role && isPlaceName(ws, places)) continue;
    out.push({ kind: "full", tokens: ws, start, end, role, contextEvidence });

    if (couple && nameLike(couple[1]!) && (kin || isKnownFirstName(couple[1]!) || !isPlaceName([couple[1]!], places))) {
      const cStart = start - couple[0].length;
      out.push({ kind: "full", tokens: [couple[1]!, ...ws.slice(1)], start: cStart, end: cStart + couple[1]!.length, role: null, contextEvidence });
    }
  }
  return dropCoupleSingles(out);
}

/** "her neighbour, X", "a local farmer, X": a person noun, then a comma, right before the name. */
const PERSON_NOUN_COMMA_BEFORE = new RegExp(`\\b(?:${[...PERSON_NOUNS].join("|")}),\\s+$`, "i");

const PLACE_PREPOSITION_BEFORE = /\b(?:in|at|from|of|near|to|into|outside|around|across|toward|towards|via|through|between)\s+$/i;

/** A lone given name is a word of this many letters at least (not an initial or a stray syllable). */
const MIN_GIVEN_NAME_LETTERS = 3;

/**
 * Rule: a lone word is a person named by a given name alone when the text introduces it as one — an age or
 * a person noun in apposition ("Gulnara, a 45-year-old mother of three,", "Bakyt, 52,"), a person noun or
 * role right before it ("farmer Bakyt") — or, for a first name we know, a speech verb ("Aigul said",
 * "said Aigul"). A place, an organisation or a word in lowercase-like shape is never one.
 */
function givenName(
  text: string,
  run: CapitalisedRun,
  w: string,
  start: number,
  end: number,
  role: string | null,
  places: PlaceContext,
): { given: true; role: string | null } | Record<string, never> {
  if (run.possessive || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w) || w.length < MIN_GIVEN_NAME_LETTERS) return {};
  // "A teacher in Garadaghli, who did not want …": after a preposition the word is where, not who
  if (PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return {};
  // "“Frankly, my mother waited …”", "Sadly, the farmer …": the first word of a quotation, or a sentence adverb
  if (/[“"«]\s*$/.test(text.slice(Math.max(0, start - 3), start))) return {};
  if (run.sentenceInitial && /ly$/.test(w) && text[end] === ",") return {};
  const after = personAfter(text, end);
  // "Her neighbour, Rahmon, a retired teacher,": the person noun before the comma
  const before = personNounBefore(text, start) || roleBefore(text, start) !== null || PERSON_NOUN_COMMA_BEFORE.test(text.slice(Math.max(0, start - 30), start));
  const known = isKnownFirstName(w);
  const spoke = STRONG_SPEECH_AFTER.test(text.slice(end, end + 30)) || SPEECH_BEFORE.test(text.slice(Math.max(0, start - 20), start));
  if (after === null && !before && !(known && spoke)) return {};
  if (!known && isPlaceName([w], places)) return {};
  return { given: true, role: role ?? (after || null) };
}

/** Words that introduce two people sharing a surname, ending right before `A and B Surname`. */
const KIN_BEFORE_COUPLE = /\b(?:couple|spouses|husband and wife|wife and husband|brothers|sisters|siblings|twins|parents|cousins)\s+$/i;

/** The first name of a couple was also seen as a lone word; keep only its couple reading. */
function dropCoupleSingles(cands: NameCandidate[]): NameCandidate[] {
  const fullStarts = new Set(cands.filter((c) => c.kind === "full").map((c) => c.start));
  return cands.filter((c) => c.kind !== "single" || !fullStarts.has(c.start));
}

/** Folded key of a surname, first name or whole name, for comparing spellings. */
export function nameKey(w: string): string {
  let k = keyMemo.get(w);
  if (k === undefined) {
    k = foldLoose(w);
    if (keyMemo.size > MAX_KEY_MEMO) keyMemo.clear();
    keyMemo.set(w, k);
  }
  return k;
}
const keyMemo = new Map<string, string>();
/** Name words recur within and across bulletins; a bounded memo keeps folding off the hot path. */
const MAX_KEY_MEMO = 50_000;
