// UPPERCASE headlines to readable title case: `KAZAK TOWNS EMPTY FOLLOWING MASS JOB CUTS`
// → `Kazak Towns Empty Following Mass Job Cuts`, keeping acronyms.
import { isByline } from "./byline.ts";

/** Acronyms that contain vowels (so the no-vowel rule cannot catch them) and occur in IWPR headlines. */
export const KNOWN_ACRONYMS: ReadonlySet<string> = new Set([
  "IWPR", "OSCE", "UN", "US", "USA", "UK", "EU", "NATO", "OPEC", "UNESCO", "UNICEF", "UNHCR", "UNDP",
  "ICTY", "ICC", "ICTR", "IMF", "AIDS", "HIV", "OSCE", "CIS", "SCO", "CSTO", "KFOR", "SFOR", "IFOR",
  "UNMIK", "KLA", "UCK", "SDA", "HDZ", "SDS", "SNS", "SPS", "DOS", "DPS", "VMRO", "NLA", "PKK", "ISAF",
  "IDP", "IDPS", "NGO", "NGOS", "MP", "MPS", "TV", "BBC", "CIA", "FBI", "KGB", "FSB", "IAEA", "WTO",
  "OIC", "ODIHR", "PACE", "USAID", "UAE", "GUAM", "BTC", "OK", "PM", "AU", "ANC", "MDC", "ZANU", "PF",
  "DRC", "LRA", "RUF", "CPA", "SPLA", "SPLM", "ICG", "HRW", "OCHA", "WFP", "KNU", "UNAMA", "II",
  "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII",
]);

/** Short words that stay lower-case inside a title. */
export const SMALL_WORDS: ReadonlySet<string> = new Set([
  "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of",
  "on", "per", "to", "via", "vs", "from", "into", "onto", "over", "with", "than", "amid",
]);

const EDGE_PUNCT_RE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const POSSESSIVE_RE = /[’']S$/;
const DOTTED_RE = /^(?:\p{L}\.)+\p{L}\.?$/u;
const ALL_UPPER_RE = /^\p{Lu}+$/u;
const PART_START_RE = /(^|[-–/(“"‘'])(\p{L})/gu;
const CLAUSE_END_RE = /[:.?!–—-]$/;
const VOWEL_RE = /[AEIOUY]/;
const LETTER_RE = /\p{L}/u;

function caseWord(word: string, first: boolean): string {
  if (!LETTER_RE.test(word)) return word;
  // A word already in mixed case was written that way on purpose (`McCain`, `iPod`).
  if (word !== word.toUpperCase()) return word;
  const core = word.replace(EDGE_PUNCT_RE, "");
  const bare = core.replace(POSSESSIVE_RE, "");
  if (KNOWN_ACRONYMS.has(bare)) return word;
  // `U.S.`, `E.U.`: letters with dots are acronyms.
  if (DOTTED_RE.test(core)) return word;
  // No vowels and more than one letter: `BBC`, `TV`, `KTK`, `PSD` — read as letters.
  if (bare.length > 1 && !VOWEL_RE.test(bare) && ALL_UPPER_RE.test(bare)) return word;
  const lower = word.toLowerCase();
  if (!first && SMALL_WORDS.has(core.toLowerCase())) return lower;
  // Capitalise the first letter of each hyphen part: `ANTI-CRISIS` → `Anti-Crisis`.
  return lower.replace(PART_START_RE, (_m, pre: string, ch: string) =>
    pre === "'" ? pre + ch : pre + ch.toUpperCase(),
  );
}

export function headlineCase(raw: string): string {
  const words = raw.trim().split(/\s+/);
  let first = true;
  const out: string[] = [];
  for (const w of words) {
    out.push(caseWord(w, first));
    if (LETTER_RE.test(w)) first = CLAUSE_END_RE.test(w);
  }
  return out.join(" ");
}

/**
 * Web re-posts (blogs, news sites) set each contents headline in Title Case on a line of its
 * own (`Armenian Villages Wait for Gas`), with the summary on the next line. A Title Case
 * headline: short, no sentence end, and every word that is not a small word capitalised.
 */
export const TITLE_CASE_MAX_WORDS = 14;
/** A lone word is a section or a name, not a headline. */
export const TITLE_CASE_MIN_WORDS = 2;
const TITLE_CASE_END_RE = /[.,;]$/;
/** A word of three or more capitals: an acronym, or part of an UPPERCASE headline. */
const UPPER_WORD_RE = /^[^\p{L}]*\p{Lu}{3,}[^\p{Ll}]*$/u;
/** A Title Case headline may hold acronyms, up to one word in three. */
const UPPER_WORDS_MAX_SHARE_INV = 3;
/** `(RCA No. 566, 07-Feb-09)` wrapped onto its own line is a tag, not a headline. */
const ISSUE_NUMBER_RE = /\bNo\.?\s*\d/;
const WORD_START_RE = /^[^\p{L}\p{N}]*([\p{L}\p{N}])/u;

/** A name in a byline has at most this many words; `Black Sea News Blackout in Ajaria` is a headline. */
export const NAME_MAX_WORDS = 3;

function looksLikeByline(line: string): boolean {
  if (/^By\s/.test(line)) return true;
  if (!isByline(line)) return false;
  const before = line.split(/\s+in\s+/)[0] ?? "";
  return before.split(/\s*,\s*|\s+and\s+/).every((name) => name.split(/\s+/).length <= NAME_MAX_WORDS);
}

export function isTitleCaseHeadline(line: string): boolean {
  if (line.length > 120 || TITLE_CASE_END_RE.test(line) || ISSUE_NUMBER_RE.test(line) || looksLikeByline(line)) return false;
  const words = line.split(/\s+/);
  if (words.length < TITLE_CASE_MIN_WORDS || words.length > TITLE_CASE_MAX_WORDS) return false;
  let capitals = 0;
  let upperWords = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (UPPER_WORD_RE.test(w)) upperWords++;
    const m = WORD_START_RE.exec(w);
    if (!m) continue; // a dash, a `|`
    const ch = m[1] as string;
    if (/\p{Lu}/u.test(ch)) capitals++;
    else if (/\p{N}/u.test(ch)) continue;
    else if (i === 0 || !SMALL_WORDS.has(w.replace(EDGE_PUNCT_RE, "").toLowerCase())) return false;
  }
  // Not an UPPERCASE headline (read elsewhere), and not a string of capitals alone.
  // An UPPERCASE headline run on into its summary (`GALI RESIDENTS CAUGHT  Villagers on the`) is not Title Case.
  return capitals >= TITLE_CASE_MIN_WORDS && /\p{Ll}/u.test(line) && upperWords * UPPER_WORDS_MAX_SHARE_INV <= words.length;
}
