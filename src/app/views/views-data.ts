/**
 * The views' data: per view a head (its first screen, its filters' choices,
 * the list of its pieces: src/views/head.ts), the pieces of its rows fetched
 * as they are needed (src/views/pieces.ts, usePieces.ts), and Places in
 * one file. Every file is checked against its schema (src/views/schema.ts)
 * by the data files' own fetchJson. The rows of bulletins imported in this
 * browser are built here by the build's own code, loaded only when there are
 * imports, and merged in (src/views/merge.ts).
 */
import { queryOptions } from "@tanstack/react-query";
import type * as v from "valibot";
import { fetchJson } from "../data/fetch-json.ts";
import { listImports } from "../import/imports-data.ts";
import { PLACES_VIEW_FILE, VIEWS_VERSION, type PlacesViewData } from "../../views/model.ts";
import type { ViewRows } from "../../views/build.ts";
import { NUMBERS_HEAD_FILE, PEOPLE_HEAD_FILE, QUOTES_HEAD_FILE, type NumbersHead, type PeopleHead, type QuotesHead } from "../../views/head.ts";
import {
  NumbersHeadSchema,
  NumbersPieceSchema,
  PeopleHeadSchema,
  PeoplePieceSchema,
  PlacesViewSchema,
  QuotesHeadSchema,
  QuotesPieceSchema,
} from "../../views/schema.ts";

const dataUrl = (file: string) => `${import.meta.env.BASE_URL}${file}`;
const version = { field: "version", expected: VIEWS_VERSION };

/** The long lists of a file, checked a few items at a time so a big file does not block the page (fetch-json.ts). */
const fetchView = <S extends v.GenericSchema>(file: string, schema: S, signal: AbortSignal | undefined, sliced?: readonly string[]) =>
  fetchJson(dataUrl(file), { schema, version, signal, ...(sliced ? { sliced } : {}) });

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
  /** Pieces are named by their content: one entry per file, whichever view or filter asked. */
  piece: (file: string) => [...viewKeys.all, "piece", file] as const,
};

/** The rows of the bulletins imported here (null when there are none), for every view. */
export const importedViewRowsQuery = () => queryOptions({ queryKey: viewKeys.view("imports"), queryFn: importedRows });

/** A piece never changes under its name: once here, it is kept for the visit. */
const piece = <S extends v.GenericSchema>(file: string, schema: S) =>
  queryOptions({
    queryKey: viewKeys.piece(file),
    queryFn: ({ signal }) => fetchView(file, schema, signal, ["rows"]) as Promise<v.InferOutput<S>>,
    staleTime: Infinity,
  });

export const peoplePieceQuery = (file: string) => piece(file, PeoplePieceSchema);
export const quotesPieceQuery = (file: string) => piece(file, QuotesPieceSchema);
export const numbersPieceQuery = (file: string) => piece(file, NumbersPieceSchema);

export const placesViewQuery = () =>
  queryOptions({
    queryKey: viewKeys.view("places"),
    queryFn: async ({ signal }): Promise<PlacesViewData> => {
      const [built, imported] = await Promise.all([fetchView(PLACES_VIEW_FILE, PlacesViewSchema, signal, ["places"]), importedRows()]);
      if (!imported) return built;
      const [{ mergePlaceRows }, { countryName }] = await Promise.all([import("../../views/merge.ts"), import("../../search/records.ts")]);
      const rows = imported.placeRows.map((p) => ({ ...p, countryName: countryName(p.cc) }));
      return { ...built, places: mergePlaceRows(built.places, rows) };
    },
  });

/** A view's head, and whether bulletins are imported (then the view needs every piece at once, to merge them in). */
const headQuery = <T>(name: string, file: string, schema: v.GenericSchema<T>) =>
  queryOptions({
    queryKey: viewKeys.view(`${name}-head`),
    queryFn: async ({ signal }): Promise<{ head: T; imports: boolean }> => {
      const [head, { records }] = await Promise.all([fetchView(file, schema, signal), listImports()]);
      return { head, imports: records.length > 0 };
    },
  });

export const peopleHeadQuery = () => headQuery<PeopleHead>("people", PEOPLE_HEAD_FILE, PeopleHeadSchema);
export const quotesHeadQuery = () => headQuery<QuotesHead>("quotes", QUOTES_HEAD_FILE, QuotesHeadSchema);
export const numbersHeadQuery = () => headQuery<NumbersHead>("numbers", NUMBERS_HEAD_FILE, NumbersHeadSchema);
