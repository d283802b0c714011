/** When a person held a role, as the person page gives it (PersonPage.tsx, and the prerender's person pages). */
import type { RoleSpan } from "../../search/entities.ts";
import { formatDate } from "../lib/format.ts";

export function roleDates(r: RoleSpan): string {
  const from = formatDate(r.from);
  const to = formatDate(r.to);
  if (!from) return "date unknown";
  return from === to || !to ? from : `${from} – ${to}`;
}
