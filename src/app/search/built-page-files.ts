/**
 * A person's or place's file as the build wrote it, its redirect followed
 * once as the app follows it (page-data-client.ts): for the prerender, which
 * gives pages their data (src/app/ssr.tsx) or makes them from a template
 * (src/site-generator/prerender/entity-pages.ts) instead of fetching it.
 */
import { PAGE_DATA_VERSION } from "../../search/page-data.ts";

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null;

/**
 * The page's data and the files it came from (`urlOf` an id's URL, `read` a
 * URL's parsed content or undefined); null for anything the app would not
 * show as is (no file, another version, a redirect to a redirect).
 */
export function builtPageFiles(urlOf: (id: string) => string, id: string, read: (url: string) => unknown): { data: Record<string, unknown>; files: string[] } | null {
  const url = urlOf(id);
  const first = read(url);
  if (!isRecord(first) || first.version !== PAGE_DATA_VERSION) return null;
  if (first.kind !== "redirect") return { data: first, files: [url] };
  if (typeof first.to !== "string") return null;
  const to = urlOf(first.to);
  const target = read(to);
  if (!isRecord(target) || target.version !== PAGE_DATA_VERSION || target.kind === "redirect") return null;
  return { data: target, files: [url, to] };
}
