// Statistics: the figures an article reports ("7,229 people", "Two hundred and
// thirty-four companies", "10 billion US dollars", "40 per cent",
// "6,000 tenge [50 US dollars]"), with their qualifier, unit and kind.
//
// Decisions a reader of the output should know:
// - A range ("between 10 and 15 per cent", "10–15 workers") is ONE statistic
//   whose value is the lower bound; its text spans the whole range. So is a
//   bare "from 10 to 15 dollars" ("salaries ranging from …").
// - A change ("rose from 18 to 30 dollars", "was cut from 5,000 to 3,200
//   staff": `from X to Y` after a verb of change) is TWO statistics, the old
//   and the new figure, the old one taking the new one's unit.
// - Durations and ages ("ten years", "two months’ time", "aged 50") are not
//   statistics: they measure time, not the things a report counts.
// - A spelled-out number needs a unit, a qualifier or a scale word to count:
//   "a week or two" and the pronoun "one" are not figures; "one billion
//   dollars" and "two children" are.
// - A conversion in brackets right after a figure is attached to it, not
//   reported again.
import type { Article, Statistic, StatisticKind } from "../../model/index.ts";
import { tokenize, type Token } from "./tokens.ts";
import { mayHoldNumber, parseNumberAt, SCALES, type ParsedNumber } from "./numbers.ts";
import { currencyBefore, RATE_PERIODS, TIME_NOUNS, unitAt } from "./units.ts";
import { exclusionReason, type NumberSpan } from "./exclusions.ts";
import { countNounAt } from "./count-nouns.ts";
import { isChangeFrom } from "./changes.ts";

/** Qualifiers as written before a figure, longest first so "just over" wins over "over". */
const QUALIFIERS: readonly (readonly string[])[] = [
  "more than", "over", "about", "around", "almost", "nearly", "up to", "at least", "some", "fewer than",
  "less than", "approximately", "roughly", "just over", "just under", "as many as", "as much as",
  "as few as", "an estimated", "estimated", "close to", "at most", "no more than", "no fewer than",
  "no less than", "upwards of", "in excess of", "under", "below", "above", "only", "a mere", "barely",
  "between", "from", "well over", "well under", "a total of", "a further", "another",
]
  .map((q) => q.split(" "))
  .sort((a, b) => b.length - a.length);

/** The old figure of a change takes the new one's scale word only when the bare numbers are this close. */
export const SCALE_CARRY_FACTOR = 10;

/** Spelled-out counts below this are ordinary words of the sentence, not reported figures. */
export const SPELLED_MIN_COUNT = 10;

interface Figure {
  readonly first: number; // first token (qualifier excluded)
  readonly last: number; // last token, inclusive
  readonly value: number;
  readonly unit: string | null;
  readonly kind: StatisticKind;
}

export function extractStatistics(article: Article): Statistic[] {
  const out: Statistic[] = [];
  const seriesCode = article.issueTag?.code ?? null;
  for (const paragraph of article.paragraphs) {
    for (const s of statisticsInText(paragraph.text, seriesCode)) {
      out.push({ ...s, id: `s${out.length + 1}`, paragraphId: paragraph.id });
    }
  }
  return out;
}

export type TextStatistic = Omit<Statistic, "id" | "paragraphId">;

/** The statistics of one paragraph's text, in reading order. */
export function statisticsInText(text: string, seriesCode: string | null = null): TextStatistic[] {
  // most paragraphs hold no number: they are not split into tokens (the pass's main cost) at all
  if (!mayHoldNumber(text)) return [];
  const tokens = tokenize(text);
  const lower = tokens.map((t) => t.lower);
  const out: TextStatistic[] = [];
  let i = 0;
  while (i < tokens.length) {
    const fig = figureAt(text, tokens, lower, i, seriesCode);
    if (!fig) {
      i++;
      continue;
    }
    let last = fig.last;
    const qualifier = qualifierBefore(lower, fig.first);
    let conversion: Statistic["conversion"] = null;
    const open = tokens[last + 1];
    if (open && (open.text === "[" || open.text === "(")) {
      const inner = conversionAt(text, tokens, lower, last + 2, seriesCode, open.text === "[" ? "]" : ")");
      if (inner) {
        conversion = inner.conversion;
        i = inner.close + 1;
      }
    }
    if (!conversion) i = last + 1;
    const startTok = qualifier ? fig.first - qualifier.length : fig.first;
    const start = tokens[startTok]!.start;
    const end = tokens[last]!.end;
    out.push({
      value: fig.value,
      unit: fig.unit,
      text: text.slice(start, end),
      start,
      end,
      kind: fig.kind,
      qualifier: qualifier ? text.slice(tokens[startTok]!.start, tokens[fig.first - 1]!.end) : null,
      conversion,
    });
  }
  return out;
}

function qualifierBefore(lower: readonly string[], first: number): readonly string[] | null {
  for (const q of QUALIFIERS) {
    const from = first - q.length;
    if (from < 0) continue;
    if (q.every((w, k) => lower[from + k] === w)) return q;
  }
  return null;
}

