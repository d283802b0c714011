/**
 * Person and place page data: one JSON per entity, fetched per page. A file may
 * be a redirect from another spelling's id; it is followed once.
 */
import { queryOptions } from "@tanstack/react-query";
import { personFile, placeFile } from "../../search/data-paths.ts";
import type { PersonPageData, PlacePageData, RedirectData } from "../../search/page-data.ts";
import { NotFoundError } from "../data/errors.ts";

const dataUrl = (file: string) => `${import.meta.env.BASE_URL}${file}`;

async function fetchPage<T>(file: (id: string) => string, id: string, what: string): Promise<T> {
  const get = async (key: string) => {
    const response = await fetch(dataUrl(file(encodeURIComponent(key))), { headers: { Accept: "application/json" } });
    const type = response.headers.get("content-type") ?? "";
    // `vite preview` and static hosts answer a missing file with index.html.
    if (response.status === 404 || type.includes("html")) throw new NotFoundError(`There is no ${what} “${id}” in the archive.`, id);
    if (!response.ok) throw new Error(`The server answered ${response.status}.`);
    return (await response.json()) as T | RedirectData;
  };
  const first = await get(id);
  if ((first as RedirectData).kind === "redirect") return (await get((first as RedirectData).to)) as T;
  return first as T;
}

export const personQuery = (id: string) =>
  queryOptions({ queryKey: ["data", "person", id], queryFn: () => fetchPage<PersonPageData>(personFile, id, "person") });

export const placeQuery = (id: string) =>
  queryOptions({ queryKey: ["data", "place", id], queryFn: () => fetchPage<PlacePageData>(placeFile, id, "place") });
