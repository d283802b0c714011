import type { ViewPlace } from "../../views/model.ts";

/** The places rows mention, for a filter's list: most rows first, countries marked. */
export function placeOptions(places: readonly ViewPlace[], rows: ReadonlyArray<{ pl: readonly number[] }>): Array<{ value: string; label: string }> {
  const counts = new Map<number, number>();
  for (const r of rows) for (const i of r.pl) counts.set(i, (counts.get(i) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (places[a[0]]?.name ?? "").localeCompare(places[b[0]]?.name ?? ""))
    .flatMap(([i, n]) => {
      const p = places[i];
      return p ? [{ value: p.id, label: `${p.name}${p.kind === "country" ? " (country)" : ""} (${n})` }] : [];
    });
}