function conversionAt(text: string, tokens: readonly Token[], lower: readonly string[], i: number, seriesCode: string | null, closer: string): { conversion: NonNullable<Statistic["conversion"]>; close: number } | null {
  // Allow a qualifier inside: "[about 50 US dollars]".
  let k = i;
  for (const q of QUALIFIERS) if (q.every((w, n) => lower[i + n] === w)) { k = i + q.length; break; }
  const fig = figureAt(text, tokens, lower, k, seriesCode);
  if (!fig || fig.kind === "count" && fig.unit === null) return null;
  const close = tokens[fig.last + 1];
  if (!close || close.text !== closer) return null;
  const start = tokens[i]!.start;
  return { conversion: { value: fig.value, unit: fig.unit, text: text.slice(start, tokens[fig.last]!.end) }, close: fig.last + 1 };
}

/** A figure starting at token i: an optional currency sign, a number, an optional range and unit. */
function figureAt(text: string, tokens: readonly Token[], lower: readonly string[], i: number, seriesCode: string | null): Figure | null {
  const t = tokens[i];
  if (!t) return null;
  let numberToken = i;
  let prefixCurrency: string | null = null;
  if (t.text === "US" && tokens[i + 1]?.text === "$" && tokens[i + 1]!.start === t.end) {
    prefixCurrency = "USD";
    numberToken = i + 2;
  } else if (t.kind !== "num" && currencyBefore(t.text)) {
    prefixCurrency = currencyBefore(t.text);
    numberToken = i + 1;
  }
  if (prefixCurrency && tokens[numberToken]?.kind !== "num") return null;
  const parsed = parseNumberAt(tokens, numberToken);
  if (!parsed) return null;
  if (t.kind === "word" && !parsed.spelled) return null;

  // A range: "10–15", "10 to 15", "between 10 and 15".
  let j = parsed.next;
  let upper: ParsedNumber | null = null;
  const joiner = tokens[j];
  const change = joiner?.lower === "to" && isChangeFrom(lower, i - 1);
  if (joiner && !change && (joiner.text === "-" || joiner.text === "–" || joiner.lower === "to" || (joiner.lower === "and" && lower[i - 1] === "between"))) {
    const u = parseNumberAt(tokens, j + 1);
    if (u && u.value > parsed.value && u.spelled === parsed.spelled) {
      upper = u;
      j = u.next;
    }
  }
  // Scale carried over from the upper bound: "10 to 15 million".
  let value = parsed.value;
  if (upper && upper.scaled && !parsed.scaled) value *= SCALES.get(tokens[upper.next - 1]!.lower) ?? 1;

  let unit: string | null = prefixCurrency;
  let kind: StatisticKind = prefixCurrency ? "money" : "count";
  let last = j - 1;
  const u = unitAt(lower, j, seriesCode);
  if (u) {
    unit = u.unit;
    kind = u.kind;
    last = j + u.length - 1;
  } else if (!prefixCurrency) {
    const noun = countNounAt(tokens, j);
    if (noun) {
      if (TIME_NOUNS.has(noun.noun)) return null;
      unit = noun.noun;
      last = noun.last;
    }
  }
  // "rose from 18 to 30 dollars": the old figure is written without the unit of the new one.
  if (change && unit === null) {
    const next = figureAt(text, tokens, lower, j + 1, seriesCode);
    if (next && next.unit !== null) {
      unit = next.unit;
      kind = next.kind;
      const bare = parseNumberAt(tokens, j + 1);
      const scale = bare?.scaled ? SCALES.get(tokens[bare.next - 1]!.lower) : undefined;
      // "from 5 to 7 million" (5 million), not "from 500 to 1.5 million"
      if (scale && !parsed.scaled && next.value / scale > parsed.value / SCALE_CARRY_FACTOR && next.value / scale < parsed.value * SCALE_CARRY_FACTOR) value *= scale;
    }
  }
  // "three US dollars a day", "50 dollars per month".
  if (kind === "money" || kind === "count" && unit) {
    const a = lower[last + 1];
    const period = RATE_PERIODS.get(lower[last + 2] ?? "");
    if ((a === "a" || a === "an" || a === "per" || a === "each") && period) {
      unit = `${unit}/${period}`;
      kind = "rate";
      last += 2;
    }
  }

  const span: NumberSpan = { first: i, numberToken, next: parsed.next, value: parsed.value, spelled: parsed.spelled, scaled: parsed.scaled };
  const unitFollows = unit !== null;
  if (exclusionReason(text, tokens, span, unitFollows)) return null;
  if (lower[parsed.next] && TIME_NOUNS.has(lower[parsed.next]!)) return null;
  if (parsed.spelled && !parsed.scaled) {
    // "a week or two", "one after the other": spelled-out numbers need something to count.
    const hasQualifier = qualifierBefore(lower, i) !== null;
    if (!unitFollows && !hasQualifier) return null;
    // Style guides spell out numbers under ten ("the two sides", "four people in my family"):
    // those are counted only with a money, percent or measure unit.
    if (parsed.value < SPELLED_MIN_COUNT && kind === "count") return null;
  }
  return { first: i, last, value, unit, kind };
}
