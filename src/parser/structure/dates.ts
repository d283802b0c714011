// Dates as IWPR wrote them: "February 7, 2009", "2 April, 2008", tag dates
// "07-Feb-09", "31-July-09", "20-Sept-07".

/** Month names and the abbreviations seen in tags (`Sept`, `July`). */
const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

export const MONTH_NAME_PATTERN =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

/** Two-digit years: IWPR mailed from 1998; `98`/`99` are 1998/1999, the rest 20xx. */
export const TWO_DIGIT_YEAR_PIVOT = 90;

export function monthNumber(name: string): number | null {
  return MONTHS[name.toLowerCase().replace(/\.$/, "")] ?? null;
}

export function fullYear(y: number): number {
  if (y >= 100) return y;
  return y >= TWO_DIGIT_YEAR_PIVOT ? 1900 + y : 2000 + y;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isoDate(year: number, month: number, day: number): string | null {
  if (!(month >= 1 && month <= 12) || !(day >= 1 && day <= (DAYS_IN_MONTH[month - 1] as number))) return null;
  if (year < 1900 || year > 2100) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const MONTH_DAY_YEAR_RE = new RegExp(`\\b(${MONTH_NAME_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i");
const DAY_MONTH_YEAR_RE = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_NAME_PATTERN})\\.?,?\\s+(\\d{4})\\b`, "i");
const TAG_DATE_RE = new RegExp(`^(\\d{1,2})[-\\s](${MONTH_NAME_PATTERN})\\.?[-\\s](\\d{2}|\\d{4})$`, "i");

/** Finds the first written-out date in a text ("February 7, 2009" or "2 April, 2008"). */
export function findLongDate(text: string): { iso: string; index: number; length: number } | null {
  const a = MONTH_DAY_YEAR_RE.exec(text);
  const b = DAY_MONTH_YEAR_RE.exec(text);
  const pick = a && (!b || a.index <= b.index) ? "mdy" : b ? "dmy" : null;
  if (pick === "mdy" && a) {
    const iso = isoDate(Number(a[3]), monthNumber(a[1] as string) ?? 0, Number(a[2]));
    return iso ? { iso, index: a.index, length: a[0].length } : null;
  }
  if (pick === "dmy" && b) {
    const iso = isoDate(Number(b[3]), monthNumber(b[2] as string) ?? 0, Number(b[1]));
    return iso ? { iso, index: b.index, length: b[0].length } : null;
  }
  return null;
}

/** A tag date such as `07-Feb-09` or `31-July-09`; null when it is not one. */
export function parseTagDate(text: string): string | null {
  const m = TAG_DATE_RE.exec(text.trim());
  if (!m) return null;
  return isoDate(fullYear(Number(m[3])), monthNumber(m[2] as string) ?? 0, Number(m[1]));
}

/**
 * `07/01/2004`: a re-post's title or footer when the long date was lost. Either order occurs;
 * a part over 12 settles it, else the order that falls nearer to a date found elsewhere in
 * the copy (its tags), else month first (the US-hosted sites that re-posted IWPR's bulletins
 * wrote them so).
 */
const NUMERIC_DATE_RE = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/;
/** Evidence further than this from both readings says nothing about the order. */
export const NUMERIC_EVIDENCE_MAX_DAYS = 62;
const DAY_MS = 86_400_000;

export function readNumericDate(text: string, evidence: readonly string[] = []): string | null {
  const m = NUMERIC_DATE_RE.exec(text);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  const y = Number(m[3]);
  const monthFirst = isoDate(y, a, b);
  const dayFirst = isoDate(y, b, a);
  if (!monthFirst || !dayFirst || monthFirst === dayFirst) return monthFirst ?? dayFirst;
  const distance = (iso: string) => Math.min(...evidence.map((e) => Math.abs(Date.parse(e) - Date.parse(iso)) / DAY_MS));
  if (evidence.length > 0) {
    const dm = distance(monthFirst);
    const dd = distance(dayFirst);
    if (Math.min(dm, dd) <= NUMERIC_EVIDENCE_MAX_DAYS && dm !== dd) return dm < dd ? monthFirst : dayFirst;
  }
  return monthFirst;
}

/** A line that is a date and nothing else (`July 1, 2004.`): a copy's own dated line. */
export function readDatedLine(line: string): string | null {
  const d = findLongDate(line);
  if (!d) return null;
  const rest = (line.slice(0, d.index) + line.slice(d.index + d.length)).replace(/[\s.,;:()|–-]/g, "");
  return rest.length <= DATED_LINE_MAX_OTHER_CHARS ? d.iso : null;
}
/** A weekday may stand before the date (`Thursday, March 29, 2007`). */
export const DATED_LINE_MAX_OTHER_CHARS = 9;
