/**
 * What can go wrong loading a data file, each with a message a reader can act
 * on. Route error boundaries switch on `kind`.
 */
/**
 * "not-found" is for an id the archive does not list (a mistyped link): the
 * not-found page. "missing" is a data file the archive does list but the
 * server does not have (a half-finished deploy): an error with Retry.
 */
export type DataErrorKind = "not-found" | "missing" | "wrong-schema-version" | "not-json" | "invalid" | "network";

export abstract class DataError extends Error {
  abstract readonly kind: DataErrorKind;
  constructor(
    message: string,
    readonly url: string,
  ) {
    super(message);
  }
  /** Only a network failure may succeed on a retry without a new deploy. */
  get retryable(): boolean {
    return this.kind === "network";
  }
}

export class NotFoundError extends DataError {
  readonly kind = "not-found";
  override name = "NotFoundError";
}

/** The server answered 404/410 for a data file the app expected to exist. */
export class MissingFileError extends DataError {
  readonly kind = "missing";
  override name = "MissingFileError";
  constructor(url: string, status: number) {
    super(
      `The data file ${url} is missing from the server (it answered ${status}). The site may be in the middle of an update; retry in a moment.`,
      url,
    );
  }
}

export class WrongSchemaVersionError extends DataError {
  readonly kind = "wrong-schema-version";
  override name = "WrongSchemaVersionError";
  constructor(
    url: string,
    readonly found: unknown,
    readonly expected: number,
  ) {
    super(
      `This data was written for schema version ${String(found)}, but this reader understands version ${expected}. Rebuild the data or reload the page to get the matching reader.`,
      url,
    );
  }
}

/** The server answered with something that is not JSON — usually the app's own HTML page, because the file is missing. */
export class NotJsonError extends DataError {
  readonly kind = "not-json";
  override name = "NotJsonError";
  constructor(
    url: string,
    readonly contentType: string,
  ) {
    super(
      contentType.includes("html")
        ? `Expected data but received an HTML page from ${url}. The data file is probably missing from the build.`
        : `Expected JSON from ${url} but received ${contentType || "something else"}.`,
      url,
    );
  }
}

export class InvalidDataError extends DataError {
  readonly kind = "invalid";
  override name = "InvalidDataError";
  constructor(
    url: string,
    readonly path: string,
    readonly issue: string,
  ) {
    super(`The data in ${url} is not valid at ${path}: ${issue}`, url);
  }
}

export class NetworkError extends DataError {
  readonly kind = "network";
  override name = "NetworkError";
}

export function isDataError(error: unknown): error is DataError {
  return error instanceof DataError;
}
