// Who is speaking: turns the words that name a speaker ("Nazarov", "local man
// Aydos Zakirov", "he", "a packing worker who …", "this man") into a Speaker,
// and keeps, in reading order, the candidates a later pronoun may point back
// to: the person mentions PeopleLookup found, and the unnamed sources this
// pass described.
import type { AttributionKind, Speaker } from "../../model/index.ts";
import type { PeopleLookup, PersonMention } from "../people-lookup.ts";
import { isPluralPersonNoun } from "../people/roles.ts";
import { sentenceStartOf } from "./sentences.ts";

/** How many paragraphs back a pronoun may look for its person. */
export const MAX_PRONOUN_PARAGRAPHS = 3;

/** A bare surname within this many paragraphs of a full name means that person. */
export const SURNAME_RECENT_PARAGRAPHS = 1;

export interface Resolved {
  readonly speaker: Speaker;
  readonly attribution: AttributionKind;
}

export interface ParagraphInfo {
  readonly text: string;
  readonly sentenceStarts: readonly number[];
  /** [open, closeOrEnd) of each quotation: mentions inside a quote are not speakers. */
  readonly quoteRanges: ReadonlyArray<readonly [number, number]>;
}

interface Candidate {
  readonly para: number;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly personId: string | null;
  readonly name: string;
  readonly gender: "female" | "male" | null;
  readonly plural: boolean;
  /** The words as written in the text. */
  readonly surface: string;
  /** A name (known to the people pass or not), rather than a description. */
  readonly named: boolean;
  /** Can be "he" or "she": a person, not an institution or a document. */
  readonly personLike: boolean;
}

type Gender = "female" | "male" | null;

const PRONOUN_GENDER: Readonly<Record<string, Gender | "plural">> = { he: "male", she: "female", they: "plural" };

const WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const MONTH = "January|February|March|April|May|June|July|August|September|October|November|December";
/**
 * A time phrase closing the words before a speech verb ("on Tuesday", "Friday", "last week", "on March 22",
 * "earlier this month", "in a statement on Monday"): news style puts it between subject and verb.
 */
const TIME_PREP = "on|last|this|next|early|late|earlier|later|in|at|by|until|since|the same";
const TIME_TAIL_RE = new RegExp(
  `(?:,?\\s+(?:(?:${TIME_PREP})\\s+)*(?:(?:${WEEKDAY})(?:\\s+(?:morning|afternoon|evening|night))?|` +
    `(?:this|last|next|that)\\s+(?:week|weekend|month|year|morning|afternoon|evening)|yesterday|today|overnight|` +
    `\\d{1,2}\\s+(?:${MONTH})(?:\\s+\\d{4})?|(?:${MONTH})\\s+\\d{1,2}(?:,?\\s+\\d{4})?|` +
    `a statement|an interview|a press release|a press conference)|,?\\s+(?:(?:${TIME_PREP})\\s+)+(?:${MONTH}))+,?\\s*$`,
);
/** Weekday and month names end a run of capitals taken for a name ("Macedonia Friday"). */
const TIME_WORD_RE = new RegExp(`\\s+(?:${WEEKDAY}|${MONTH})\\b.*$`);

/** Words that begin a description of a source rather than a name. */
const DETERMINERS = new Set([
  "a", "an", "the", "this", "that", "these", "those", "another", "one", "some", "many", "most", "several",
  "other", "local", "official", "two", "three", "few", "certain", "various", "both", "all", "no",
]);
/** Capitalised at a sentence start, but never a name. */
const FUNCTION_WORDS = new Set([
  "among", "in", "on", "at", "for", "with", "from", "after", "before", "during", "when", "if", "as", "while",
  "since", "although", "however", "meanwhile", "but", "and", "yet", "still", "even", "only", "also", "it",
  "there", "here", "we", "i", "you", "he", "she", "they", "his", "her", "their", "our", "its", "what", "which",
]);
/** Heads of descriptions that stand for someone who speaks. */
const SOURCE_NOUN_RE = /\b(?:analysts?|experts?|observers?|officials?|locals?|residents?|workers?|employees?|staff|man|men|woman|women|sources?|spokes(?:man|woman|person)|critics?|economists?|journalists?|activists?|lawyers?|doctors?|teachers?|farmers?|traders?|villagers?|people|parents?|mothers?|fathers?|students?|soldiers?|officers?|veterans?|specialists?|commentators?|diplomats?|politicians?|deput(?:y|ies)|members?|representatives?|leaders?|head|chief|director|minister|ministry|government|authorities|police|prosecutors?|court|estimates|reports?|figures|statistics|survey|study|agency|portal|newspaper|media|press|website|statement|association|committee|union|organi[sz]ations?|groups?|companies|company|owners?|managers?|engineers?|drivers?|pensioners?|refugees?|migrants?|citizens?|voters?|entrepreneurs?|businessm[ae]n|bankers?|observers?|insiders?|colleagues?|neighbou?rs?|friends?|relatives?|wife|husband|son|daughter|brother|sister)\b/i;
const MALE_NOUN_RE = /\b(?:man|men|husband|father|son|brother|boy|businessman|spokesman)\b/i;
const FEMALE_NOUN_RE = /\b(?:woman|women|wife|mother|daughter|sister|girl|businesswoman|spokeswoman)\b/i;
/** "This man", "the same source": a description that points back to an unnamed source already met. */
const BACK_REFERENCE_RE = /^(?:this|that|the|the same)\s+(?:man|woman|person|source|worker|official|resident|employee|villager|farmer|trader|officer|soldier)\b/i;
/** Sentence adverbs before a subject: "However, observers say …". */
const LEADING_CONNECTIVE_RE = /^(?:(?:however|meanwhile|but|and|yet|still|also|moreover|instead|now|then|so|indeed|similarly|likewise|nonetheless|nevertheless|in turn|for (?:his|her|their) part),?\s+)+/i;

