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
  /**
   * Array fields of an object schema to check item by item, in slices (see
   * `parseInSlices`): the long lists of a big file.
   */
  sliced?: readonly string[];
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
  { schema, sliced, version, signal, fetchImpl = fetchData }: FetchJsonOptions<S>,
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
  if (sliced?.length) {
    if (!isObjectSchema(schema)) throw new Error(`fetchJson: only an object schema can be checked in slices (${url})`);
    return parseInSlices(url, schema, json, sliced) as Promise<v.InferOutput<S>>;
  }
  return check(url, schema, json);
}

function check<S extends v.GenericSchema>(url: string, schema: S, json: unknown, path?: string): v.InferOutput<S> {
  const result = v.safeParse(schema, json);
  if (!result.success) {
    const first = result.issues[0];
    const inner = first && v.getDotPath(first);
    const at = path ? (inner ? `${path}.${inner}` : path) : (inner ?? "(root)");
    throw new InvalidDataError(url, at, first?.message ?? "invalid");
  }
  return result.output;
}

type AnyObjectSchema = v.ObjectSchema<v.ObjectEntries, v.ErrorMessage<v.ObjectIssue> | undefined>;
type AnyArraySchema = v.ArraySchema<v.GenericSchema, v.ErrorMessage<v.ArrayIssue> | undefined>;

function isObjectSchema(schema: v.GenericSchema): schema is AnyObjectSchema {
  return schema.type === "object" && "entries" in schema;
}

/**
 * Most of a task's budget on Lighthouse's simulated phone (50 ms, at 4× this
 * CPU's time). In one piece, checking a bulletin took a task of 50–80 ms
 * here, and the archive index of 1,000 bulletins 25–45 ms in Node.
 */
const SLICE_MS = 8;

/**
 * Checks an object as `schema` does, but its long array fields item by item,
 * yielding to the browser whenever a slice of work has taken `sliceMs`, so a
 * big file does not block the page while it is checked. The output is the
 * schema's own; a bad item is reported at its path (`articles.3.quotes.0.text`).
 */
export async function parseInSlices<S extends AnyObjectSchema>(
  url: string,
  schema: S,
  json: unknown,
  fields: readonly string[],
  sliceMs = SLICE_MS,
): Promise<v.InferOutput<S>> {
  const entries: v.ObjectEntries = { ...schema.entries };
  const items = new Map<string, v.GenericSchema>();
  for (const field of fields) {
    const entry = schema.entries[field];
    if (entry?.type !== "array") throw new Error(`parseInSlices: ${field} is not an array field of the schema`);
    items.set(field, (entry as AnyArraySchema).item);
    entries[field] = v.array(v.unknown());
  }
  const out: Record<string, unknown> = { ...check(url, v.object(entries), json) };
  let sliceStart = performance.now();
  for (const [field, item] of items) {
    const list = out[field] as unknown[];
    const checked: unknown[] = [];
    for (let i = 0; i < list.length; i++) {
      if (performance.now() - sliceStart >= sliceMs) {
        await nextTask();
        sliceStart = performance.now();
      }
      checked.push(check(url, item, list[i], `${field}.${i}`));
    }
    out[field] = checked;
  }
  return out as v.InferOutput<S>;
}
