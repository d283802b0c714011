// Numbers in running text that are not statistics: dates, years, decades,
// times, ages, issue and article numbers, phone numbers, street numbers and
// postcodes. Each rule names the written form it exists for.
import type { Token } from "./tokens.ts";

const MONTHS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
  "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);
// "May" and "March" are also words; a month is only trusted when capitalised.
const isMonth = (t: Token | undefined): boolean => !!t && t.kind === "word" && MONTHS.has(t.lower) && /^[A-Z]/.test(t.text);

/** Years the bulletins write about: a bare integer in this range reads as a year. */
export const YEAR_MIN = 1800;
export const YEAR_MAX = 2100;
/** Words after which a bare year-like number is certainly a year ("since 2007", "late 2008"). */
const YEAR_LEADS = new Set(["in", "since", "by", "from", "until", "till", "of", "late", "early", "mid", "before", "after", "during", "between", "to", "through", "spring", "summer", "autumn", "winter", "year", "fiscal", "and", "or"]);

/** Capitalised labels that make the next number an identifier: "No. 565", "Article 12", "Tel 268 6077". */
const LABELS = new Set([
  "no", "nos", "number", "part", "article", "articles", "chapter", "section", "resolution", "room", "box",
  "route", "vol", "volume", "issue", "decree", "law", "item", "paragraph", "page", "pages", "tel", "fax",
  "phone", "telephone", "mobile", "issn", "isbn", "flight", "case", "clause", "apt", "flat", "house",
  "building", "block", "unit", "plot", "code", "order", "protocol", "point", "bus", "gate", "platform",
  "list", "district", "school", "hospital", "camp", "colony", "brigade", "division", "regiment", "battalion",
]);

const AGE_LEADS = new Set(["aged", "age", "ages"]);
const TIME_SUFFIXES = new Set(["am", "pm", "gmt", "o'clock", "o’clock", "hrs"]);
const SENTENCE_OPENERS = new Set([".", "!", "?", "“", "\"", "(", "[", ":", ";", "‘", "–", "—", "-"]);

export interface NumberSpan {
  /** First token of the figure (a currency symbol before it included). */
  readonly first: number;
  /** The number token itself. */
  readonly numberToken: number;
  /** Token after the number and its scale word. */
  readonly next: number;
  readonly value: number;
  readonly spelled: boolean;
  readonly scaled: boolean;
}

/**
 * Why the figure at `span` is not a statistic, or null when it may be one.
 * `unitFollows` says a unit or count noun was found right after it.
 */
