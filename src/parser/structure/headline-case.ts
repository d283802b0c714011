// UPPERCASE headlines to readable title case: `KAZAK TOWNS EMPTY FOLLOWING MASS JOB CUTS`
// → `Kazak Towns Empty Following Mass Job Cuts`, keeping acronyms.

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
