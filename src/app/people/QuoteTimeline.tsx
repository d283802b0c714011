/**
 * When a person was quoted: one mark per dated quote along the years (all of
 * them, from the page's timeline, though the list below may not have read
 * them all yet), each a link to the quote's own page. The list of quotes
 * below it is the same in words (and the keyboard's path: the marks are out
 * of the tab order); a mark's tooltip gives the quote once the list has it.
 */
import { Link } from "react-router";
import type { QuoteRef } from "../../search/entities.ts";
import type { TimelineMark } from "../../search/page-data.ts";
import { dateTicks, dayNumber, isoOfDay } from "../../views/scale.ts";
import { quotePermalink } from "../../views/model.ts";
import { formatShortDate } from "../lib/format.ts";

const WIDTH = 600;
const HEIGHT = 56;
const PAD_X = 16;
/** Days shown either side when every quote is from one day, so the mark is not on the edge. */
const SINGLE_DAY_MARGIN = 180;

export function QuoteTimeline({ marks, quotes }: { marks: readonly TimelineMark[]; quotes: readonly QuoteRef[] }) {
  const texts = new Map(quotes.map((q) => [`${q.bulletinId}/${q.articleSlug}/${q.quoteId}`, q.text]));
  const dated = marks.map(([date, b, s, q]) => ({ q: { date, b, s, q, text: texts.get(`${b}/${s}/${q}`) }, day: dayNumber(date) }));
  if (dated.length === 0) return null;
  let first = Math.min(...dated.map((d) => d.day));
  let last = Math.max(...dated.map((d) => d.day));
  if (first === last) {
    first -= SINGLE_DAY_MARGIN;
    last += SINGLE_DAY_MARGIN;
  }
  const x = (day: number) => PAD_X + ((day - first) / (last - first)) * (WIDTH - 2 * PAD_X);
  const ticks = dateTicks(first, last);
  // Quotes on the same day stack upwards, so each stays a mark of its own.
  const seen = new Map<number, number>();
  return (
    <figure className="mt-3">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="w-full max-w-2xl text-stone-500" aria-hidden="true" data-timeline="quotes">
        <line x1={PAD_X} x2={WIDTH - PAD_X} y1={HEIGHT - 20} y2={HEIGHT - 20} stroke="currentColor" strokeOpacity={0.5} />
        {ticks.map((d) => (
          <text key={d} x={x(d)} y={HEIGHT - 6} textAnchor="middle" fontSize={10} fill="currentColor">
            {isoOfDay(d).endsWith("-01-01") ? isoOfDay(d).slice(0, 4) : isoOfDay(d).slice(0, 7)}
          </text>
        ))}
        {dated.map(({ q, day }) => {
          const stack = seen.get(day) ?? 0;
          seen.set(day, stack + 1);
          return (
            <Link key={`${q.b}/${q.s}/${q.q}`} to={quotePermalink(q)} tabIndex={-1} data-mark={q.q}>
              <title>{q.text ? `${formatShortDate(q.date)}: “${q.text}”` : formatShortDate(q.date)}</title>
              <circle cx={x(day)} cy={HEIGHT - 26 - Math.min(stack, 4) * 7} r={4} className="fill-amber-600 dark:fill-amber-400" stroke="white" strokeWidth={0.75} />
            </Link>
          );
        })}
      </svg>
      <figcaption className="sr-only">When {dated.length === 1 ? "the quote was" : `the ${dated.length} quotes were`} made; the list below gives each.</figcaption>
    </figure>
  );
}
