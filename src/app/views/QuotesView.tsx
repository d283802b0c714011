/**
 * /quotes: every quotation in the archive with its speaker, article and date.
 * Filters (speaker, a place the paragraph mentions, series, dates, words)
 * live in the URL; "most quoted" sums up the speakers of the rows shown.
 */
import { useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { memo, useMemo } from "react";
import { Link } from "react-router";
import { useDocumentMeta } from "../hooks/useDocumentMeta.ts";
import { formatDate } from "../lib/format.ts";
import { filterQuotes, topSpeakers } from "../../views/filters.ts";
import { articleChoices, placeOptions, TOP_SPEAKERS } from "../../views/head.ts";
import { quotePermalink, type QuoteRow, type QuotesViewData, type ViewArticle } from "../../views/model.ts";
import { Choice, Filters, ResetLink, TextFilter, YearRange } from "./Controls.tsx";
import { ExportButtons } from "./ExportButtons.tsx";
import { ResultCount, ViewHeader } from "./ViewHeader.tsx";
import { useViewParams } from "./useViewParams.ts";
import { quotesHeadQuery, quotesViewQuery } from "./views-data.ts";
import { useWholeView } from "./useWholeView.ts";
import { MoreRows } from "./MoreRows.tsx";
import { VirtualRows } from "./VirtualRows.tsx";

const KEYS = ["speaker", "place", "series", "from", "to", "q"] as const;

const QuoteItem = memo(function QuoteItem({ r, article }: { r: QuoteRow; article: ViewArticle | undefined }) {
  return (
    <figure className="border-b border-stone-200 py-3 dark:border-stone-800">
      <blockquote className="font-serif text-lg">
        <Link to={quotePermalink(r)} className="hover:underline">
          “{r.text}”
        </Link>
      </blockquote>
      <figcaption className="text-sm text-stone-600 dark:text-stone-400">
        {r.pid ? (
          <Link to={`/people/${r.pid}`} className="link">
            {r.speaker}
          </Link>
        ) : (
          r.speaker
        )}
        {article && (
          <>
            {" · "}
            <Link to={`/bulletins/${r.b}/articles/${r.s}#${r.q}`} className="hover:underline">
              {article.h}
            </Link>
            {article.d && ` · ${formatDate(article.d)}`}
          </>
        )}
      </figcaption>
    </figure>
  );
});

export function Component() {
  const { data: start } = useSuspenseQuery(quotesHeadQuery());
  const [f, set] = useViewParams(KEYS);
  const filtered = Object.keys(f).length > 0;
  const whole = useWholeView(quotesViewQuery(), filtered || start.imports);
  const queryClient = useQueryClient();
  useDocumentMeta("Quotes", "Every quotation in the bulletin archive, with its speaker, article and date.");
  const { head } = start;
  // Before the whole file is here, the head (its first rows, with their articles and places) stands in for it.
  const data = whole.data ?? { articles: head.articles, places: head.places, quotes: filtered ? [] : head.rows };
  const all = whole.data;
  // The head's choices and top speakers were made by the build from this same file: worked out again
  // here only when imported bulletins add to it, or (the speakers) for a filtered selection. Counting
  // 39,000 quotes again would lengthen the task in which the whole file arrives, mid-scroll.
  const choices = useMemo(
    () => (all && start.imports ? { ...articleChoices(all.articles), places: placeOptions(all.places, all.quotes) } : head.choices),
    [all, head, start.imports],
  );
  const rows = useMemo(() => filterQuotes(data.quotes, data.articles, data.places, f), [data, f]);
  const top = useMemo(
    () => (!filtered && !start.imports ? head.top : all ? topSpeakers(rows, TOP_SPEAKERS) : []),
    [all, rows, filtered, head, start.imports],
  );
  const total = all?.quotes.length ?? head.total;
  const speakerName = f.speaker ? (data.quotes.find((q) => q.pid === f.speaker)?.speaker ?? f.speaker) : undefined;
  const table = (d: Pick<QuotesViewData, "articles" | "quotes">, shown: QuoteRow[]) => ({
    columns: ["quote", "speaker", "headline", "date", "series", "bulletin", "article"],
    rows: shown.map((r) => {
      const a = d.articles[r.a];
      return { cells: [r.text, r.speaker, a?.h ?? null, a?.d ?? null, a?.sr ?? null, r.b, r.s], href: quotePermalink(r) };
    }),
  });
  return (
    <div className="mx-auto max-w-4xl">
      <ViewHeader title="Quotes" intro="Every quotation in the archive, newest first. Narrow it by speaker, by a place named in the quote's paragraph, by series or by years; each quote has a page of its own to share." />
      <Filters label="Filter quotes" onEngage={whole.want}>
        <TextFilter id="quotes-speaker" label="Speaker" value={speakerName} placeholder="a name" onChange={(v, o) => set({ speaker: v }, o)} />
        <Choice id="quotes-place" label="Place mentioned" value={f.place} options={choices.places} anyLabel="Anywhere" onChange={(v) => set({ place: v })} />
        <Choice id="quotes-series" label="Series" value={f.series} options={choices.series.map((s) => ({ value: s, label: s }))} onChange={(v) => set({ series: v })} />
        <YearRange idPrefix="quotes" years={choices.years} from={f.from} to={f.to} onChange={(c) => set(c)} />
        <TextFilter id="quotes-words" label="Words" value={f.q} onChange={(v, o) => set({ q: v }, o)} />
        <ResetLink active={filtered} onReset={() => set({ speaker: undefined, place: undefined, series: undefined, from: undefined, to: undefined, q: undefined })} />
      </Filters>
      {top.length > 0 && (
        <section aria-labelledby="top-speakers" className="mt-4">
          <h2 id="top-speakers" className="text-sm font-semibold uppercase tracking-wider text-stone-600 dark:text-stone-400">
            Most quoted here
          </h2>
          <ol className="mt-1 flex flex-wrap gap-2">
            {top.map((s) => (
              <li key={s.pid}>
                <button type="button" className="btn" aria-pressed={f.speaker === s.pid} onClick={() => set({ speaker: f.speaker === s.pid ? undefined : s.pid })}>
                  {s.name} <span className="text-stone-600 dark:text-stone-400">({s.count})</span>
                </button>
              </li>
            ))}
          </ol>
        </section>
      )}
      <div className="mt-4 flex flex-wrap items-center justify-between gap-2">
        <ResultCount count={all ? rows.length : filtered ? null : total} total={total} noun="quote" plural="quotes" />
        <ExportButtons
          name="quotes"
          table={async () => {
            const d = all ?? (await queryClient.fetchQuery(quotesViewQuery()));
            return table(d, filterQuotes(d.quotes, d.articles, d.places, f));
          }}
        />
      </div>
      <VirtualRows items={rows} keyOf={(r) => `${r.b}/${r.s}/${r.q}`} estimate={110} label="Quotes" render={(r) => <QuoteItem r={r} article={data.articles[r.a]} />} />
      {all && rows.length === 0 && <p className="mt-4">No quote matches these filters.</p>}
      {!all && !filtered && total > rows.length && <MoreRows total={total} plural="quotes" onWant={whole.want} loading={whole.loading} error={whole.error} />}
    </div>
  );
}
