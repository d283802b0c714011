// Role phrases around a name: titles before it ("Prime Minister Karim X",
// "Labour and Social Welfare Minister Y", "political analyst Z") and
// appositives after it ("X, director of the Y,", "X, an economic analyst with Z").
import { lastWordBefore } from "../text/words.ts";

const words = (s: string) => new Set(s.trim().split(/\s+/));

/** Capitalised title words that end a role written before a name. */
export const TITLE_HEADS = words(`
President Minister Premier Deputy Vice Mr Mrs Ms Miss Dr Professor Prof General Colonel Lieutenant Captain Major
Sergeant Marshal Admiral Ambassador Governor Mayor Akim Hokim Chairman Chairwoman Chair Speaker Senator Judge
Prosecutor Secretary Commissioner Commander Chief Director Head Leader Spokesman Spokeswoman Spokesperson
Sheikh Imam Mullah Mufti Patriarch Bishop Father King Queen Prince Emir Sultan Envoy Ombudsman MP Representative
`);

/** Lowercase role nouns that may stand right before a name ("strike committee head X", "political analyst Y"). */
export const ROLE_NOUNS = words(`
president minister premier deputy spokesman spokeswoman spokesperson analyst analysts head director chairman
chairwoman chair leader governor mayor akim ambassador general colonel commander editor journalist reporter
correspondent expert economist lawyer advocate judge prosecutor official secretary chief manager activist
politician senator speaker representative coordinator researcher sociologist scientist historian professor
teacher doctor adviser advisor consultant specialist observer commentator campaigner founder owner
businessman businesswoman entrepreneur banker engineer officer commissioner envoy ombudsman mufti imam
diplomat cleric contractor consul attache negotiator mediator investor priest
`);

/** Lowercase nouns that say the next name is a person without being a role ("local man X", "her son Y"). */
export const PERSON_NOUNS = words(`
man woman resident villager farmer worker pensioner student mother father son daughter wife husband brother
sister widow colleague neighbour neighbor driver trader vendor veteran soldier conscript mr mrs ms dr
refugee migrant
`);

/**
 * Nouns for kinds of people that neither list above holds, because they come
 * in groups rather than before one name: "Border Guards", "Peacekeepers",
 * "Internally Displaced Persons" written in capitals in a report.
 */
export const GROUP_NOUNS = words(`
guard inspector defender volunteer peacekeeper protester protestor demonstrator militant rebel fighter insurgent
separatist extremist islamist citizen voter elder youth parent child relative member deputy monitor policeman
policewoman serviceman servicewoman trooper recruit miner nurse surgeon lecturer pupil graduate shopkeeper
merchant smuggler trafficker prisoner detainee inmate convict hostage victim survivor witness casualty
person displaced returnee evacuee settler herder shepherd labourer laborer employee staffer worker resident
villager civilian militiaman guardsman ranger commando sniper marine pilot crew official authority
`);

/**
 * The plural of an English noun for people: "guards", "policemen", "deputies",
 * "witnesses". Exists so that a capitalised plural ("Border Guards said …") is
 * read as a group, never as somebody's name.
 */
function pluralsOf(noun: string): string[] {
  if (noun.endsWith("man")) return [`${noun.slice(0, -3)}men`];
  if (noun === "person") return ["persons", "people"];
  if (noun === "child") return ["children"];
  if (/[^aeiou]y$/.test(noun)) return [`${noun.slice(0, -1)}ies`];
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return [`${noun}es`];
  return [`${noun}s`];
}

/** Plurals of the person nouns above, plus collective nouns for people. */
const PLURAL_PERSON_NOUNS = new Set([
  ...[...ROLE_NOUNS, ...PERSON_NOUNS, ...GROUP_NOUNS].flatMap(pluralsOf),
  "people", "folk", "staff", "personnel", "troops", "forces", "police", "militia", "authorities", "youth",
]);

/** A plural noun for people ("Guards", "Peacekeepers", "Persons"), in any case. */
export function isPluralPersonNoun(word: string): boolean {
  return PLURAL_PERSON_NOUNS.has(word.toLowerCase());
}

