/** The filter controls the views share: a choice from a list, a text filter, a year range, export. */
import { useEffect, useRef, useState, type ReactNode } from "react";

const fieldClass = "rounded-md border border-stone-300 bg-white px-2 py-1 text-sm dark:border-stone-600 dark:bg-stone-900";

/** `onEngage`: the reader reached for a control (the view reads the next piece of its rows then, src/app/views/usePieces.ts). */
export function Filters({ children, label, onEngage }: { children: ReactNode; label: string; onEngage?: () => void }) {
  return (
    <form
      role="search"
      aria-label={label}
      className="mt-4 flex flex-wrap items-end gap-3"
      onSubmit={(e) => e.preventDefault()}
      onFocusCapture={onEngage}
      onPointerDownCapture={onEngage}
    >
      {children}
    </form>
  );
}

export function Choice({
  id,
  label,
  value,
  options,
  onChange,
  anyLabel = "All",
}: {
  id: string;
  label: string;
  value: string | undefined;
  options: ReadonlyArray<{ value: string; label: string }>;
  onChange: (value: string | undefined) => void;
  anyLabel?: string | null;
}) {
  return (
    <label htmlFor={id} className="flex flex-col text-xs font-semibold text-stone-700 dark:text-stone-300">
      {label}
      <select id={id} className={fieldClass} value={value ?? ""} onChange={(e) => onChange(e.target.value || undefined)}>
        {anyLabel !== null && <option value="">{anyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Waits this long after the last key before the URL (and the rows) follow. */
const TYPING_PAUSE_MS = 250;

/**
 * A text filter: the URL follows the field after a pause; the first change of
 * a visit to the field adds a history entry, the rest replace it.
 */
export function TextFilter({
  id,
  label,
  value,
  onChange,
  placeholder,
}: {
  id: string;
  label: string;
  value: string | undefined;
  onChange: (value: string | undefined, options: { replace: boolean }) => void;
  placeholder?: string;
}) {
  const [draft, setDraft] = useState(value ?? "");
  const pushed = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => setDraft(value ?? ""), [value]);
  useEffect(() => () => clearTimeout(timer.current), []);
  const commit = (text: string) => {
    clearTimeout(timer.current);
    const next = text.trim() || undefined;
    if (next === (value || undefined)) return;
    onChange(next, { replace: pushed.current });
    pushed.current = true;
  };
  return (
    <label htmlFor={id} className="flex flex-col text-xs font-semibold text-stone-700 dark:text-stone-300">
      {label}
      <input
        id={id}
        type="search"
        className={fieldClass}
        value={draft}
        placeholder={placeholder}
        onFocus={() => (pushed.current = false)}
        onBlur={() => commit(draft)}
        onKeyDown={(e) => e.key === "Enter" && commit(draft)}
        onChange={(e) => {
          const text = e.target.value;
          setDraft(text);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => commit(text), TYPING_PAUSE_MS);
        }}
      />
    </label>
  );
}

export function YearRange({
  years,
  from,
  to,
  onChange,
  idPrefix,
}: {
  years: readonly number[];
  from: string | undefined;
  to: string | undefined;
  onChange: (changes: { from?: string; to?: string }) => void;
  idPrefix: string;
}) {
  const options = years.map((y) => ({ value: String(y), label: String(y) }));
  // A date in the URL (2009-03-01) that is not a year of the list is still offered, so the field shows what filters.
  const withValue = (v: string | undefined) => (v && !options.some((o) => o.value === v) ? [{ value: v, label: v }, ...options] : options);
  return (
    <>
      {/* Each names only its own end: the other's value here may be a render old (the URL changes in a
          transition), and passing it back would undo a choice made a moment before. */}
      <Choice id={`${idPrefix}-from`} label="From" value={from} options={withValue(from)} anyLabel="Any" onChange={(v) => onChange({ from: v })} />
      <Choice id={`${idPrefix}-to`} label="To" value={to} options={withValue(to)} anyLabel="Any" onChange={(v) => onChange({ to: v })} />
    </>
  );
}

export function ResetLink({ onReset, active }: { onReset: () => void; active: boolean }) {
  if (!active) return null;
  return (
    <button type="button" className="btn" onClick={onReset}>
      Clear filters
    </button>
  );
}
