/**
 * The app's reading side of imported bulletins: the list for the import page,
 * and the two hooks the data layer calls so imports join the archive
 * (`withImports`) and open like any bulletin (`importedBulletin`).
 *
 * Where IndexedDB is missing, refused or full (a private window, jsdom, a
 * full disk), imports the storage will not take live in memory for the visit
 * (src/import/session-fallback.ts): importing still works, and the page says
 * which imports will not last.
 */
import { queryOptions } from "@tanstack/react-query";
import type { Archive } from "../../site-generator/archive-index.ts";
import { mergeArchive } from "../../import/archive-merge.ts";
import { browserImportStore } from "../../import/idb-store.ts";
import { withSessionFallback } from "../../import/session-fallback.ts";
import type { ImportListing, ImportStore } from "../../import/store.ts";
import type { Bulletin } from "../../parser/model/index.ts";

export const persistentStorage = typeof indexedDB !== "undefined";

let store: ImportStore | undefined;

export function importStore(): ImportStore {
  return (store ??= withSessionFallback(browserImportStore));
}

const EMPTY: ImportListing = { records: [], unreadable: [] };

/** Never throws: a broken store must not take the archive down with it. */
export async function listImports(): Promise<ImportListing> {
  try {
    return await importStore().list();
  } catch {
    return EMPTY;
  }
}

/** `imports`: when the caller has already listed them, so the store is not read twice. */
export async function withImports(archive: Archive, imports?: ImportListing): Promise<Archive> {
  const { records } = imports ?? (await listImports());
  return records.length === 0 ? archive : mergeArchive(archive, records.map((r) => r.bulletin));
}

export async function importedBulletin(id: string): Promise<Bulletin | undefined> {
  try {
    return (await importStore().get(id))?.bulletin;
  } catch {
    return undefined;
  }
}

export const importKeys = {
  all: ["imports"] as const,
};

export const importsQuery = () =>
  queryOptions({
    queryKey: importKeys.all,
    queryFn: () => importStore().list(),
    staleTime: 0,
  });
