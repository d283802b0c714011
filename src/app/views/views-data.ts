/**
 * The views' data: one file per view (src/views/emit.ts), fetched when the
 * view is opened, with the bulletins imported in this browser merged in
 * (src/views/merge.ts). The imports' rows are built here by the build's own
 * code, loaded only when there are imports.
 */
import { queryOptions } from "@tanstack/react-query";
import * as v from "valibot";
import { fetchJson } from "../data/fetch-json.ts";
import { listImports } from "../import/imports-data.ts";
import {
  NUMBERS_VIEW_FILE,
  PEOPLE_VIEW_FILE,
  PLACES_VIEW_FILE,
  QUOTES_VIEW_FILE,
  VIEWS_VERSION,
  type NumbersViewData,
  type PeopleViewData,
  type PlacesViewData,
  type QuotesViewData,
} from "../../views/model.ts";
import type { ViewRows } from "../../views/build.ts";
import { NUMBERS_HEAD_FILE, PEOPLE_HEAD_FILE, QUOTES_HEAD_FILE, type NumbersHead, type PeopleHead, type QuotesHead } from "../../views/head.ts";

/**
 * The views' files are derived from bulletins already checked at build time;
 * here they get the data files' own defences (network errors, a host's HTML
 * for a missing file, broken JSON) and the views' version, not a full schema.
 */
const ViewFileSchema = v.looseObject({ version: v.literal(VIEWS_VERSION) });

async function fetchView<T extends { version: number }>(file: string, signal?: AbortSignal): Promise<T> {
  const url = `${import.meta.env.BASE_URL}${file}`;
  return (await fetchJson(url, { schema: ViewFileSchema, version: { field: "version", expected: VIEWS_VERSION }, signal })) as unknown as T;
}

/** The imports' rows, or null when nothing is imported. */
async function importedRows(): Promise<ViewRows | null> {
  const { records } = await listImports();
  if (records.length === 0) return null;
  const { buildViewRows } = await import("../../views/build.ts");
  return buildViewRows(records.map((r) => r.bulletin));
}

export const viewKeys = {
  all: ["data", "views"] as const,
  view: (name: string) => [...viewKeys.all, name] as const,
};

export const peopleViewQuery = () =>
  queryOptions({
    queryKey: viewKeys.view("people"),
    queryFn: async ({ signal }): Promise<PeopleViewData> => {
      const [built, imported] = await Promise.all([fetchView<PeopleViewData>(PEOPLE_VIEW_FILE, signal), importedRows()]);
      if (!imported) return built;
      const { mergePeople } = await import("../../views/merge.ts");
      return { ...built, people: mergePeople(built.people, imported.people) };
    },
  });

export const quotesViewQuery = () =>
  queryOptions({
    queryKey: viewKeys.view("quotes"),
    queryFn: async ({ signal }): Promise<QuotesViewData> => {
      const [built, imported] = await Promise.all([fetchView<QuotesViewData>(QUOTES_VIEW_FILE, signal), importedRows()]);
      if (!imported) return built;
      const { mergeRows } = await import("../../views/merge.ts");
      const m = mergeRows({ ...built, rows: built.quotes }, { ...imported, rows: imported.quotes });
      return { version: built.version, articles: m.articles, places: m.places, quotes: m.rows };
    },
  });

export const numbersViewQuery = () =>
  queryOptions({
    queryKey: viewKeys.view("numbers"),
    queryFn: async ({ signal }): Promise<NumbersViewData> => {
      const [built, imported] = await Promise.all([fetchView<NumbersViewData>(NUMBERS_VIEW_FILE, signal), importedRows()]);
      if (!imported) return built;
      const { mergeRows } = await import("../../views/merge.ts");
      const m = mergeRows({ ...built, rows: built.numbers }, { ...imported, rows: imported.numbers });
      return { version: built.version, articles: m.articles, places: m.places, numbers: m.rows };
    },
  });

export const placesViewQuery = () =>
  queryOptions({
    queryKey: viewKeys.view("places"),
    queryFn: async ({ signal }): Promise<PlacesViewData> => {
      const [built, imported] = await Promise.all([fetchView<PlacesViewData>(PLACES_VIEW_FILE, signal), importedRows()]);
      if (!imported) return built;
      const [{ mergePlaceRows }, { countryName }] = await Promise.all([import("../../views/merge.ts"), import("../../search/records.ts")]);
      const rows = imported.placeRows.map((p) => ({ ...p, countryName: countryName(p.cc) }));
      return { ...built, places: mergePlaceRows(built.places, rows) };
    },
  });

/** A view's head (src/views/head.ts), and whether bulletins are imported (then the view needs its whole file at once). */
const headQuery = <T extends { version: number }>(name: string, file: string) =>
  queryOptions({
    queryKey: viewKeys.view(`${name}-head`),
    queryFn: async ({ signal }): Promise<{ head: T; imports: boolean }> => {
      const [head, { records }] = await Promise.all([fetchView<T>(file, signal), listImports()]);
      return { head, imports: records.length > 0 };
    },
  });

export const peopleHeadQuery = () => headQuery<PeopleHead>("people", PEOPLE_HEAD_FILE);
export const quotesHeadQuery = () => headQuery<QuotesHead>("quotes", QUOTES_HEAD_FILE);
export const numbersHeadQuery = () => headQuery<NumbersHead>("numbers", NUMBERS_HEAD_FILE);
