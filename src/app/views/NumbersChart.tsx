/**
 * The filtered numbers over time, as an SVG drawn here (src/views/scale.ts
 * says why no chart library): one point per number, each a link to its
 * paragraph; a log scale when the values span orders of magnitude. The list
 * under the chart holds the same values with their sentences, and is what
 * keyboards and screen readers use: the points are out of the tab order.
 */
import { Link } from "react-router";
import { formatNumber, formatShortDate } from "../lib/format.ts";
import { dateTicks, dayNumber, isoOfDay, scale, wantsLogScale } from "../../views/scale.ts";
import { paragraphHref, type NumberRow, type ViewArticle } from "../../views/model.ts";

const WIDTH = 720;
const HEIGHT = 280;
const PAD = { left: 64, right: 16, top: 12, bottom: 28 };
/** Points drawn at most: past this the chart would cost the page more than it shows. */
export const MAX_CHART_POINTS = 2000;
/** Days shown either side when every number is from one day. */
const SINGLE_DAY_MARGIN = 90;

export function NumbersChart({ rows, articles, unitLabel }: { rows: readonly NumberRow[]; articles: readonly ViewArticle[]; unitLabel: string }) {
  const dated = rows.flatMap((r) => {
    const d = articles[r.a]?.d;
    return d ? [{ r, day: dayNumber(d), d }] : [];
  });
  const shown = dated.slice(0, MAX_CHART_POINTS);
  if (shown.length === 0) return <p className="mt-4 text-stone-600 dark:text-stone-400">None of these numbers is dated, so there is nothing to chart.</p>;
  const values = shown.map((p) => p.r.value);
  const log = wantsLogScale(values);
  const y = scale(Math.min(...values), Math.max(...values), HEIGHT - PAD.bottom, PAD.top, log);
  let first = Math.min(...shown.map((p) => p.day));
  let last = Math.max(...shown.map((p) => p.day));
  if (first === last) {
    // One date: the points in the middle, with the months around it.
    first -= SINGLE_DAY_MARGIN;
    last += SINGLE_DAY_MARGIN;
  }
  const span = Math.max(1, last - first);
  const x = (day: number) => PAD.left + ((day - first) / span) * (WIDTH - PAD.left - PAD.right);
  const ticks = dateTicks(first, last);
  return (
    <figure className="mt-4">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="w-full max-w-3xl text-stone-500" aria-hidden="true" data-chart="numbers">
        {y.ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(t)} y2={y(t)} stroke="currentColor" strokeOpacity={0.25} />
            <text x={PAD.left - 6} y={y(t)} dy="0.32em" textAnchor="end" fontSize={11} fill="currentColor">
              {formatNumber(t)}
            </text>
          </g>
        ))}
        {ticks.map((d) => (
          <text key={d} x={x(d)} y={HEIGHT - 8} textAnchor="middle" fontSize={11} fill="currentColor">
            {isoOfDay(d).endsWith("-01-01") ? isoOfDay(d).slice(0, 4) : isoOfDay(d).slice(0, 7)}
          </text>
        ))}
        {shown.map(({ r, day, d }) => (
          <Link key={`${r.b}/${r.s}/${r.id}`} to={paragraphHref(r)} tabIndex={-1} data-point={`${r.b}/${r.s}/${r.id}`}>
            <title>{`${r.text} · ${formatShortDate(d)}`}</title>
            <circle cx={x(day)} cy={y(r.value)} r={4} className="fill-emerald-600 dark:fill-emerald-400" fillOpacity={0.75} stroke="white" strokeWidth={0.75} />
          </Link>
        ))}
      </svg>
      <figcaption className="text-sm text-stone-600 dark:text-stone-400">
        {unitLabel} by date of the article{log ? ", on a log scale (the values span orders of magnitude)" : ""}.
        {dated.length > shown.length && ` The first ${formatNumber(MAX_CHART_POINTS)} of ${formatNumber(dated.length)} are drawn; narrow the filters to see the rest.`}
        {" "}Each point links to its paragraph; the list below holds the same numbers.
      </figcaption>
    </figure>
  );
}