export function isSourceDescription(text: string): boolean {
  return SOURCE_NOUN_RE.test(text) || (/\p{Lu}/u.test(text) && text.split(/[\s,]+/).some(isPluralPersonNoun));
}

export class SpeakerContext {
  private readonly candidates: Candidate[] = [];
  private readonly mentionsByPara: PersonMention[][];

  constructor(
    private readonly slug: string,
    private readonly lookup: PeopleLookup,
    paragraphIds: readonly string[],
    private readonly paragraphs: readonly ParagraphInfo[],
  ) {
    const index = new Map(paragraphIds.map((id, i) => [id, i]));
    this.mentionsByPara = paragraphIds.map(() => []);
    for (const m of lookup.mentionsIn(slug)) {
      const p = index.get(m.paragraphId);
      if (p === undefined) continue;
      this.mentionsByPara[p]!.push(m);
      const info = paragraphs[p]!;
      if (info.quoteRanges.some(([a, b]) => m.start > a && m.start < b)) continue;
      const name = info.text.slice(m.start, m.end);
      this.insert({
        para: p,
        start: m.start,
        end: m.end,
        sentence: sentenceStartOf(info.sentenceStarts, m.start),
        personId: m.personId,
        name: lookup.nameOf(m.personId),
        gender: lookup.genderOf(m.personId),
        named: true,
        personLike: true,
        surface: name,
        plural: /s$/.test(name) && !/ss$/.test(name) && /^the\s/i.test(info.text.slice(Math.max(0, m.start - 4), m.start + 1)),
      });
    }
  }

  private insert(c: Candidate): void {
    let i = this.candidates.length;
    while (i > 0 && (this.candidates[i - 1]!.para > c.para || (this.candidates[i - 1]!.para === c.para && this.candidates[i - 1]!.start > c.start))) i--;
    this.candidates.splice(i, 0, c);
  }

  /** Person mentions of paragraph p that overlap [from, to), in order. */
  mentionsBetween(p: number, from: number, to: number): PersonMention[] {
    return (this.mentionsByPara[p] ?? []).filter((m) => m.end > from && m.start < to);
  }

  personSpeaker(personId: string): Speaker {
    return { name: this.lookup.nameOf(personId), personId };
  }

