/**
 * /people: everyone in the archive, with their roles as written, how often
 * they are quoted, in how many articles, and when. Sort and filters live in
 * the URL (useViewParams).
 */
import { useSuspenseQuery } from "@tanstack/react-query";
import { memo, useMemo } from "react";
import { Link } from "react-router";
import { useDocumentMeta } from "../hooks/useDocumentMeta.ts";
import { formatDate } from "../lib/format.ts";
import { filterPeople, seriesAndYears, type PersonListed } from "../../views/filters.ts";
import { Choice, Filters, ResetLink, TextFilter, YearRange } from "./Controls.tsx";
import { ExportButtons } from "./ExportButtons.tsx";
import { ResultCount, ViewHeader } from "./ViewHeader.tsx";
import { useViewParams } from "./useViewParams.ts";
import { peopleHeadQuery, peoplePieceQuery } from "./views-data.ts";
import { usePeopleRows } from "./useViewRows.ts";
import { MoreRows } from "../components/MoreRows.tsx";
import { VirtualRows } from "./VirtualRows.tsx";

const KEYS = ["sort", "role", "series", "from", "to"] as const;
const SORTS = [
  { value: "quotes", label: "Most quoted" },
  { value: "name", label: "Name" },
  { value: "latest", label: "Latest" },
];

const personHref = (id: string) => `/people/${id}`;

const PersonItem = memo(function PersonItem({ p, filtered }: { p: PersonListed; filtered: boolean }) {
  const first = formatDate(p.first);
  const last = formatDate(p.last);
  return (
    <article className="border-b border-stone-200 py-3 dark:border-stone-800">
      <h2 className="font-serif text-xl font-semibold">
        <Link to={personHref(p.id)} className="hover:underline">
          {p.name}
        </Link>
      </h2>
      {p.roles.length > 0 && <p className="text-sm text-stone-700 dark:text-stone-300">{p.roles.join("; ")}</p>}
      <p className="text-sm text-stone-600 dark:text-stone-400">
        {p.shownQuotes} {p.shownQuotes === 1 ? "quote" : "quotes"} · {p.shownArticles} {p.shownArticles === 1 ? "article" : "articles"}
        {filtered && " in this selection"}
        {first && ` · ${first === last ? first : `${first} – ${last}`}`}
        {p.alsoSpelled.length > 0 && ` · also spelled ${p.alsoSpelled.join(", ")}`}
      </p>
    </article>
  );
});

export function Component() {
  const { data: start } = useSuspenseQuery(peopleHeadQuery());
  const { head } = start;
  const [f, set] = useViewParams(KEYS);
  const filtered = Object.keys(f).length > 0;
  const view = usePeopleRows({ pieces: head.pieces, query: peoplePieceQuery, filter: filtered ? f : null, imports: start.imports });
  useDocumentMeta("People", "Everyone quoted or named in the bulletin archive: roles, quotes, articles and dates.");
  const { complete } = view;
  const merged = start.imports && complete ? view.data : null;
  const choices = useMemo(() => (merged ? seriesAndYears(merged.flatMap((p) => p.act.map(([year, series]) => ({ year, series })))) : head.choices), [merged, head]);
  // Until pieces are here, the head's rows are the unfiltered view's first; a filtered view waits for its pieces.
  const rows = useMemo(() => filterPeople(view.data ?? (filtered ? [] : head.rows), f), [view.data, head, filtered, f]);
  const total = merged?.length ?? head.total;
  const inSpan = Boolean(f.series || f.from || f.to);
  const table = (people: PersonListed[]) => ({
    columns: ["name", "roles", "quotes", "articles", "first", "last", "also_spelled"],
    rows: people.map((p) => ({ cells: [p.name, p.roles.join("; "), p.shownQuotes, p.shownArticles, p.first, p.last, p.alsoSpelled.join("; ")], href: personHref(p.id) })),
  });
  return (
    <div className="mx-auto max-w-4xl">
      <ViewHeader title="People" intro="Everyone the bulletins name, with their roles as written, how often they are quoted and when. Open a name for their quotes and a timeline." />
      <Filters label="Filter people" onEngage={view.more}>
        <Choice id="people-sort" label="Sort by" value={f.sort ?? "quotes"} options={SORTS} anyLabel={null} onChange={(v) => set({ sort: v === "quotes" ? undefined : v })} />
        <TextFilter id="people-role" label="Role word" value={f.role} placeholder="minister" onChange={(v, o) => set({ role: v }, o)} />
        <Choice id="people-series" label="Series" value={f.series} options={choices.series.map((s) => ({ value: s, label: s }))} onChange={(v) => set({ series: v })} />
        <YearRange idPrefix="people" years={choices.years} from={f.from} to={f.to} onChange={(c) => set(c)} />
        <ResetLink active={filtered} onReset={() => set({ sort: undefined, role: undefined, series: undefined, from: undefined, to: undefined })} />
      </Filters>
      <div className="mt-4 flex flex-wrap items-center justify-between gap-2">
        <ResultCount count={complete ? rows.length : filtered ? null : total} total={total} noun="person" plural="people" />
        <ExportButtons name="people" table={async () => table(filterPeople(complete && view.data ? view.data : await view.whole(), f))} />
      </div>
      <VirtualRows items={rows} keyOf={(p) => p.id} estimate={96} label="People" render={(p) => <PersonItem p={p} filtered={inSpan} />} />
      {complete && rows.length === 0 && <p className="mt-4">No one matches these filters.</p>}
      {!complete && !filtered && total > rows.length && <MoreRows shown={rows.length} total={total} plural="people" onWant={view.more} loading={view.loading} error={view.error} />}
      {filtered && view.error && <p role="alert" className="mt-4">Could not load the people: {view.error.message}</p>}
    </div>
  );
}
