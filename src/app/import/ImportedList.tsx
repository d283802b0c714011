/** The bulletins imported into this browser, each with a Remove that asks first. */
import { useState, type ReactNode } from "react";
import { Link } from "react-router";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { describe } from "../../import/import-files.ts";
import { formatBytes } from "../../import/limits.ts";
import { removeImport } from "./import-controller.ts";
import { importsQuery } from "./imports-data.ts";

export function ImportedList() {
  const { data, error, refetch } = useQuery(importsQuery());
  if (error) {
    return (
      <div role="alert" className="mt-10">
        <p>The imported bulletins could not be read from this browser's storage: {error.message}</p>
        <button type="button" className="btn mt-2" onClick={() => void refetch()}>
          Retry
        </button>
      </div>
    );
  }
  if (!data) return null;
  const unsaved = new Set(data.unsaved ?? []);
  return (
    <section aria-labelledby="imported-heading" className="mt-10">
      <h2 id="imported-heading" className="font-serif text-2xl font-semibold">
        Imported bulletins ({data.records.length})
      </h2>
      {data.storageProblem && (
        <p role="note" className="mt-2 text-amber-800 dark:text-amber-300" data-testid="storage-problem">
          {data.storageProblem}{" "}
          {unsaved.size > 0
            ? "Imports marked “not saved” are kept only until this tab is closed; those saved before are safe."
            : "New imports are kept only until this tab is closed."}
        </p>
      )}
      {data.records.length === 0 && data.unreadable.length === 0 && (
        <p className="mt-2 text-stone-600 dark:text-stone-400">None yet. Bulletins you import appear here and in the archive.</p>
      )}
      <ul className="mt-4 divide-y divide-stone-200 dark:divide-stone-800" data-testid="imported-list">
        {data.records.map((r) => (
          <ImportedItem key={r.id} id={r.id} label={
            <>
              <Link to={`/bulletins/${r.id}`} className="font-semibold underline">
                {describe(r.bulletin)}
              </Link>
              <span className="ml-2 text-sm text-stone-600 dark:text-stone-400">
                {r.fileName} · {formatBytes(r.size)} · imported {new Date(r.importedAt).toLocaleString()}
              </span>
              {unsaved.has(r.id) && (
                <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-900 dark:text-amber-100">
                  not saved: this tab only
                </span>
              )}
            </>
          } />
        ))}
        {data.unreadable.map((u) => (
          <ImportedItem key={u.key} id={u.key} label={<span className="text-rose-800 dark:text-rose-300">“{u.key}”: {u.message}</span>} />
        ))}
      </ul>
    </section>
  );
}

function ImportedItem({ id, label }: { id: string; label: ReactNode }) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const remove = async () => {
    setBusy(true);
    try {
      await removeImport(id, queryClient);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      setBusy(false);
      setConfirming(false);
    }
  };
  return (
    <li className="flex flex-wrap items-center gap-3 py-2" data-import-id={id}>
      <div className="min-w-0 flex-1">{label}</div>
      {confirming ? (
        <span className="flex items-center gap-2" role="group" aria-label={`Remove ${id}?`}>
          <span className="text-sm">Remove from this browser?</span>
          <button type="button" className="btn" disabled={busy} onClick={() => void remove()}>
            Yes, remove
          </button>
          <button type="button" className="btn" disabled={busy} onClick={() => setConfirming(false)} autoFocus>
            Keep
          </button>
        </span>
      ) : (
        <button type="button" className="btn" onClick={() => setConfirming(true)} aria-label={`Remove ${id}`}>
          Remove
        </button>
      )}
      {failure && <p role="alert" className="w-full text-sm text-rose-800 dark:text-rose-300">Could not remove it: {failure}</p>}
    </li>
  );
}