  /**
   * The speaker named by text[start, end) of paragraph p: a pronoun, a person
   * mention, a capitalised name, a back-reference ("this man") or a description.
   */
  interpret(p: number, start: number, end: number): Resolved | null {
    const info = this.paragraphs[p]!;
    let s = start;
    let e = end;
    const raw = info.text.slice(s, e);
    const lead = LEADING_CONNECTIVE_RE.exec(raw)?.[0].length ?? 0;
    s += lead;
    while (e > s && /[\s,;:–—-]/.test(info.text[e - 1]!)) e--;
    while (s < e && /[\s,;:–—-]/.test(info.text[s]!)) s++;
    // "The government on Monday said", "Observers in Bishkek last week said": when is not who
    const when = TIME_TAIL_RE.exec(info.text.slice(s, e));
    if (when && when.index > 0) e = s + when.index;
    if (e <= s) return null;
    const words = info.text.slice(s, e);

    const pronoun = /^(he|she|they)$/i.exec(words);
    if (pronoun) return this.resolvePronoun(pronoun[1]!.toLowerCase(), p, s);

    const mention = this.mentionsBetween(p, s, e)[0];
    if (mention) {
      // A bare surname shared by several people means the one named in full most recently.
      const surface = info.text.slice(mention.start, mention.end);
      const recent = /\s/.test(surface) ? null : this.bySurname(surface, p, mention.start, SURNAME_RECENT_PARAGRAPHS);
      return { speaker: this.personSpeaker(recent ?? mention.personId), attribution: "explicit" };
    }

    const firstWord = /^[A-Za-z’'-]+/.exec(words)?.[0] ?? "";
    if (/^[A-Z]/.test(firstWord) && !DETERMINERS.has(firstWord.toLowerCase()) && !FUNCTION_WORDS.has(firstWord.toLowerCase())) {
      const run = /^[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|de|van|von|al|ul|and))*/.exec(words)![0].replace(/\s+and$/, "").replace(TIME_WORD_RE, "");
      // "Military experts and political analysts": a capitalised adjective heading a description.
      const adjective = !/\s/.test(run) && words.length > run.length && SOURCE_NOUN_RE.test(words.slice(run.length));
      const name = adjective ? null : personNameIn(run);
      if (name) {
        const id = this.lookup.resolve(name, this.slug) ?? this.bySurname(name, p, s);
        if (id) return { speaker: this.personSpeaker(id), attribution: "explicit" };
        const earlier = this.namedBySurname(name, p, s);
        const full = earlier ?? name;
        this.addNamed(p, s, e, full);
        return { speaker: { name: full, personId: null }, attribution: "explicit" };
      }
    }

    if (BACK_REFERENCE_RE.test(words)) {
      const earlier = this.latestUnnamed(p, s);
      if (earlier) return { speaker: { name: earlier.name, personId: null }, attribution: "unnamed" };
    }
    this.addUnnamed(p, s, e, words);
    return { speaker: { name: words, personId: null }, attribution: "unnamed" };
  }

  /**
   * A surname shared by several people (two Mamedovs in one bulletin): right
   * after one of them is named in full (within `window` paragraphs) it means
   * that one; otherwise the first of them the article introduced, its
   * principal bearer. Infinity for window means "no recent one needed".
   */
  private bySurname(name: string, p: number, pos: number, window = Infinity): string | null {
    if (/\s/.test(name)) return null;
    const bearer = (c: Candidate) => c.personId !== null && /\s/.test(c.surface) && c.surface.endsWith(` ${name}`);
    for (let i = this.candidates.length - 1; i >= 0; i--) {
      const c = this.candidates[i]!;
      if (c.para > p || (c.para === p && c.start >= pos)) continue;
      if (c.para < p - Math.min(window, SURNAME_RECENT_PARAGRAPHS)) break;
      if (bearer(c)) return c.personId;
    }
    if (window !== Infinity) return null;
    return this.candidates.find((c) => (c.para < p || (c.para === p && c.start < pos)) && bearer(c))?.personId ?? null;
  }

  /** The full form of a name this pass met before without a person id ("Ozren Zoric" for "Zoric"). */
  private namedBySurname(name: string, p: number, pos: number): string | null {
    if (/\s/.test(name)) return null;
    for (let i = this.candidates.length - 1; i >= 0; i--) {
      const c = this.candidates[i]!;
      if (c.para > p || (c.para === p && c.start >= pos)) continue;
      if (!c.personId && c.named && c.name.endsWith(` ${name}`)) return c.name;
    }
    return null;
  }

  /** A name the people pass did not know: still a candidate for a later pronoun. */
  private addNamed(p: number, start: number, end: number, name: string): void {
    if (this.candidates.some((c) => c.para === p && c.start === start)) return;
    this.insert({ para: p, start, end, sentence: sentenceStartOf(this.paragraphs[p]!.sentenceStarts, start), personId: null, name, gender: null, plural: false, named: true, personLike: true, surface: name });
  }

