/**
 * Fetches a data file and validates it. Defensive because `vite preview` and
 * most static hosts answer a missing file with index.html and status 200.
 */
import * as v from "valibot";
import { fetchData } from "./data-source.ts";
import { nextTask } from "../lib/next-task.ts";
import { InvalidDataError, MissingFileError, NetworkError, NotJsonError, WrongSchemaVersionError } from "./errors.ts";

export interface FetchJsonOptions<S extends v.GenericSchema> {
  schema: S;
  /** Checked before the schema, so a version mismatch gets its own message. */
  version?: { field: string; expected: number };
  signal?: AbortSignal;
  fetchImpl?: (url: string, init?: RequestInit) => Promise<Response>;
}

function looksLikeHtml(text: string): boolean {
  return /^\s*</.test(text);
}

export async function fetchJson<S extends v.GenericSchema>(
  url: string,
  { schema, version, signal, fetchImpl = fetchData }: FetchJsonOptions<S>,
): Promise<v.InferOutput<S>> {
  let response: Response;
  try {
    response = await fetchImpl(url, { signal, headers: { Accept: "application/json" } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new NetworkError(`Could not reach ${url}. Check your connection and retry.`, url);
  }
  // Callers ask only for files the archive lists (loaders check ids against the
  // index first), so a 404 here is a broken deploy, not a mistyped link.
  if (response.status === 404 || response.status === 410) throw new MissingFileError(url, response.status);
  if (!response.ok) throw new NetworkError(`The server answered ${response.status} for ${url}.`, url);

  const contentType = response.headers.get("content-type") ?? "";
  const text = await response.text();
  if (contentType.includes("html") || looksLikeHtml(text)) throw new NotJsonError(url, contentType || "text/html");
  // Parsing and checking a bulletin are each a task of their own: one after
  // the other, with the fetch before them, they blocked the page on start-up.
  await nextTask();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new NotJsonError(url, contentType);
  }

  if (version) {
    const found = typeof json === "object" && json !== null ? (json as Record<string, unknown>)[version.field] : undefined;
    if (found !== version.expected) throw new WrongSchemaVersionError(url, found, version.expected);
  }

  await nextTask();
  const result = v.safeParse(schema, json);
  if (!result.success) {
    const first = result.issues[0];
    throw new InvalidDataError(url, (first && v.getDotPath(first)) ?? "(root)", first?.message ?? "invalid");
  }
  return result.output;
}

/**
 * Most of a task's budget on Lighthouse's simulated phone (50 ms, at 4× this
 * CPU's time): the archive index of 1,000 bulletins took 25–45 ms to check in
 * one piece here.
 */
const SLICE_MS = 8;

/**
 * Checks a long array from a data file item by item, yielding to the browser
 * whenever a slice of work has taken SLICE_MS, so a big file does not block
 * the page while it is checked. A bad item is reported at its path, as
 * `fetchJson` reports the rest of the file.
 */
export async function parseItemsInSlices<S extends v.GenericSchema>(
  url: string,
  field: string,
  items: readonly unknown[],
  schema: S,
  sliceMs = SLICE_MS,
): Promise<Array<v.InferOutput<S>>> {
  const out: Array<v.InferOutput<S>> = [];
  let sliceStart = performance.now();
  for (let i = 0; i < items.length; i++) {
    if (performance.now() - sliceStart >= sliceMs) {
      await nextTask();
      sliceStart = performance.now();
    }
    const result = v.safeParse(schema, items[i]);
    if (!result.success) {
      const first = result.issues[0];
      const inner = first && v.getDotPath(first);
      throw new InvalidDataError(url, inner ? `${field}.${i}.${inner}` : `${field}.${i}`, first?.message ?? "invalid");
    }
    out.push(result.output);
  }
  return out;
}
