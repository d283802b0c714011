/** Where the search build puts its files (under the site root) and where the app fetches them. */
export const SEARCH_INDEX_FILE = "data/search-index.json";

export function personFile(id: string): string {
  return `data/people/${id}.json`;
}

export function placeFile(id: string): string {
  return `data/places/${id}.json`;
}