  /** Remember an anonymous source so that a later "he said" can point back to it. */
  addUnnamed(p: number, start: number, end: number, description: string): void {
    const info = this.paragraphs[p]!;
    if (this.candidates.some((c) => c.para === p && c.start === start)) return;
    this.insert({
      para: p,
      start,
      end,
      sentence: sentenceStartOf(info.sentenceStarts, start),
      personId: null,
      name: description,
      gender: MALE_NOUN_RE.test(description) ? "male" : FEMALE_NOUN_RE.test(description) ? "female" : null,
      named: false,
      surface: description,
      personLike: PERSON_NOUN_RE.test(description) && !INSTITUTION_RE.test(description.split(/[,(]/)[0]!),
      plural: /^\S+s\b/.test(description) || /\b(?:people|men|women|staff)\b/.test(description) || /s$/.test(description.split(/\s/)[0] ?? ""),
    });
  }

  private latestUnnamed(p: number, pos: number): Candidate | null {
    for (let i = this.candidates.length - 1; i >= 0; i--) {
      const c = this.candidates[i]!;
      if (c.para > p || (c.para === p && c.start >= pos)) continue;
      if (c.para < p - MAX_PRONOUN_PARAGRAPHS) break;
      if (c.personId === null) return c;
    }
    return null;
  }

  /**
   * A pronoun points to the nearest earlier sentence that holds a matching
   * candidate, and within it to the leftmost one: the subject of a sentence
   * comes first ("Defence ministry spokesman X … proposed by Y. “…,” he said"
   * means X). The pronoun's own sentence is skipped, except for "they".
   */
  resolvePronoun(pronoun: string, p: number, pos: number): Resolved | null {
    const want = PRONOUN_GENDER[pronoun] ?? null;
    const ownSentence = sentenceStartOf(this.paragraphs[p]!.sentenceStarts, pos);
    let best: Candidate | null = null;
    for (let i = this.candidates.length - 1; i >= 0; i--) {
      const c = this.candidates[i]!;
      if (c.para > p || (c.para === p && c.start >= pos)) continue;
      if (c.para < p - MAX_PRONOUN_PARAGRAPHS) break;
      if (want !== "plural" && c.para === p && c.sentence === ownSentence) continue;
      const fits = want === "plural" ? c.plural : !c.plural && c.personLike && (c.gender === null || c.gender === want);
      if (!fits) continue;
      if (best && (best.para !== c.para || best.sentence !== c.sentence)) break;
      best = c;
    }
    if (!best) return null;
    if (best.personId) return { speaker: this.personSpeaker(best.personId), attribution: "pronoun" };
    return { speaker: { name: best.name, personId: null }, attribution: best.named ? "pronoun" : "unnamed" };
  }
}

/** Words of a role written before a name: "Deputy Energy Minister Ozren Zoric". */
const ROLE_WORD_RE = /^(?:minister|deputy|president|prime|vice|head|director|chairman|chairwoman|chair|mayor|governor|spokesman|spokeswoman|spokesperson|official|ambassador|general|colonel|major|captain|lieutenant|chief|secretary|leader|member|professor|prof|dr|mr|mrs|ms|judge|prosecutor|commander|editor|speaker|senator|mp|deputies|envoy|representative|analyst|expert|activist|lawyer|journalist|economist|political|opposition|former|acting|first|senior|local|regional|district|state|national|foreign|interior|defence|defense|energy|health|education|justice|finance|economy|labour|labor|social|welfare|affairs|and|of|the)$/i;
/** Nouns that name a person in a description (not an institution or a document). */
const PERSON_NOUN_RE = /\b(?:analyst|expert|observer|official|local|resident|worker|employee|staff|man|men|woman|women|source|spokes(?:man|woman|person)|critic|economist|journalist|activist|lawyer|doctor|teacher|farmer|trader|villager|parent|mother|father|student|soldier|officer|veteran|specialist|commentator|diplomat|politician|deputy|member|representative|leader|head|chief|director|minister|owner|manager|engineer|driver|pensioner|refugee|migrant|citizen|voter|entrepreneur|businessm[ae]n|banker|insider|colleague|neighbou?r|friend|relative|wife|husband|son|daughter|brother|sister|miner|guard|nurse|surgeon|person|one)s?\b/i;
/** Descriptions headed by an institution or a document: "The government", "Official estimates". */
const INSTITUTION_RE = /^(?:the\s+|official\s+|an?\s+|this\s+)?(?:government|ministry|authorities|police|court|estimates|reports?|figures|statistics|survey|study|agency|portal|newspaper|media|press|website|statement|association|committee|union|organi[sz]ation|group|company|companies)\b/i;

/** The person's name in a capitalised run, without the role before it; null if only role words remain. */
function personNameIn(run: string): string | null {
  const words = run.split(/\s+/);
  let last = -1;
  words.forEach((w, i) => {
    if (ROLE_WORD_RE.test(w)) last = i;
  });
  const name = words.slice(last + 1).join(" ");
  // "Border Guards", "Internally Displaced Persons": a group in capitals, described rather than named
  if (!name || SOURCE_NOUN_RE.test(name) || words.some(isPluralPersonNoun)) return null;
  return name;
}