export function exclusionReason(text: string, tokens: readonly Token[], span: NumberSpan, unitFollows: boolean): string | null {
  const num = tokens[span.numberToken]!;
  const prev = tokens[span.first - 1];
  const prev2 = tokens[span.first - 2];
  const after = tokens[span.next];

  if (num.kind === "num") {
    // Glued to letters or path characters: "WC1X", "1990s", "10th", "iwpr.net/565", "#5".
    const before = text[num.start - 1] ?? " ";
    if (span.first === span.numberToken && /[A-Za-z0-9/#@_]/.test(before)) return "identifier";
    if (span.first === span.numberToken && before === "." && /[A-Za-z0-9]/.test(text[num.start - 2] ?? "")) return "identifier";
    // A two-digit year with its apostrophe, often typed as a left quote: "the ‘09 budget", "elections of '05".
    if (!unitFollows && /^\d\d$/.test(num.text) && /['‘’]/.test(before) && !/[\p{L}\d]/u.test(text[num.start - 2] ?? " ") && !/\d/.test(text[num.end] ?? "")) return "year";
    const last = tokens[span.next - 1]!;
    const afterChar = text[last.end] ?? " ";
    if (/[A-Za-z]/.test(afterChar) && !(after && after.start === last.end && unitFollows)) return "identifier";
    if (afterChar === "/" || afterChar === "@") return "identifier";
    // Times: "10:30", "5 pm".
    if (afterChar === ":" && /\d/.test(text[last.end + 1] ?? "")) return "time";
    if (after && TIME_SUFFIXES.has(after.lower)) return "time";
    // Phone numbers and postcodes: "+44 20 7831 1030", "268-6077", "2517 KK".
    if (prev && prev.text === "+" && prev.end === num.start) return "phone";
    if (after && after.kind === "num" && !span.scaled && isPhoneGap(text.slice(last.end, after.start), num.text, after.text)) return "phone";
    if (prev && prev.kind === "num" && isPhoneGap(text.slice(prev.end, num.start), prev.text, num.text)) return "phone";
    // Identifier pairs joined by a hyphen with four digits a side: ISSN "1477-7924".
    if (after && after.text === "-" && tokens[span.next + 1]?.kind === "num" && /^\d{4}$/.test(num.text) && /^\d{4}$/.test(tokens[span.next + 1]!.text) && Number(tokens[span.next + 1]!.text) < Number(num.text)) return "identifier";
  }

  // Labels: "No. 565", "Part Two", "Article 12", "Tel: 268".
  const labelTok = prev?.text === "." || prev?.text === ":" ? prev2 : prev;
  if (labelTok && labelTok.kind === "word" && LABELS.has(labelTok.lower) && /^[A-Z]/.test(labelTok.text)) return "label";
  if (prev?.text === "#") return "label";

  // Dates: "January 13", "13 January", "March 2008", "13-15 January".
  if (isMonth(prev)) return "date";
  if (isMonth(after)) return "date";
  if (after && (after.text === "-" || after.text === "–") && isMonth(tokens[span.next + 2])) return "date";

  // Years: a bare four-digit integer in range, unless a count noun follows it ("2000 residents").
  if (num.kind === "num" && /^\d{4}$/.test(num.text) && !span.scaled) {
    const v = Number(num.text);
    if (v >= YEAR_MIN && v <= YEAR_MAX) {
      if (!unitFollows) return "year";
      if (prev && YEAR_LEADS.has(prev.lower)) return "year";
    }
  }
  // Year ranges and dates ending a range: "2008-09", "in 2008–2009".
  if (num.kind === "num" && prev && (prev.text === "-" || prev.text === "–" || prev.text === "/") && /^\d{4}$/.test(tokens[span.first - 2]?.text ?? "")) return "year";

  // Ages: "aged 50", "at the age of 50", "a 50-year-old".
  if (prev && AGE_LEADS.has(prev.lower)) return "age";
  if (prev?.lower === "of" && prev2 && AGE_LEADS.has(prev2.lower)) return "age";
  if (after && (after.text === "-" || after.text === "–") && /^year-olds?$|^years?-old$/.test(tokens[span.next + 1]?.lower ?? "")) return "age";
  if (after && /^years?$/.test(after.lower) && tokens[span.next + 1]?.lower === "old") return "age";

  // Street numbers and postcodes sit after a capitalised word mid-sentence ("Eisenhowerlaan 77",
  // "Washington, DC 20006", "Johannesburg 2121"); a sentence's first word ("Around 500") does not count.
  if (prev && prev.kind === "word" && /^[A-Z]/.test(prev.text) && span.first === span.numberToken) {
    const beforePrev = tokens[span.first - 2];
    const sentenceFirst = !beforePrev || SENTENCE_OPENERS.has(beforePrev.text);
    if (!sentenceFirst) return "identifier";
  }
  // Street numbers before a street name: "48 Gray’s Inn Road".
  if (after && after.kind === "word" && /^[A-Z]/.test(after.text) && !unitFollows) {
    for (let k = span.next; k < Math.min(tokens.length, span.next + 5); k++) {
      if (/^(?:road|street|st|avenue|ave|lane|square|boulevard|prospekt|prospect|ulitsa|str|highway)$/.test(tokens[k]!.lower)) return "address";
    }
  }
  return null;
}

/** Digit groups of a phone number: separated by spaces, or by a hyphen when both have three digits or more. */
function isPhoneGap(gap: string, left: string, right: string): boolean {
  if (/^\s+$/.test(gap)) return !left.includes(",") && !right.includes(",");
  // "268-6077"; a range of plain figures ("100-150") has a shorter right side.
  return gap === "-" && /^\d{3,}$/.test(left) && /^\d{4,}$/.test(right) && !(/^\d{4}$/.test(left) && Number(left) < Number(right));
}
