/**
 * /numbers: every figure the bulletins report, with its unit, the sentence it
 * stands in, its places and date. Filters (kind of number, place, series,
 * years, words of the sentence) live in the URL; once one kind of number is
 * chosen, a chart shows the values over time (values of different units on
 * one axis would mean nothing).
 */
import { useSuspenseQuery } from "@tanstack/react-query";
import { memo, useMemo } from "react";
import { Link } from "react-router";
import { useDocumentMeta } from "../hooks/useDocumentMeta.ts";
import { formatDate, formatNumber } from "../lib/format.ts";
import { filterNumbers, unitKindLabel, unitKinds } from "../../views/filters.ts";
import { articleChoices, placeOptions } from "../../views/head.ts";
import { paragraphHref, type NumberRow, type NumbersViewData, type ViewArticle, type ViewPlace } from "../../views/model.ts";
import { Choice, Filters, ResetLink, TextFilter, YearRange } from "./Controls.tsx";
import { ExportButtons } from "./ExportButtons.tsx";
import { NumbersChart } from "./NumbersChart.tsx";
import { ResultCount, ViewHeader } from "./ViewHeader.tsx";
import { useViewParams } from "./useViewParams.ts";
import { numbersHeadQuery, numbersPieceQuery } from "./views-data.ts";
import { useNumberRows } from "./useViewRows.ts";
import { MoreRows } from "../components/MoreRows.tsx";
import { VirtualRows } from "./VirtualRows.tsx";

const KEYS = ["unit", "place", "series", "from", "to", "q"] as const;

const NumberItem = memo(function NumberItem({ r, article, places }: { r: NumberRow; article: ViewArticle | undefined; places: readonly ViewPlace[] }) {
  const named = r.pl.map((i) => places[i]).filter((p): p is ViewPlace => p !== undefined);
  return (
    <article className="border-b border-stone-200 py-3 dark:border-stone-800">
      <p>
        <Link to={paragraphHref(r)} className="font-semibold hover:underline">
          {formatNumber(r.value)}
          {r.unit ? ` ${r.unit}` : ""}
        </Link>{" "}
        <span className="text-sm text-stone-600 dark:text-stone-400">({r.text})</span>
      </p>
      <p className="font-serif text-stone-800 dark:text-stone-200">{r.sentence}</p>
      <p className="text-sm text-stone-600 dark:text-stone-400">
        {article?.d ? formatDate(article.d) : "Date unknown"}
        {named.length > 0 && (
          <>
            {" · "}
            {named.map((p, i) => (
              <span key={p.id}>
                {i > 0 && ", "}
                <Link to={`/places/${p.id}`} className="link">
                  {p.name}
                </Link>
              </span>
            ))}
          </>
        )}
        {article && ` · ${article.h}`}
      </p>
    </article>
  );
});

export function Component() {
  const { data: start } = useSuspenseQuery(numbersHeadQuery());
  const { head } = start;
  const [f, set] = useViewParams(KEYS);
  const filtered = Object.keys(f).length > 0;
  const view = useNumberRows({ pieces: head.pieces, query: numbersPieceQuery, filter: filtered ? f : null, imports: start.imports });
  useDocumentMeta("Numbers", "Every figure reported in the bulletin archive, with its sentence, place and date, and a chart over time.");
  const { complete } = view;
  const data = view.data ?? { articles: head.articles, places: head.places, rows: filtered ? [] : head.rows };
  const merged = start.imports && complete ? view.data : null;
  const choices = useMemo(
    () =>
      merged
        ? {
            ...articleChoices(merged.articles),
            places: placeOptions(merged.places, merged.rows),
            kinds: unitKinds(merged.rows).map((k) => ({ value: k.kind, label: `${unitKindLabel(k.kind)} (${k.count})` })),
          }
        : head.choices,
    [merged, head],
  );
  const rows = useMemo(() => filterNumbers(data.rows, data.articles, data.places, f), [data, f]);
  const total = merged?.rows.length ?? head.total;
  const table = (d: Pick<NumbersViewData, "articles" | "places">, shown: NumberRow[]) => ({
    columns: ["value", "unit", "kind", "as_written", "sentence", "date", "places", "headline", "series"],
    rows: shown.map((r) => {
      const a = d.articles[r.a];
      const named = r.pl.map((i) => d.places[i]?.name).filter(Boolean).join("; ");
      return { cells: [r.value, r.unit, r.k, r.text, r.sentence, a?.d ?? null, named, a?.h ?? null, a?.sr ?? null], href: paragraphHref(r) };
    }),
  });
  return (
    <div className="mx-auto max-w-4xl">
      <ViewHeader title="Numbers" intro="Every figure the bulletins report, oldest first, with the sentence it stands in. Choose a kind of number to chart it over time; words narrow it to one subject (“unemployed”)." />
      <Filters label="Filter numbers" onEngage={view.more}>
        <Choice id="numbers-unit" label="Kind of number" value={f.unit} options={choices.kinds} anyLabel="Every kind" onChange={(v) => set({ unit: v })} />
        <Choice id="numbers-place" label="Place mentioned" value={f.place} options={choices.places} anyLabel="Anywhere" onChange={(v) => set({ place: v })} />
        <Choice id="numbers-series" label="Series" value={f.series} options={choices.series.map((s) => ({ value: s, label: s }))} onChange={(v) => set({ series: v })} />
        <YearRange idPrefix="numbers" years={choices.years} from={f.from} to={f.to} onChange={(c) => set(c)} />
        <TextFilter id="numbers-words" label="Words in the sentence" value={f.q} onChange={(v, o) => set({ q: v }, o)} />
        <ResetLink active={filtered} onReset={() => set({ unit: undefined, place: undefined, series: undefined, from: undefined, to: undefined, q: undefined })} />
      </Filters>
      {f.unit && complete ? (
        <NumbersChart rows={rows} articles={data.articles} unitLabel={unitKindLabel(f.unit)} />
      ) : (
        !f.unit && <p className="mt-4 text-sm text-stone-600 dark:text-stone-400">Choose a kind of number to see them on a chart over time.</p>
      )}
      <div className="mt-4 flex flex-wrap items-center justify-between gap-2">
        <ResultCount count={complete ? rows.length : filtered ? null : total} total={total} noun="number" plural="numbers" />
        <ExportButtons
          name="numbers"
          table={async () => {
            const d = complete && view.data ? view.data : await view.whole();
            return table(d, filterNumbers(d.rows, d.articles, d.places, f));
          }}
        />
      </div>
      <VirtualRows items={rows} keyOf={(r) => `${r.b}/${r.s}/${r.id}`} estimate={120} label="Numbers" render={(r) => <NumberItem r={r} article={data.articles[r.a]} places={data.places} />} />
      {complete && rows.length === 0 && <p className="mt-4">No number matches these filters.</p>}
      {!complete && !filtered && total > rows.length && <MoreRows shown={rows.length} total={total} plural="numbers" onWant={view.more} loading={view.loading} error={view.error} />}
      {filtered && view.error && <p role="alert" className="mt-4">Could not load the numbers: {view.error.message}</p>}
    </div>
  );
}
