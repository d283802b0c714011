/** Where the search build puts its files (under the site root) and where the app fetches them. */
/** A few bytes the app reads first, to decide whether to search in a worker. */
export const SEARCH_META_FILE = "data/search-meta.json";

export function personFile(id: string): string {
  return `data/people/${id}.json`;
}

export function placeFile(id: string): string {
  return `data/places/${id}.json`;
}
