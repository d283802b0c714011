/**
 * /places: one map of every place the archive mentions, marks sized by
 * mentions, drawn from the build's own map data (src/map/overview.ts: no tile
 * server), and beside it the same places listed by country. The list is the
 * keyboard and screen-reader path; the marks are links for the pointer.
 */
import { useSuspenseQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { Link } from "react-router";
import { useDocumentMeta } from "../hooks/useDocumentMeta.ts";
import { byCountry, filterPlaces, seriesAndYears, type PlaceListed } from "../../views/filters.ts";
import type { OverviewMap } from "../../views/model.ts";
import { inFrame, project } from "../../views/projection.ts";
import { Choice, Filters, ResetLink, YearRange } from "./Controls.tsx";
import { ExportButtons } from "./ExportButtons.tsx";
import { ResultCount, ViewHeader } from "./ViewHeader.tsx";
import { useViewParams } from "./useViewParams.ts";
import { placesViewQuery } from "./views-data.ts";

const KEYS = ["series", "from", "to"] as const;
/** The biggest mark's radius, in map pixels; a mark's area follows its mentions. */
const MAX_MARK_RADIUS = 18;
const MIN_MARK_RADIUS = 2.5;

const placeHref = (id: string) => `/places/${id}`;
/** Places listed per country before "Show all": the list stays a page long at 1,000 bulletins. */
const PLACES_PER_COUNTRY = 12;

function CountryGroup({ country, places }: { country: string; places: readonly PlaceListed[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? places : places.slice(0, PLACES_PER_COUNTRY);
  return (
    <section aria-label={country} className="mt-4">
      <h3 className="font-semibold">{country}</h3>
      <ul className="mt-1 space-y-0.5">
        {shown.map((p) => (
          <li key={p.id}>
            <Link to={placeHref(p.id)} className="link">{p.name}</Link>{" "}
            <span className="text-sm text-stone-600 dark:text-stone-400">
              {p.shownMentions} {p.shownMentions === 1 ? "mention" : "mentions"}, {p.shownArticles} {p.shownArticles === 1 ? "article" : "articles"}
            </span>
          </li>
        ))}
      </ul>
      {places.length > shown.length && (
        <button type="button" className="btn mt-1" onClick={() => setAll(true)}>
          Show all {places.length} in {country}
        </button>
      )}
    </section>
  );
}

function PlacesMap({ map, places }: { map: OverviewMap; places: readonly PlaceListed[] }) {
  const max = Math.max(1, ...places.map((p) => p.shownMentions));
  const marks = places
    .flatMap((p) => {
      if (p.lat === null || p.lon === null) return [];
      const pt = project(map.projection, p.lat, p.lon);
      return inFrame(map, pt) ? [{ p, ...pt, r: Math.max(MIN_MARK_RADIUS, MAX_MARK_RADIUS * Math.sqrt(p.shownMentions / max)) }] : [];
    })
    .sort((a, b) => b.r - a.r); // small marks on top of big ones, so every mark can be clicked
  return (
    <figure>
      <svg viewBox={`0 0 ${map.width} ${map.height}`} aria-hidden="true" data-map="places" className="w-full rounded-md border border-stone-200 bg-sky-50 dark:border-stone-700 dark:bg-slate-800">
        {map.shapes.map((s) => (
          <path key={s.name} d={s.d} className="fill-stone-200 dark:fill-stone-700" stroke="currentColor" strokeOpacity={0.35} strokeWidth={0.5} />
        ))}
        {marks.map(({ p, x, y, r }) => (
          <Link key={p.id} to={placeHref(p.id)} tabIndex={-1} data-mark={p.id}>
            <title>{`${p.name}: ${p.shownMentions} mentions`}</title>
            <circle
              cx={x}
              cy={y}
              r={r}
              className={p.kind === "country" ? "fill-transparent stroke-red-700 dark:stroke-red-400" : "fill-red-600/60 stroke-white dark:fill-red-400/60 dark:stroke-stone-900"}
              strokeWidth={p.kind === "country" ? 1.5 : 0.75}
            />
          </Link>
        ))}
      </svg>
      <figcaption className="mt-1 text-sm text-stone-600 dark:text-stone-400">
        Each mark is a place, its size the mentions in this selection (rings: whole countries). Places off this map, or without coordinates, are in the list.
      </figcaption>
    </figure>
  );
}

export function Component() {
  const { data } = useSuspenseQuery(placesViewQuery());
  const [f, set] = useViewParams(KEYS);
  useDocumentMeta("Places", "A map of every place the bulletin archive mentions, and the list by country.");
  const choices = useMemo(() => seriesAndYears(data.places.flatMap((p) => p.act.map(([year, series]) => ({ year, series })))), [data]);
  const rows = useMemo(() => filterPlaces(data.places, f), [data, f]);
  const groups = useMemo(() => byCountry(rows), [rows]);
  return (
    <div className="mx-auto max-w-6xl">
      <ViewHeader title="Places" intro="Where the reporting comes from: every place the bulletins mention, sized by how often. Open a place for its articles and quotes." />
      <Filters label="Filter places">
        <Choice id="places-series" label="Series" value={f.series} options={choices.series.map((s) => ({ value: s, label: s }))} onChange={(v) => set({ series: v })} />
        <YearRange idPrefix="places" years={choices.years} from={f.from} to={f.to} onChange={(c) => set(c)} />
        <ResetLink active={Object.keys(f).length > 0} onReset={() => set({ series: undefined, from: undefined, to: undefined })} />
      </Filters>
      <div className="mt-4 flex flex-wrap items-center justify-between gap-2">
        <ResultCount count={rows.length} total={data.places.length} noun="place" plural="places" />
        <ExportButtons
          name="places"
          table={() => ({
            columns: ["name", "kind", "country", "mentions", "articles", "lat", "lon"],
            rows: rows.map((p) => ({ cells: [p.name, p.kind, p.countryName ?? p.cc, p.shownMentions, p.shownArticles, p.lat, p.lon], href: placeHref(p.id) })),
          })}
        />
      </div>
      <div className="mt-4 grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div>{data.map ? <PlacesMap map={data.map} places={rows} /> : <p>No place in the archive has coordinates to map.</p>}</div>
        <section aria-labelledby="by-country">
          <h2 id="by-country" className="font-serif text-2xl font-semibold">By country</h2>
          {groups.map((g) => (
            <CountryGroup key={g.country} country={g.country} places={g.places} />
          ))}
        </section>
      </div>
    </div>
  );
}
