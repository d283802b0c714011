/** One line per file of the import: what happened to it and why. */
import { Link } from "react-router";
import type { FileOutcome } from "../../import/import-files.ts";
import type { ImportState } from "./import-controller.ts";

const LABEL: Record<FileOutcome["status"], string> = {
  added: "Added",
  duplicate: "Already there",
  refused: "Refused",
};

const BADGE: Record<FileOutcome["status"], string> = {
  added: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
  duplicate: "bg-stone-200 text-stone-900 dark:bg-stone-700 dark:text-stone-100",
  refused: "bg-rose-100 text-rose-900 dark:bg-rose-900 dark:text-rose-100",
};

export function ImportProgress({ state }: { state: ImportState }) {
  if (!state.running) return null;
  const done = state.outcomes.length;
  return (
    <div className="mt-6" data-testid="import-progress">
      <label className="block text-sm">
        Importing {Math.min(done + 1, state.total)} of {state.total}
        {state.current ? `: ${state.current}` : ""}
        <progress className="mt-1 block w-full" max={state.total} value={done} />
      </label>
    </div>
  );
}

export function ImportResults({ state, onClear }: { state: ImportState; onClear: () => void }) {
  const counts = { added: 0, duplicate: 0, refused: 0 };
  for (const o of state.outcomes) counts[o.status]++;
  return (
    <section aria-labelledby="import-results-heading" className="mt-8" hidden={state.outcomes.length === 0}>
      <div className="flex items-baseline gap-4">
        <h2 id="import-results-heading" className="font-serif text-2xl font-semibold">
          Results
        </h2>
        {!state.running && state.outcomes.length > 0 && (
          <button type="button" className="text-sm underline" onClick={onClear}>
            Clear results
          </button>
        )}
      </div>
      <p role="status" aria-live="polite" className="mt-2 text-sm" data-testid="import-summary">
        {state.outcomes.length > 0 &&
          `${state.outcomes.length} of ${state.total} files: ${counts.added} added, ${counts.duplicate} already there, ${counts.refused} refused.`}
      </p>
      <ul className="mt-4 divide-y divide-stone-200 dark:divide-stone-800" data-testid="import-results">
        {state.outcomes.map((outcome, i) => (
          <li key={i} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2" data-status={outcome.status}>
            <span className={`rounded px-2 py-0.5 text-xs font-semibold ${BADGE[outcome.status]}`}>{LABEL[outcome.status]}</span>
            <span className="font-mono text-sm break-all">{outcome.fileName}</span>
            <span className="text-sm text-stone-700 dark:text-stone-300">
              <OutcomeDetail outcome={outcome} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function OutcomeDetail({ outcome }: { outcome: FileOutcome }) {
  switch (outcome.status) {
    case "added":
      return (
        <>
          <Link to={`/bulletins/${outcome.id}`} className="underline">
            {outcome.title}
          </Link>
          {outcome.renamedFrom && ` (saved as “${outcome.id}”: “${outcome.renamedFrom}” was already taken)`}
          {outcome.encodingNote && <span className="block text-amber-800 dark:text-amber-300">Note: {outcome.encodingNote}.</span>}
          {outcome.notSaved && (
            <span className="block text-amber-800 dark:text-amber-300" data-testid="not-saved">
              Not saved: {outcome.notSaved} It is kept only until this tab is closed.
            </span>
          )}
        </>
      );
    case "duplicate":
      return (
        <>
          {outcome.message}{" "}
          <Link to={`/bulletins/${outcome.id}`} className="underline">
            Open it
          </Link>
        </>
      );
    case "refused":
      return <>{outcome.message}</>;
  }
}
