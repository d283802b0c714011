/**
 * Where the marks of a person's quote timeline go (QuoteTimeline.tsx draws
 * it; the prerender writes the same SVG for the person pages it makes
 * without the app's renderer, src/site-generator/prerender/entity-pages.ts).
 */
import type { QuoteRef } from "../../search/entities.ts";
import type { TimelineMark } from "../../search/page-data.ts";
import { dateTicks, dayNumber, isoOfDay } from "../../views/scale.ts";
import { quotePermalink } from "../../views/model.ts";
import { formatShortDate } from "../lib/format.ts";

export const TIMELINE_WIDTH = 600;
export const TIMELINE_HEIGHT = 56;
const PAD_X = 16;
/** Days shown either side when every quote is from one day, so the mark is not on the edge. */
const SINGLE_DAY_MARGIN = 180;
/** Quotes of one day stack upwards this far apart, up to this many high. */
const STACK_STEP = 7;
const STACK_MAX = 4;

export interface TimelineLayout {
  /** The axis, along the bottom. */
  axis: { x1: number; x2: number; y: number };
  /** Date labels along the axis: a year, or a year and month. */
  ticks: Array<{ day: number; x: number; y: number; label: string }>;
  /** One per dated quote: a link to its page, with a tooltip. */
  marks: Array<{ key: string; href: string; quoteId: string; title: string; cx: number; cy: number }>;
  /** For screen readers, how many quotes the marks are: `When {made} made; …`. */
  made: string;
}

/** The timeline of `marks` (every dated quote), each mark's tooltip its quote where `quotes` (those read so far) has it; null when none is dated. */
export function timelineLayout(marks: readonly TimelineMark[], quotes: readonly QuoteRef[]): TimelineLayout | null {
  const texts = new Map(quotes.map((q) => [`${q.bulletinId}/${q.articleSlug}/${q.quoteId}`, q.text]));
  const dated = marks.map(([date, b, s, q]) => ({ q: { date, b, s, q, text: texts.get(`${b}/${s}/${q}`) }, day: dayNumber(date) }));
  if (dated.length === 0) return null;
  let first = Math.min(...dated.map((d) => d.day));
  let last = Math.max(...dated.map((d) => d.day));
  if (first === last) {
    first -= SINGLE_DAY_MARGIN;
    last += SINGLE_DAY_MARGIN;
  }
  const x = (day: number) => PAD_X + ((day - first) / (last - first)) * (TIMELINE_WIDTH - 2 * PAD_X);
  const ticks = dateTicks(first, last).map((day) => {
    const iso = isoOfDay(day);
    return { day, x: x(day), y: TIMELINE_HEIGHT - 6, label: iso.endsWith("-01-01") ? iso.slice(0, 4) : iso.slice(0, 7) };
  });
  // Quotes on the same day stack upwards, so each stays a mark of its own.
  const seen = new Map<number, number>();
  const placed = dated.map(({ q, day }) => {
    const stack = seen.get(day) ?? 0;
    seen.set(day, stack + 1);
    return {
      key: `${q.b}/${q.s}/${q.q}`,
      href: quotePermalink(q),
      quoteId: q.q,
      title: q.text ? `${formatShortDate(q.date)}: “${q.text}”` : (formatShortDate(q.date) ?? ""),
      cx: x(day),
      cy: TIMELINE_HEIGHT - 26 - Math.min(stack, STACK_MAX) * STACK_STEP,
    };
  });
  return {
    axis: { x1: PAD_X, x2: TIMELINE_WIDTH - PAD_X, y: TIMELINE_HEIGHT - 20 },
    ticks,
    marks: placed,
    made: dated.length === 1 ? "the quote was" : `the ${dated.length} quotes were`,
  };
}
