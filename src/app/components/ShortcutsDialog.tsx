import { useEffect, useRef } from "react";

export const SHORTCUTS: readonly [key: string, what: string][] = [
  ["/", "Search"],
  ["j", "Next article"],
  ["k", "Previous article"],
  ["?", "Show these shortcuts"],
  ["Esc", "Close this list"],
];

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal?.();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby="shortcuts-title"
      className="m-auto w-80 rounded-lg border border-stone-300 bg-white p-5 text-ink shadow-xl backdrop:bg-black/40 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
    >
      <h2 id="shortcuts-title" className="mb-3 text-lg font-semibold">
        Keyboard shortcuts
      </h2>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
        {SHORTCUTS.map(([key, what]) => (
          <div key={key} className="contents">
            <dt>
              <kbd className="rounded border border-stone-300 bg-stone-100 px-1.5 font-mono dark:border-stone-600 dark:bg-stone-800">{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog" className="mt-4 text-right">
        <button className="btn" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
