/**
 * The kinds of number the Numbers view filters and charts by: one unit per
 * chart. Small on purpose: the article page's Statistics panel links to the
 * view filtered to a figure's kind, and must not load the views' code for it.
 */
import type { Statistic } from "../parser/model/index.ts";

export function unitKind(s: Pick<Statistic, "kind" | "unit">): string {
  if (s.kind === "percent" || s.unit === "percent") return "percent";
  if (s.kind === "money" && s.unit) return `money-${s.unit}`;
  if (s.unit === "people") return "people";
  return "other";
}

export function unitKindLabel(kind: string): string {
  if (kind === "people") return "People";
  if (kind === "percent") return "Percent";
  if (kind === "other") return "Other counts";
  if (kind.startsWith("money-")) return `Money (${kind.slice("money-".length)})`;
  return kind;
}

export function numbersHref(kind: string): string {
  return `/numbers?unit=${encodeURIComponent(kind)}`;
}
