/** Display formats shared by pages, citations and titles. */
const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

/** Digits before the decimal point, in threes from the right. */
const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;
/** Decimal places kept, as `toLocaleString` does by default. */
const MAX_DECIMALS = 3;

/**
 * `1250000` → `1,250,000`, `2.5` → `2.5`: figures as a British reader writes
 * them. Not Intl: its first use costs tens of milliseconds of start-up on a
 * phone, and building a formatter per figure (`toLocaleString`) made an
 * article with a few hundred figures spend most of its render there.
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const scale = 10 ** MAX_DECIMALS;
  const [whole = "", decimals] = String(Math.round(value * scale) / scale).split(".");
  return decimals ? `${whole.replace(THOUSANDS, ",")}.${decimals}` : whole.replace(THOUSANDS, ",");
}

/**
 * An ISO date as day, month name and year, without time zones getting
 * involved (nor Intl: see formatNumber); anything else as it is.
 */
function formatIsoDate(iso: string | null, monthName: (month: string) => string): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${monthName(month)} ${m[1]}` : iso;
}

/** `2009-02-07` → `7 February 2009`. */
export function formatDate(iso: string | null): string | null {
  return formatIsoDate(iso, (month) => month);
}

/** `2009-02-07` → `7 Feb 2009`, for compact lists (search hits). */
export function formatShortDate(iso: string | null): string | null {
  return formatIsoDate(iso, (month) => month.slice(0, 3));
}

export interface IssueLike {
  series: string | null;
  seriesCode?: string | null;
  issue: number | null;
  part: number | null;
}

/** `Reporting Central Asia No. 565 Part 2`; falls back gracefully when parts were lost. */
export function issueLabel(b: IssueLike): string {
  const name = b.series ?? b.seriesCode ?? "Bulletin";
  const parts = [name];
  if (b.issue !== null) parts.push(`No. ${b.issue}`);
  if (b.part !== null) parts.push(`Part ${b.part}`);
  return parts.join(" ");
}

export function authorsLine(authors: readonly { name: string; location: string | null }[]): string {
  const names = authors.map((a) => a.name);
  const byline =
    names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  const places = [...new Set(authors.map((a) => a.location).filter((l): l is string => !!l))];
  return places.length ? `${byline} in ${places.join(", ")}` : byline;
}

export function articlePath(bulletinId: string, slug: string): string {
  return `/bulletins/${encodeURIComponent(bulletinId)}/articles/${encodeURIComponent(slug)}`;
}

export function bulletinPath(bulletinId: string): string {
  return `/bulletins/${encodeURIComponent(bulletinId)}`;
}