/** Words that end a role phrase reaching back from a name: the phrase starts after them. */
const ROLE_STOP = words(`
the a an said says told to of by with for and or but that who as at in on from according when while after before
his her their its our my your this these those was were is are has have had not also then
`);
/** The longest role phrase reaching back from a name, in words. */
const MAX_ROLE_WORDS = 5;

/** How far back from a name its role phrase is looked for, in characters. */
const ROLE_WINDOW_CHARS = 120;
const KELVIN_SIGN = 0x212a; // lowercases to an ASCII "k"

/**
 * Whether the word right before `at` (whitespace between) can be a role noun. Role nouns are ASCII words,
 * so only the ASCII letters right before the whitespace are looked at: asked for every name candidate, and
 * the word before a name is seldom a role, so roleBefore returns early without splitting its window into words.
 */
function mayFollowRoleNoun(text: string, at: number): boolean {
  const from = Math.max(0, at - ROLE_WINDOW_CHARS);
  let end = at;
  while (end > from && /\s/.test(text[end - 1]!)) end--;
  let start = end;
  for (let c = text.charCodeAt(start - 1); start > from && ((c | 32) >= 97 && (c | 32) <= 122 || c === KELVIN_SIGN); c = text.charCodeAt(start - 1)) start--;
  return ROLE_NOUNS.has(text.slice(start, end).toLowerCase());
}

/** The role phrase written right before `at` (the start of a name or of a capitalised title run), or null. */
export function roleBefore(text: string, at: number): { text: string; start: number } | null {
  if (!mayFollowRoleNoun(text, at)) return null;
  const head = text.slice(Math.max(0, at - ROLE_WINDOW_CHARS), at);
  const base = at - head.length;
  const re = /[\p{L}\p{N}'’-]+/gu;
  const ws: { w: string; start: number; end: number }[] = [];
  for (const m of head.matchAll(re)) ws.push({ w: m[0], start: base + m.index, end: base + m.index + m[0].length });
  const last = ws[ws.length - 1];
  if (!last || text.slice(last.end, at).trim() !== "") return null;
  if (!ROLE_NOUNS.has(last.w.toLowerCase())) return null;
  let first = ws.length - 1;
  for (let i = ws.length - 2; i >= 0 && ws.length - 1 - i < MAX_ROLE_WORDS; i--) {
    const w = ws[i]!;
    const gap = text.slice(w.end, ws[i + 1]!.start);
    if (gap.trim() !== "" || ROLE_STOP.has(w.w.toLowerCase())) break;
    first = i;
  }
  return { text: text.slice(ws[first]!.start, last.end), start: ws[first]!.start };
}

/** True when the word right before `at` is a noun that marks a person ("local man", "his wife"). */
export function personNounBefore(text: string, at: number): boolean {
  const word = lastWordBefore(text, at, 30);
  return word !== null && PERSON_NOUNS.has(word.toLowerCase());
}

// `, director of the Risk Assessment Group,` / `, an economic analyst with Karavan newspaper` /
// `, deputy head of Almaty's employment department,`: the phrase up to the next comma or clause end.
const APPOSITIVE = /^,\s+(?:(?:a|an|the)\s+)?([^,;:.“”"()]{2,100}?)(?=\s*(?:[,;:.“”"()]|\s(?:said|says|told|thinks|believes|explained|added|warned|who|whose|which|that)\b|$))/u;

/** A role phrase in apposition after a name (`X, director of …,`), when it holds a role noun. */
export function roleAfter(text: string, at: number): string | null {
  const m = APPOSITIVE.exec(text.slice(at, at + 140));
  if (!m) return null;
  const phrase = m[1]!.trim();
  const ws = phrase.split(/\s+/);
  const hasRole = ws.slice(0, 4).some((w) => ROLE_NOUNS.has(w.toLowerCase()));
  return hasRole ? phrase : null;
}

