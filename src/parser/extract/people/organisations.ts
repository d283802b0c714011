// Signs that a capitalised run names an organisation, a product or a medium
// rather than a person: companies, ministries, newspapers and plants.
import type { CapitalisedRun, Token } from "../text/runs.ts";
import { lastWordBefore } from "../text/words.ts";

const words = (s: string) => new Set(s.trim().split(/\s+/).map((w) => w.toLowerCase()));

/** A run holding one of these words is an organisation ("Kazak Business Forum", "Irtysh Metals Plant"). */
export const ORG_WORDS = words(`
bank plant forum group council ministry party agency company brotherhood union committee service institute
university fund court office association centre center corporation corp inc ltd llc plc foundation
organisation organization movement front alliance federation assembly parliament commission department
academy school college hospital factory works mine mines station radio television tv channel news times
post journal gazette review press club society league network project programme program initiative
coalition congress senate duma mission bureau authority administration police army guard forces navy
airlines airways holding holdings media daily weekly herald express telegraph tribune monitor watch trust
partnership cooperative enterprises enterprise industries exchange market bazaar mosque church cathedral
museum theatre theater stadium airport square street avenue prospect road bridge award awards prize
reporting crisis report metals chemicals chemical engineering oil gas petroleum mining steel
cement motors electric telecom group's sector republic kingdom government state committee's
`);

/** Nouns that, right before or soon after a name, make it a company or medium ("cement producer X", "X newspaper"). */
export const ORG_NOUNS = words(`
newspaper paper agency portal website site producer manufacturer maker plant company firm factory bank
group party organisation organization station channel magazine weekly daily brand operator holding
enterprise outlet publication radio television tv network club movement foundation fund ngo corporation
mill mine refinery smelter supplier distributor retailer chain airline
`);

/** How many lowercase words after a name are searched for an org noun ("X wine and vodka plant"). */
const ORG_NOUN_LOOKAHEAD = 4;

/**
 * A word with no capital after its first letter: most words of the capitalised runs ("Nazarbaev",
 * "Almaty"), checked for every run by both the people and the places pass.
 */
const NO_LATER_CAPITAL = /^[\s\S]\P{Lu}*$/u;

/** All-capital acronyms (IWPR, AZTM) or inner capitals (KazTAG), which personal names do not have. */
export function isAcronymLike(token: string): boolean {
  // both rules below need a second capital; the replaces and tests are the cost for the common word without one
  if (NO_LATER_CAPITAL.test(token)) return false;
  if (/^\p{Lu}{2,}$/u.test(token.replace(/[-'’]/g, ""))) return true;
  // inner capitals other than Mc/Mac/O'/D' prefixes and hyphenated parts
  return /\p{Ll}\p{Lu}/u.test(token.replace(/^(?:Mc|Mac|O['’]|D['’]|De|Di|La|Le)/u, "").replace(/-\p{Lu}/gu, "-x"));
}

export function hasOrgWord(tokens: readonly string[]): boolean {
  return tokens.some((t) => ORG_WORDS.has(t.toLowerCase()));
}

/** `Almanews.kz`, `Tengrinews.kz`: a web domain follows the word. */
export function isDomain(text: string, end: number): boolean {
  return /^\.[a-z]{2,4}\b/.test(text.slice(end, end + 6));
}

export function orgNounBefore(text: string, start: number): boolean {
  const word = lastWordBefore(text, start, 30);
  return word !== null && ORG_NOUNS.has(word.toLowerCase());
}

export function orgNounAfter(text: string, end: number): boolean {
  const tail = text.slice(end, end + 60);
  const m = /^((?:\s+[\p{Ll}-]+){1,4})/u.exec(tail);
  if (!m) return false;
  const ws = m[1]!.trim().split(/\s+/).slice(0, ORG_NOUN_LOOKAHEAD);
  const at = ws.findIndex((w) => ORG_NOUNS.has(w));
  // only descriptive words in between: "X wine and vodka plant", not "X runs a company"
  return at >= 0 && ws.slice(0, at).every((w) => !CLAUSE_WORDS.has(w) && !/ed$/.test(w));
}

/** Words that start a clause after a name, so a later org noun is about something else. */
const CLAUSE_WORDS = words(`
the a an is was has had have said says to of for who which that runs owns works worked heads headed leads led
joined left founded manages managed his her their its with at in on by from told believes thinks
`);

/**
 * Rule: a run naming an organisation is neither a person nor a place — "Kazak Business
 * Forum", "cement producer Shymkenttsement", "Karavan newspaper", "Almanews.kz", "AZTM".
 * `tokens` may be the part of the run a caller is looking at (people trim role words off).
 */
export function isOrganisationRun(run: CapitalisedRun, text: string, tokens: readonly Token[] = run.tokens): boolean {
  const ws = tokens.map((t) => t.text);
  return hasOrgWord(ws) || ws.some(isAcronymLike) || orgWordsAround(run, text);
}

/**
 * The people pass and the places pass both ask about every run, with the same words around it (the runs
 * of a paragraph text are shared, see capitalisedRuns): what the text around a run says is kept per run.
 */
const aroundMemo = new WeakMap<CapitalisedRun, boolean>();

/** A domain, or an org noun before or after the run: `text` is the paragraph the run was found in. */
function orgWordsAround(run: CapitalisedRun, text: string): boolean {
  let found = aroundMemo.get(run);
  if (found === undefined) {
    found = isDomain(text, run.end) || orgNounBefore(text, run.start) || (!run.possessive && orgNounAfter(text, run.end));
    aroundMemo.set(run, found);
  }
  return found;
}
