/**
 * The browser's import store: IndexedDB through idb-keyval, in a database of
 * its own so nothing else on the origin can collide with it.
 */
import { createStore, del, entries, get, set } from "idb-keyval";
import { createImportStore, type ImportStore, type KeyValue } from "./store.ts";

export const IMPORT_DB_NAME = "bulletin-reader";
export const IMPORT_STORE_NAME = "imports";

let shared: ImportStore | undefined;

/** The app's one import store, opened on first use. */
export function browserImportStore(): ImportStore {
  if (!shared) {
    const idb = createStore(IMPORT_DB_NAME, IMPORT_STORE_NAME);
    const kv: KeyValue = {
      get: (key) => get(key, idb),
      set: (key, value) => set(key, value, idb),
      del: (key) => del(key, idb),
      entries: () => entries(idb),
    };
    shared = createImportStore(kv);
  }
  return shared;
}
