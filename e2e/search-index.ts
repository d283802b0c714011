import type { APIRequestContext } from "@playwright/test";
import { chunkFileIn } from "../src/search/shards.ts";

/** What the specs read of the built search index: its manifest, shards and records (src/search/shards.ts). */
export interface ShardManifest {
  chunkSize: number;
  groups: Record<"person" | "place" | "quote" | "article", { count: number; folders: string[]; sizes: number[] }>;
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
  for (const [kind, { folders, sizes }] of Object.entries(manifest.groups)) {
    // Bucket after bucket (src/search/shards.ts `chunkAt`), each bucket's chunks in its folder.
    const files = sizes.flatMap((size, b) =>
      Array.from({ length: Math.ceil(size / manifest.chunkSize) }, (_, n) => chunkFileIn(folders[b]!, n)),
    );
    const parts = await Promise.all(files.map((file) => json<unknown[]>(request, `/${file}`)));
    out[kind] = parts.flat();
  }
  return out as unknown as SearchRecords;
}
