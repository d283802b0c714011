/**
 * Person and place page data: one JSON per entity, fetched per page. A file may
 * be a redirect from another spelling's id; it is followed once. Bulletins
 * imported in this browser add their people and places on top
 * (src/search/merge-imports.ts), and may be the only source of a page.
 */
import { queryOptions, type QueryClient } from "@tanstack/react-query";
import * as v from "valibot";
import { personFile, placeFile } from "../../search/data-paths.ts";
import type { ArticleRef, QuoteRef } from "../../search/entities.ts";
import { mergePersonPage, mergePlacePage } from "../../search/merge-imports.ts";
import { PlaceKinds } from "../../parser/model/schema.ts";
import { PAGE_DATA_VERSION, type PersonPageData, type PlacePageData, type RedirectData } from "../../search/page-data.ts";
import { fetchData } from "../data/data-source.ts";
import { fetchJson } from "../data/fetch-json.ts";
import { InvalidDataError, NotFoundError, WrongSchemaVersionError } from "../data/errors.ts";
import { importedSearchQuery } from "./imported-search.ts";

const dataUrl = (file: string) => `${import.meta.env.BASE_URL}${file}`;

const RefFields = { bulletinId: v.string(), headline: v.string(), date: v.nullable(v.string()), href: v.string() };
const QuoteRefSchema: v.GenericSchema<QuoteRef> = v.object({ ...RefFields, articleSlug: v.string(), quoteId: v.string(), text: v.string(), speaker: v.string() });
const ArticleRefSchema: v.GenericSchema<ArticleRef> = v.object({ ...RefFields, slug: v.string() });
const Version = v.literal(PAGE_DATA_VERSION);
const Lists = {
  quotes: v.array(QuoteRefSchema),
  articles: v.array(ArticleRefSchema),
  quoteCount: v.number(),
  articleCount: v.number(),
  more: v.object({ quotes: v.array(v.string()), articles: v.array(v.string()) }),
};
const RoleSchema = v.object({ role: v.string(), from: v.nullable(v.string()), to: v.nullable(v.string()) });
const PersonPageSchema: v.GenericSchema<PersonPageData> = v.object({
  version: Version,
  kind: v.literal("person"),
  person: v.object({
    id: v.string(),
    name: v.string(),
    alsoSpelled: v.array(v.string()),
    roles: v.array(RoleSchema),
    ...Lists,
    timeline: v.array(v.tuple([v.string(), v.string(), v.string(), v.string()])),
  }),
});
const LocatorMapSchema = v.object({
  width: v.number(),
  height: v.number(),
  shapes: v.array(v.object({ d: v.string(), name: v.string(), home: v.boolean() })),
  dot: v.object({ x: v.number(), y: v.number() }),
});
const PlacePageSchema: v.GenericSchema<PlacePageData> = v.object({
  version: Version,
  kind: v.literal("place"),
  place: v.object({
    id: v.string(),
    name: v.string(),
    alsoKnownAs: v.array(v.string()),
    kind: v.picklist(PlaceKinds),
    country: v.nullable(v.string()),
    lat: v.nullable(v.number()),
    lon: v.nullable(v.number()),
    ...Lists,
    countryName: v.nullable(v.string()),
    map: v.nullable(LocatorMapSchema),
  }),
});
const RedirectSchema: v.GenericSchema<RedirectData> = v.object({ version: Version, kind: v.literal("redirect"), to: v.string() });

/** The URL of the build's person or place file for `id` (it may hold a redirect to another id's). */
export const builtPageUrl = (file: (id: string) => string, id: string): string => dataUrl(file(encodeURIComponent(id)));

/** The build's page for `id`, or null when the build has none; checked against `schema` as every data file is. */
async function fetchBuiltPage<T>(file: (id: string) => string, id: string, schema: v.GenericSchema<T>): Promise<T | null> {
  const get = async (key: string) => {
    const url = builtPageUrl(file, key);
    const response = await fetchData(url, { headers: { Accept: "application/json" } });
    const type = response.headers.get("content-type") ?? "";
    // `vite preview` and static hosts answer a missing file with index.html.
    if (response.status === 404 || type.includes("html")) return null;
    if (!response.ok) throw new Error(`The server answered ${response.status}.`);
    const data = (await response.json()) as { version?: unknown; kind?: unknown };
    // A page's file of another build: its lists' pieces may be gone; the reader is asked to reload.
    if (data.version !== PAGE_DATA_VERSION) throw new WrongSchemaVersionError(url, data.version, PAGE_DATA_VERSION);
    // Checked by its own kind's schema, so a fault is reported where it is (`person.quotes.3.text`).
    const checked = v.safeParse<v.GenericSchema<T | RedirectData>>(data.kind === "redirect" ? RedirectSchema : schema, data);
    if (!checked.success) {
      const issue = checked.issues[0];
      throw new InvalidDataError(url, (issue && v.getDotPath(issue)) ?? "(root)", issue?.message ?? "invalid");
    }
    return checked.output;
  };
  const first = await get(id);
  if (first && (first as RedirectData).kind === "redirect") return (await get((first as RedirectData).to)) as T | null;
  return first as T | null;
}

/** `fetchQuery`, not `ensureQueryData`: after an import the cached entry is invalidated and must be rebuilt. */
const importedSearch = (client: QueryClient) => client.fetchQuery(importedSearchQuery());

export const personQuery = (id: string) =>
  queryOptions({
    queryKey: ["data", "person", id],
    queryFn: async ({ client }) => {
      const [built, imported] = await Promise.all([fetchBuiltPage(personFile, id, PersonPageSchema), importedSearch(client)]);
      const page = imported ? mergePersonPage(id, built, imported.people) : built;
      if (!page) throw new NotFoundError(`There is no person “${id}” in the archive.`, id);
      return page;
    },
  });

export const placeQuery = (id: string) =>
  queryOptions({
    queryKey: ["data", "place", id],
    queryFn: async ({ client }) => {
      const [built, imported] = await Promise.all([fetchBuiltPage(placeFile, id, PlacePageSchema), importedSearch(client)]);
      const page = imported ? mergePlacePage(id, built, imported.places) : built;
      if (!page) throw new NotFoundError(`There is no place “${id}” in the archive.`, id);
      return page;
    },
  });

/** A later piece of a person's or place's list (src/search/page-data.ts): named by its content, kept for the visit once here. */
const pagePiece = <T>(file: string, item: v.GenericSchema<T>) =>
  queryOptions({
    queryKey: ["data", "page-piece", file],
    queryFn: async ({ signal }) =>
      (await fetchJson(dataUrl(file), { schema: v.object({ version: v.literal(PAGE_DATA_VERSION), items: v.array(item) }), sliced: ["items"], version: { field: "version", expected: PAGE_DATA_VERSION }, signal })).items,
    staleTime: Infinity,
  });

export const quotesPieceQuery = (file: string) => pagePiece(file, QuoteRefSchema);
export const articlesPieceQuery = (file: string) => pagePiece(file, ArticleRefSchema);
