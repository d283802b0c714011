/** The title, intro and result count every view starts with. */
import { formatNumber } from "../lib/format.ts";
import type { ReactNode } from "react";

export function ViewHeader({ title, intro }: { title: string; intro: ReactNode }) {
  return (
    <>
      <h1 className="font-serif text-4xl font-semibold">{title}</h1>
      <p className="mt-2 max-w-2xl text-stone-700 dark:text-stone-300">{intro}</p>
    </>
  );
}

/** `count`: null while the rows are loading. */
export function ResultCount({ count, noun, plural, total }: { count: number | null; noun: string; plural: string; total: number }) {
  return (
    <p role="status" aria-live="polite" className="text-sm text-stone-600 dark:text-stone-400">
      {count === null ? `Loading all ${formatNumber(total)} ${plural}…` : count === total ? `${formatNumber(count)} ${count === 1 ? noun : plural}` : `${formatNumber(count)} of ${formatNumber(total)} ${plural}`}
    </p>
  );
}
