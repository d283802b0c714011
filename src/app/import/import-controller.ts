/**
 * The running import, kept outside React so it survives navigation: a file
 * dropped on any page starts here, and the import page shows its progress and
 * results whenever it is open. Batches queue behind each other; each file's
 * outcome is kept until the user clears the results.
 */
import { useSyncExternalStore } from "react";
import type { QueryClient } from "@tanstack/react-query";
import { importFiles, fromBrowserFile, type FileOutcome } from "../../import/import-files.ts";
import { createParser } from "../../import/parse-client.ts";
import type { ParseText } from "../../import/import-files.ts";
import { archiveQuery, dataKeys } from "../data/queries.ts";
import type { ImportStore } from "../../import/store.ts";
import { openImportsChannel, type ImportsChannel } from "../../import/imports-channel.ts";
import { importKeys, importStore, listImports } from "./imports-data.ts";

export interface ImportState {
  /** Every finished file since the results were last cleared, in order. */
  readonly outcomes: readonly FileOutcome[];
  /** Files accepted for import so far (finished, running and waiting). */
  readonly total: number;
  readonly current: string | null;
  readonly running: boolean;
}

const IDLE: ImportState = { outcomes: [], total: 0, current: null, running: false };

let state: ImportState = IDLE;
const listeners = new Set<() => void>();
let queue: Promise<void> = Promise.resolve();
let parser: ParseText | undefined;
let channel: ImportsChannel | undefined;

/** This tab's end of the channel that tells the other tabs about imports (ImportSync.tsx listens). */
export function importsChannel(): ImportsChannel {
  return (channel ??= openImportsChannel());
}

function setState(next: ImportState) {
  state = next;
  for (const listener of listeners) listener();
}

export function useImportState(): ImportState {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
    () => IDLE, // nothing is being imported in the prerendered page
  );
}

export function clearResults(): void {
  if (!state.running) setState(IDLE);
}

/**
 * Ids the bundled archive uses, so an import never takes one, and the content
 * hashes of its source files (bulletin id by hash), so importing a bundled
 * bulletin's text says "already there". An archive that fails to load blocks nothing.
 */
async function builtArchive(queryClient: QueryClient): Promise<{ ids: Set<string>; hashes: Map<string, string> }> {
  try {
    const [archive, imports] = await Promise.all([queryClient.fetchQuery(archiveQuery()), listImports()]);
    const imported = new Set(imports.records.map((r) => r.id));
    const built = archive.bulletins.filter((b) => !imported.has(b.id));
    return {
      ids: new Set(built.map((b) => b.id)),
      hashes: new Map(built.flatMap((b) => (b.sourceHash ? [[b.sourceHash, b.id] as const] : []))),
    };
  } catch {
    return { ids: new Set(), hashes: new Map() };
  }
}

export function startImport(files: readonly File[], queryClient: QueryClient): Promise<void> {
  if (files.length === 0) return queue;
  setState({ ...state, total: state.total + files.length, running: true });
  queue = queue.then(async () => {
    const before = state.outcomes;
    try {
      parser ??= createParser();
      const built = await builtArchive(queryClient);
      await importFiles(files.map(fromBrowserFile), {
        store: announcingAdds(importStore(), queryClient),
        parse: parser,
        builtIds: built.ids,
        builtHashes: built.hashes,
        onProgress: (p) => setState({ ...state, outcomes: [...before, ...p.outcomes], current: p.current }),
      });
    } catch (error) {
      // The store itself could not be opened: every file of the batch still gets its answer.
      const message = `Could not be imported: ${error instanceof Error ? error.message : String(error)}`;
      const done = state.outcomes.length - before.length;
      const failed = files.slice(done).map((f): FileOutcome => ({ status: "refused", fileName: f.name, reason: "storage-failed", message }));
      setState({ ...state, outcomes: [...state.outcomes, ...failed] });
    }
    if (state.outcomes.length >= state.total) setState({ ...state, running: false, current: null });
    // Only what was saved: a record kept in this tab's memory is not there for the others to read.
    const saved = state.outcomes.slice(before.length).flatMap((o) => (o.status === "added" && o.notSaved === null ? [o.id] : []));
    if (saved.length > 0) importsChannel().announce({ type: "added", ids: saved });
    await refresh(queryClient).catch(() => undefined);
  });
  return queue;
}

export async function removeImport(id: string, queryClient: QueryClient): Promise<void> {
  await importStore().remove(id);
  importsChannel().announce({ type: "removed", id });
  queryClient.removeQueries({ queryKey: dataKeys.bulletin(id) });
  await refresh(queryClient);
}

/**
 * Makes the archive show what storage holds now. Cached data must go, not just
 * be marked stale: route loaders read the cache through `ensureQueryData`,
 * which would happily return the archive as it was before the import.
 */
export async function refresh(queryClient: QueryClient): Promise<void> {
  queryClient.removeQueries({ queryKey: dataKeys.all, type: "inactive" });
  queryClient.removeQueries({ queryKey: importKeys.all, type: "inactive" });
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: importKeys.all, type: "active" }),
    queryClient.invalidateQueries({ queryKey: dataKeys.all, type: "active" }),
  ]);
}

/** A store whose `add` resolves only once the archive knows the new bulletin, so its "Added" link works at once. */
function announcingAdds(store: ImportStore, queryClient: QueryClient): ImportStore {
  return {
    ...store,
    add: async (record) => {
      const result = await store.add(record);
      // Only the archive: the list of imports is refreshed once, when the batch ends.
      queryClient.removeQueries({ queryKey: dataKeys.all, type: "inactive" });
      await queryClient.invalidateQueries({ queryKey: dataKeys.all, type: "active" }).catch(() => undefined);
      return result;
    },
  };
}
