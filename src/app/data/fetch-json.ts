/**
 * Fetches a data file and validates it. Defensive because `vite preview` and
 * most static hosts answer a missing file with index.html and status 200.
 */
import * as v from "valibot";
import { fetchData } from "./data-source.ts";
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

  const result = v.safeParse(schema, json);
  if (!result.success) {
    const first = result.issues[0];
    throw new InvalidDataError(url, (first && v.getDotPath(first)) ?? "(root)", first?.message ?? "invalid");
  }
  return result.output;
}
