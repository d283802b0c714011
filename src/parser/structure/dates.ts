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
