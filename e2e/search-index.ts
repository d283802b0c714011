import type { APIRequestContext } from "@playwright/test";
import { chunkFile } from "../src/search/shards.ts";

/** What the specs read of the built search index: its manifest, shards and records (src/search/shards.ts). */
export interface ShardManifest {
  chunkSize: number;
  groups: Record<"person" | "place" | "quote" | "article", { count: number; folders: string[] }>;
  shards: Record<string, string>;
  split: string[];
}

export interface SearchRecords {
  person: Array<{ name: string; href: string; quoteCount: number }>;
  place: Array<{ id: string; name: string; href: string }>;
  quote: Array<{ text: string; href: string }>;
  article: Array<{ headline: string; href: string }>;
}

async function json<T>(request: APIRequestContext, path: string): Promise<T> {
  const res = await request.get(path);
  if (!res.ok()) throw new Error(`${path}: ${res.status()}`);
  return (await res.json()) as T;
}

export const loadManifest = (request: APIRequestContext) => json<ShardManifest>(request, "/data/search/manifest.json");

/** Every record of the built index, read chunk by chunk (the specs derive their queries from them). */
export async function loadRecords(request: APIRequestContext): Promise<SearchRecords> {
  const manifest = await loadManifest(request);
  const out = {} as Record<string, unknown[]>;
  for (const [kind, { count, folders }] of Object.entries(manifest.groups)) {
    const chunks = Math.ceil(count / manifest.chunkSize);
    const parts = await Promise.all(Array.from({ length: chunks }, (_, n) => json<unknown[]>(request, `/${chunkFile(folders, n)}`)));
    out[kind] = parts.flat();
  }
  return out as unknown as SearchRecords;
}
