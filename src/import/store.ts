/**
 * Where imported bulletins live between visits: one record per bulletin, keyed
 * by its id, in a key-value store (IndexedDB through idb-keyval in the app;
 * a Map in the tests). One key per import means adding or removing one never
 * rewrites another, so a failure half-way through a batch cannot damage what
 * was imported before.
 *
 * Records are validated when read: a record written by an older version of the
 * app (another `schemaVersion`) or damaged in storage is reported as unreadable
 * — with its key, so the user can remove it — instead of breaking the archive.
 */
import * as v from "valibot";
import { BulletinSchema } from "../parser/model/schema.ts";
import { upgradeBulletin } from "../parser/model/upgrade.ts";
import type { Bulletin } from "../parser/model/index.ts";

/** The few operations the store needs; idb-keyval provides them, and so does a Map. */
export interface KeyValue {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  entries(): Promise<Array<[IDBValidKey, unknown]>>;
}

export const ImportRecordSchema = v.object({
  id: BulletinSchema.entries.id,
  /** SHA-256 of the source text (see `hash.ts`): what "already there" compares. */
  hash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  fileName: v.string(),
  /** Source size in bytes, as shown in the list of imports. */
  size: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** ISO timestamp. */
  importedAt: v.string(),
  bulletin: BulletinSchema,
});

export type ImportRecord = v.InferOutput<typeof ImportRecordSchema>;

export interface UnreadableImport {
  readonly key: string;
  /** What the user is told: why it cannot be shown, and what to do. */
  readonly message: string;
}

export interface ImportListing {
  readonly records: ImportRecord[];
  readonly unreadable: UnreadableImport[];
  /** Ids among `records` kept in memory only, for this visit: the browser's storage refused them (session-fallback.ts). */
  readonly unsaved?: readonly string[];
  /** Why the browser's storage could not be used, when it could not; a sentence for the user. */
  readonly storageProblem?: string | null;
}

/** What became of a stored record: saved in the browser, or kept for this visit only (and why). */
export type AddResult = { readonly saved: true } | { readonly saved: false; readonly problem: string };

/** `add` of an id that is already stored: a mistake of the caller, never a storage failure. */
export class ImportIdTakenError extends Error {
  override readonly name = "ImportIdTakenError";
}

export interface ImportStore {
  list(): Promise<ImportListing>;
  get(id: string): Promise<ImportRecord | undefined>;
  /** Stores a new record; refuses to overwrite an existing id (ids are made distinct before). */
  add(record: ImportRecord): Promise<AddResult>;
  remove(id: string): Promise<void>;
}

export function createImportStore(kv: KeyValue): ImportStore {
  return {
    async list() {
      const records: ImportRecord[] = [];
      const unreadable: UnreadableImport[] = [];
      for (const [key, value] of await kv.entries()) {
        const parsed = v.safeParse(ImportRecordSchema, upgraded(value));
        if (parsed.success) records.push(parsed.output);
        else unreadable.push({ key: String(key), message: describeUnreadable(value) });
      }
      records.sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.id.localeCompare(b.id));
      return { records, unreadable };
    },
    async get(id) {
      const parsed = v.safeParse(ImportRecordSchema, upgraded(await kv.get(id)));
      return parsed.success ? parsed.output : undefined;
    },
    async add(record) {
      const checked = v.parse(ImportRecordSchema, record);
      if ((await kv.get(checked.id)) !== undefined) {
        throw new ImportIdTakenError(`An import with the id “${checked.id}” already exists.`);
      }
      await kv.set(checked.id, checked);
      return { saved: true };
    },
    async remove(id) {
      await kv.del(id);
    },
  };
}

/** A record stored by an older app: its bulletin brought up to the current schema where it can be. */
function upgraded(value: unknown): unknown {
  if (typeof value !== "object" || value === null || !("bulletin" in value)) return value;
  return { ...value, bulletin: upgradeBulletin((value as { bulletin: unknown }).bulletin) };
}

function describeUnreadable(value: unknown): string {
  const version = (value as { bulletin?: { schemaVersion?: unknown } } | null)?.bulletin?.schemaVersion;
  if (typeof version === "number" && version !== BulletinSchema.entries.schemaVersion.literal) {
    return `Imported by another version of the app (data version ${version}). Remove it and import the file again.`;
  }
  return "This stored import is damaged and cannot be shown. Remove it and import the file again.";
}

/** A KeyValue over a Map: for tests, and for browsers where IndexedDB is unavailable (private windows in some browsers). */
export function memoryKeyValue(map = new Map<string, unknown>()): KeyValue {
  return {
    async get(key) {
      return structuredClone(map.get(key));
    },
    async set(key, value) {
      map.set(key, structuredClone(value));
    },
    async del(key) {
      map.delete(key);
    },
    async entries() {
      return [...map.entries()].map(([k, val]) => [k, structuredClone(val)] as [IDBValidKey, unknown]);
    },
  };
}
