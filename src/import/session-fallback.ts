/**
 * Imports when the browser's storage fails: IndexedDB missing or refused
 * (private windows: Firefox's before version 115, Safari's with no quota), or
 * full (QuotaExceededError). A record the storage will not take is kept in
 * memory for this visit instead, listed with the stored ones and marked as
 * not saved, so the import still works and the reader is told what will not
 * last. Nothing stored is ever deleted or rewritten here: a failing write
 * touches only the record being written.
 */
import * as v from "valibot";
import { createImportStore, ImportIdTakenError, memoryKeyValue, type ImportListing, type ImportStore } from "./store.ts";

export interface FallbackImportStore extends ImportStore {
  list(): Promise<ImportListing & { readonly unsaved: readonly string[]; readonly storageProblem: string | null }>;
}

/** `open` gives the browser's store; it may throw (no IndexedDB at all), and is asked again next time. */
export function withSessionFallback(open: () => ImportStore, memory: ImportStore = createImportStore(memoryKeyValue())): FallbackImportStore {
  let problem: string | null = null;
  let opened: ImportStore | undefined;

  const persistent = (): ImportStore => (opened ??= open());
  const failed = (error: unknown) => {
    problem = describeStorageFailure(error);
    return problem;
  };

  return {
    async list() {
      let stored: ImportListing = { records: [], unreadable: [] };
      try {
        stored = await persistent().list();
      } catch (error) {
        failed(error);
      }
      const session = await memory.list();
      const records = [...stored.records, ...session.records].sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.id.localeCompare(b.id));
      return { records, unreadable: stored.unreadable, unsaved: session.records.map((r) => r.id), storageProblem: problem };
    },
    async get(id) {
      const kept = await memory.get(id);
      if (kept) return kept;
      try {
        return await persistent().get(id);
      } catch (error) {
        failed(error);
        return undefined;
      }
    },
    async add(record) {
      if (await memory.get(record.id)) throw new ImportIdTakenError(`An import with the id “${record.id}” already exists.`);
      try {
        const saved = await persistent().add(record);
        problem = null; // it takes records again (space was freed)
        return saved;
      } catch (error) {
        if (error instanceof ImportIdTakenError || error instanceof v.ValiError) throw error;
        const reason = failed(error);
        await memory.add(record);
        return { saved: false, problem: reason };
      }
    },
    async remove(id) {
      if (await memory.get(id)) return memory.remove(id);
      return persistent().remove(id);
    },
  };
}

/** What the reader is told when the browser's storage fails, from the error the browser gave. */
export function describeStorageFailure(error: unknown): string {
  const name = error instanceof Error || (typeof DOMException !== "undefined" && error instanceof DOMException) ? (error as Error).name : "";
  if (name === "QuotaExceededError") return "This browser's storage for this site is full.";
  if (name === "ReferenceError" || name === "SecurityError" || name === "InvalidStateError" || name === "NotFoundError" || name === "UnknownError") {
    return "This browser does not let this site store data (a private window, or storage turned off).";
  }
  const message = error instanceof Error ? error.message : String(error);
  return `This browser's storage failed: ${message}`;
}