/** Nouns for a person in apposition after a lone given name: "Gulnara, a mother of three", "Bakyt, a farmer". */
const PERSON_APPOSITIVE_NOUNS = new Set([...ROLE_NOUNS, ...PERSON_NOUNS, ...GROUP_NOUNS, "grandmother", "grandfather", "widower", "housewife", "schoolgirl", "schoolboy", "girl", "boy", "pupil", "mother-of-three", "father-of-three"]);
/** How many words of an apposition may stand before its person noun ("a 45-year-old unemployed mother"). */
const MAX_APPOSITIVE_LEAD_WORDS = 4;
// `, a 45-year-old mother of three,` / `, a farmer from …` / `, 52,` / `, aged 52,` / `, 52, who …`
// (never "my" or "our": "Frankly, my mother waited" is someone speaking, not an apposition)
const APPOSITIVE_WORDS = /^,\s+(?!(?:my|our|your|we|i)\b)(?:(?:a|an|the|his|her|their|one)\s+)?((?:[\p{L}\d’'-]+\s+){0,4}[\p{L}\d’'-]+)/u;
/** `, who sells vegetables at the market,`: a relative clause only a person takes. */
const WHO_AFTER = /^,\s+who\s+(?!is\s+(?:a|an|the)\s+(?:city|town|village|company|party)\b)/u;
const AGE_AFTER = /^,\s+(?:aged\s+)?\d{1,2}(?:,|\s+(?:said|says|told|explained|added|is|was|has|had|who)\b)/u;

/**
 * The apposition that introduces the word before `at` as a person, as written ("45-year-old mother of
 * three", "farmer from the next village"), "" when it says so without a role (", 52,", ", who sells …"),
 * or null. Exists for reports that name villagers by a given
 * name alone ("Gulnara, a 45-year-old mother of three, said …" / "said Bakyt, a farmer").
 */
export function personAfter(text: string, at: number): string | null {
  const tail = text.slice(at, at + 140);
  const age = AGE_AFTER.exec(tail);
  if (age) return ""; // an age is evidence, not a role
  const m = APPOSITIVE_WORDS.exec(tail);
  if (!m) return WHO_AFTER.test(tail) ? "" : null;
  const ws = m[1]!.split(/\s+/);
  const at_ = ws.findIndex((w) => PERSON_APPOSITIVE_NOUNS.has(w.toLowerCase()) || /^\d{1,2}-year-old$/i.test(w));
  if (at_ < 0 || at_ > MAX_APPOSITIVE_LEAD_WORDS) return WHO_AFTER.test(tail) ? "" : null;
  const phrase = /^,\s+(?:(?:a|an|the|one)\s+)?([^,;:.“”"()]{2,100}?)(?=\s*(?:[,;:.“”"()]|\s(?:said|says|told|explained|added|who|whose|which|that)\b|$))/u.exec(tail);
  return phrase ? phrase[1]!.trim() : m[1]!;
}

/** Verbs of speech and opinion that follow a person's name ("X said", "X believes"). */
export const SPEECH_AFTER = /^(?:,\s*)?\s+(?:has\s+|had\s+|also\s+)?(?:said|says|told|tells|explained|explains|believes|believed|thinks|thought|added|adds|noted|notes|warned|warns|argued|argues|insisted|stressed|claimed|claims|asked|asks|replied|recalled|complained|admitted|agreed|denied|declined|commented|urged|called|continued|confirmed|announced|stated|wrote|shares|who|whose|was|is|has|had)\b/u;

/** Verbs of speech only (not "is", "has", "who"), right after a lone given name: "Aigul said", "Bakyt told IWPR". */
export const STRONG_SPEECH_AFTER = /^(?:,\s*)?\s+(?:also\s+)?(?:said|says|told|tells|explained|explains|added|adds|recalled|recalls|complained|complains|asked|asks|replied|sighed|insisted|admitted)\b/u;

/** Speech cues that precede a name ("said X", "according to X"). */
export const SPEECH_BEFORE = /(?:\bsaid|\bsays|\baccording to|\btold|\bexplained|\badded|\bwrote|\basked)\s+$/u;
