/** Fetches one file of the sharded search index (src/search/shards.ts), in the page or in the search worker. */
export async function fetchIndexFile(base: string, file: string): Promise<string> {
  const response = await fetch(`${base}${file}`, { headers: { Accept: "application/json" } });
  const type = response.headers.get("content-type") ?? "";
  // `vite preview` and static hosts answer a missing file with index.html.
  if (!response.ok || type.includes("html")) throw new Error(`The search index is not available (${file}).`);
  // Text, not parsed JSON: the search parses it and counts its length against its cache's budget.
  return response.text();
}
