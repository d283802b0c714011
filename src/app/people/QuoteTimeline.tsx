/**
 * When a person was quoted: one mark per dated quote along the years (all of
 * them, from the page's timeline, though the list below may not have read
 * them all yet), each a link to the quote's own page. The list of quotes
 * below it is the same in words (and the keyboard's path: the marks are out
 * of the tab order); a mark's tooltip gives the quote once the list has it.
 * Where the marks go: timeline-layout.ts.
 */
import { Link } from "react-router";
import type { QuoteRef } from "../../search/entities.ts";
import type { TimelineMark } from "../../search/page-data.ts";
import { TIMELINE_HEIGHT, TIMELINE_WIDTH, timelineLayout } from "./timeline-layout.ts";

export function QuoteTimeline({ marks, quotes }: { marks: readonly TimelineMark[]; quotes: readonly QuoteRef[] }) {
  const layout = timelineLayout(marks, quotes);
  if (!layout) return null;
  const { axis } = layout;
  return (
    <figure className="mt-3">
      <svg viewBox={`0 0 ${TIMELINE_WIDTH} ${TIMELINE_HEIGHT}`} className="w-full max-w-2xl text-stone-500" aria-hidden="true" data-timeline="quotes">
        <line x1={axis.x1} x2={axis.x2} y1={axis.y} y2={axis.y} stroke="currentColor" strokeOpacity={0.5} />
        {layout.ticks.map((t) => (
          <text key={t.day} x={t.x} y={t.y} textAnchor="middle" fontSize={10} fill="currentColor">
            {t.label}
          </text>
        ))}
        {layout.marks.map((m) => (
          <Link key={m.key} to={m.href} tabIndex={-1} data-mark={m.quoteId}>
            <title>{m.title}</title>
            <circle cx={m.cx} cy={m.cy} r={4} className="fill-amber-600 dark:fill-amber-400" stroke="white" strokeWidth={0.75} />
          </Link>
        ))}
      </svg>
      <figcaption className="sr-only">When {layout.made} made; the list below gives each.</figcaption>
    </figure>
  );
}
