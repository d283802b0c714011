/**
 * Importing a batch of files, one after another: check → hash → parse →
 * store. Every file ends with its own outcome (added, already there, refused
 * with a reason); whatever goes wrong with one file is caught and reported for
 * that file alone, and the next one goes on. Nothing is written for a file
 * until it has parsed and validated, so a failure never leaves half a bulletin
 * behind and never touches earlier imports.
 */
import type { Bulletin } from "../parser/model/index.ts";
import { withSourceWarning } from "../source-text/index.ts";
import { checkFile, refuse, type Refusal, type RefusalReason } from "./check-file.ts";
import { contentHash } from "./hash.ts";
import { distinctId } from "./ids.ts";
import type { ImportStore } from "./store.ts";

/** A file to import, read only when its turn comes (a batch of 100 is never all in memory). */
export interface SourceFile {
  readonly name: string;
  readonly size: number;
  read(): Promise<Uint8Array>;
}

export function fromBrowserFile(file: File): SourceFile {
  return {
    name: file.name,
    size: file.size,
    read: async () => new Uint8Array(await file.arrayBuffer()),
  };
}

export type ParseOutcome = { readonly ok: true; readonly bulletin: Bulletin } | Refusal;

/** Parses one text; in the browser a Web Worker does it (see `parse-client.ts`). */
export type ParseText = (text: string, fileName: string) => Promise<ParseOutcome>;

export type FileOutcome =
  | {
      readonly status: "added";
      readonly fileName: string;
      readonly id: string;
      readonly title: string;
      readonly renamedFrom: string | null;
      /** How the file was read when that was a guess ("read as KOI8-R (Cyrillic)…"), else null. */
      readonly encodingNote: string | null;
      /** Why it is kept for this visit only, when the browser's storage would not take it; null once saved. */
      readonly notSaved: string | null;
    }
  | { readonly status: "duplicate"; readonly fileName: string; readonly id: string; readonly message: string }
  | { readonly status: "refused"; readonly fileName: string; readonly reason: RefusalReason; readonly message: string };

export interface ImportProgress {
  readonly total: number;
  /** Files finished so far, in order. */
  readonly outcomes: readonly FileOutcome[];
  /** The file being worked on, or null when the batch is over. */
  readonly current: string | null;
}

export interface ImportDeps {
  readonly store: ImportStore;
  readonly parse: ParseText;
  /** Ids of the bulletins that ship with the app: an import never takes one of them. */
  readonly builtIds: ReadonlySet<string>;
  /** Content hashes of the bulletins that ship with the app, when the archive lists them. */
  readonly builtHashes?: ReadonlyMap<string, string>;
  readonly now?: () => Date;
  readonly onProgress?: (progress: ImportProgress) => void;
}

export async function importFiles(files: readonly SourceFile[], deps: ImportDeps): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  const report = (current: string | null) =>
    deps.onProgress?.({ total: files.length, outcomes: [...outcomes], current });

  // What is already there, loaded once and kept up to date as the batch adds to it.
  const existing = await deps.store.list();
  const takenIds = new Set<string>([...deps.builtIds, ...existing.records.map((r) => r.id), ...existing.unreadable.map((u) => u.key)]);
  const idByHash = new Map<string, string>(deps.builtHashes ?? []);
  for (const record of existing.records) idByHash.set(record.hash, record.id);

  for (const file of files) {
    report(file.name);
    let outcome: FileOutcome;
    try {
      outcome = await importOne(file, deps, takenIds, idByHash);
    } catch (error) {
      // Reading, hashing or storing failed (a file removed from disk mid-batch, storage full…).
      outcome = { status: "refused", fileName: file.name, reason: "unexpected", message: `Could not be imported: ${messageOf(error)}` };
    }
    outcomes.push(outcome);
    // Let the page paint between files, so a long batch shows its progress.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  report(null);
  return outcomes;
}

async function importOne(
  file: SourceFile,
  deps: ImportDeps,
  takenIds: Set<string>,
  idByHash: Map<string, string>,
): Promise<FileOutcome> {
  const refused = (r: Refusal): FileOutcome => ({ status: "refused", fileName: file.name, reason: r.reason, message: r.message });

  // Refuse an oversized file from its declared size, before reading megabytes into memory.
  const early = checkFile({ name: file.name, size: file.size, bytes: new Uint8Array(0) });
  if (!early.ok && early.reason === "too-large") return refused(early);

  const checked = checkFile({ name: file.name, size: file.size, bytes: await file.read() });
  if (!checked.ok) return refused(checked);

  const hash = await contentHash(checked.text);
  const sameContent = idByHash.get(hash);
  if (sameContent !== undefined) {
    return { status: "duplicate", fileName: file.name, id: sameContent, message: "Already there: the archive holds a bulletin with the same content." };
  }

  const parsed = await deps.parse(checked.text, file.name);
  if (!parsed.ok) return refused(parsed);

  const wanted = parsed.bulletin.id;
  const id = distinctId(wanted, takenIds);
  const bulletin: Bulletin = withSourceWarning({ ...parsed.bulletin, id, sourceFile: file.name }, checked);
  const record = { id, hash, fileName: file.name, size: file.size, importedAt: (deps.now?.() ?? new Date()).toISOString(), bulletin };
  let notSaved: string | null = null;
  try {
    const stored = await deps.store.add(record);
    if (!stored.saved) notSaved = stored.problem;
  } catch (error) {
    return refused(refuse("storage-failed", `Could not be saved in this browser: ${messageOf(error)}`));
  }
  takenIds.add(id);
  idByHash.set(hash, id);
  return {
    status: "added",
    fileName: file.name,
    id,
    title: describe(bulletin),
    renamedFrom: id === wanted ? null : wanted,
    encodingNote: checked.warning?.message ?? null,
    notSaved,
  };
}

/** A one-line name for the bulletin, from what the parser found. */
export function describe(bulletin: Bulletin): string {
  const parts = [bulletin.series ?? bulletin.seriesCode, bulletin.issue !== null ? `No. ${bulletin.issue}` : null, bulletin.part !== null ? `Part ${bulletin.part}` : null, bulletin.date];
  const named = parts.filter((p): p is string => typeof p === "string" && p !== "").join(", ");
  return named || bulletin.title || bulletin.id;
}

function messageOf(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return String(error);
}
