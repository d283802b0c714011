/**
 * /quotes: every quotation in the archive with its speaker, article and date.
 * Filters (speaker, a place the paragraph mentions, series, dates, words)
 * live in the URL; "most quoted" sums up the speakers of the rows shown.
 */
import { useSuspenseQuery } from "@tanstack/react-query";
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
import { quotesHeadQuery, quotesPieceQuery } from "./views-data.ts";
import { useQuoteRows } from "./useViewRows.ts";
import { MoreRows } from "../components/MoreRows.tsx";
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
  const { head } = start;
  const [f, set] = useViewParams(KEYS);
  const filtered = Object.keys(f).length > 0;
  const view = useQuoteRows({ pieces: head.pieces, query: quotesPieceQuery, filter: filtered ? f : null, imports: start.imports });
  useDocumentMeta("Quotes", "Every quotation in the bulletin archive, with its speaker, article and date.");
  // Until pieces are here, the head (its first rows, with their articles and places) stands in for them.
  const data = view.data ?? { articles: head.articles, places: head.places, rows: filtered ? [] : head.rows };
  const { complete } = view;
  const merged = start.imports && complete ? view.data : null;
  const choices = useMemo(() => (merged ? { ...articleChoices(merged.articles), places: placeOptions(merged.places, merged.rows) } : head.choices), [merged, head]);
  const rows = useMemo(() => filterQuotes(data.rows, data.articles, data.places, f), [data, f]);
  // The head names the whole archive's most quoted; a filter's (or the imports') are counted from its rows.
  const top = useMemo(() => (filtered || start.imports ? (complete ? topSpeakers(rows, TOP_SPEAKERS) : []) : head.top), [filtered, start.imports, complete, rows, head]);
  const total = merged?.rows.length ?? head.total;
  const speakerName = f.speaker ? (data.rows.find((q) => q.pid === f.speaker)?.speaker ?? f.speaker) : undefined;
  const table = (d: Pick<QuotesViewData, "articles">, shown: QuoteRow[]) => ({
    columns: ["quote", "speaker", "headline", "date", "series", "bulletin", "article"],
    rows: shown.map((r) => {
      const a = d.articles[r.a];
      return { cells: [r.text, r.speaker, a?.h ?? null, a?.d ?? null, a?.sr ?? null, r.b, r.s], href: quotePermalink(r) };
    }),
  });
  return (
    <div className="mx-auto max-w-4xl">
      <ViewHeader title="Quotes" intro="Every quotation in the archive, newest first. Narrow it by speaker, by a place named in the quote's paragraph, by series or by years; each quote has a page of its own to share." />
      <Filters label="Filter quotes" onEngage={view.more}>
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
        <ResultCount count={complete ? rows.length : filtered ? null : total} total={total} noun="quote" plural="quotes" />
        <ExportButtons
          name="quotes"
          table={async () => {
            const d = complete && view.data ? view.data : await view.whole();
            return table(d, filterQuotes(d.rows, d.articles, d.places, f));
          }}
        />
      </div>
      <VirtualRows items={rows} keyOf={(r) => `${r.b}/${r.s}/${r.q}`} estimate={110} label="Quotes" render={(r) => <QuoteItem r={r} article={data.articles[r.a]} />} />
      {complete && rows.length === 0 && <p className="mt-4">No quote matches these filters.</p>}
      {!complete && !filtered && total > rows.length && <MoreRows shown={rows.length} total={total} plural="quotes" onWant={view.more} loading={view.loading} error={view.error} />}
      {filtered && view.error && <p role="alert" className="mt-4">Could not load the quotes: {view.error.message}</p>}
    </div>
  );
}
