// The note closing an article: `Olga Shevchenko is an IWPR-trained reporter in Almaty.`,
// `X is a freelance journalist…`, `X is IWPR's Central Asia editor.`, `X and Y are …`.

/** Roles that only a note about the writer gives (a body sentence about a source rarely does). */
const WRITER_ROLES =
  "IWPR|freelance|journalists?|reporters?|correspondents?|editors?|contributors?|writers?|pseudonym|stringers?";
/** Roles that a body sentence can give a source too: a note only when the name is the byline's. */
const OTHER_ROLES = "analysts?|commentators?|coordinators?|directors?|producers?|researchers?|lecturers?|professors?|students?|members?|staff|photographers?|experts?";
const NAME = "\\p{Lu}[\\p{L}’'.\\-]*";
const LEAD = `^\\(?((?:${NAME})(?:,?\\s+(?:${NAME}|and|de|van|von|al|el|bin|ibn))*)\\s+(?:is|are|was|were)\\s+(?:(?:an?|the|one|two|several|both)\\s+)?(?:[\\p{L}’'-]+\\s+){0,3}?`;
const WRITER_NOTE_RE = new RegExp(`${LEAD}(?:${WRITER_ROLES})\\b`, "u");
const OTHER_NOTE_RE = new RegExp(`${LEAD}(?:${OTHER_ROLES})\\b`, "u");

const FAST_VERB_RE = / (?:is|are|was|were) /;

/** An author note is a sentence or two, never a long paragraph. */
export const AUTHOR_NOTE_MAX_CHARS = 400;

/**
 * A note that credits staff and contributors rather than a named reporter: "This article was compiled by
 * IWPR staff with …", "… with contributions from IWPR reporters in Osh", "Additional reporting by …",
 * "IWPR staff in Bishkek contributed to this report". It speaks of the article itself ("This report") or
 * names IWPR's people, so a body sentence about somebody else's report ("The report was compiled by the
 * UN") is not one.
 */
const CREDIT_NOTE_RES = [
  /^(?:This|The above)\s+(?:article|report|story|piece|feature|item|briefing|analysis|comment|investigation|series)\s+(?:was|has been|is|were)\s+(?:\w+ly\s+)?(?:compiled|prepared|written|produced|researched|put together|edited|reported)\b/,
  /^(?:Compiled|Prepared|Written|Produced|Researched|Reported)\s+by\s+(?:IWPR|staff|reporters|journalists|correspondents|contributors)\b/i,
  /^Additional\s+(?:reporting|research|material)\s+(?:by|from)\b/i,
  /\bwith\s+(?:additional\s+)?(?:contributions?|reporting|input)\s+(?:from|by)\s+(?:IWPR|(?:local\s+|other\s+)?(?:staff|reporters|journalists|correspondents|contributors))\b/i,
  /\b(?:IWPR\s+)?(?:staff|reporters|journalists|correspondents|contributors)\b[^.]{0,80}\bcontributed\s+to\s+this\s+(?:article|report|story)\b/i,
];
const FAST_CREDIT_RE = /\b(?:by|contribut\w*|with)\b/i;

/** Is `text` (one unwrapped block) the author note? `authorNames` are the article's byline names. */
export function isAuthorNote(text: string, authorNames: readonly string[] = []): boolean {
  if (text.length > AUTHOR_NOTE_MAX_CHARS) return false;
  if (FAST_CREDIT_RE.test(text) && CREDIT_NOTE_RES.some((re) => re.test(text))) return true;
  // Cheap rejection first: every paragraph of every article passes through here.
  if (!FAST_VERB_RE.test(text)) return false;
  // A full name (two words or more) — `He is a journalist…` in the body is not a note.
  const w = WRITER_NOTE_RE.exec(text);
  if (w && ((w[1] as string).includes(" ") || isAuthor(w[1] as string, authorNames))) return true;
  const o = OTHER_NOTE_RE.exec(text);
  return o !== null && isAuthor(o[1] as string, authorNames);
}

function isAuthor(who: string, authorNames: readonly string[]): boolean {
  const lower = who.toLowerCase();
  for (const n of authorNames) if (n.length > 0 && lower.includes(n.toLowerCase())) return true;
  return false;
}
