/**
 * The parser version that keys the parse cache.
 *
 * A hand-bumped constant is forgotten the first time someone fixes a rule
 * and rebuilds: the cache then serves the old output. So the version is
 * derived from what decides the parser's output: the schema version and
 * the text of every non-test source file under src/parser/ and src/gazetteer/. Any edit there
 * (a rule, a table, a fixture the parser reads) gives a new version and a
 * cold cache; editing the app, the build or a test does not.
 */
import { createHash } from "node:crypto";
import { SCHEMA_VERSION } from "../../parser/model/version.ts";
import { hashSources } from "./source-files.ts";

/**
 * What a cache entry holds, hashed into the version: entries are read back
 * without the schema check since they are written only after it
 * (parse-cache.ts); those of a format written before that must not be read.
 */
const ENTRY_FORMAT = "schema-checked 1";

/** The files the parser can read (its tables are JSON, TSV, text). */
const SOURCE = /\.(ts|tsx|js|mjs|json|txt|tsv|csv)$/;

/**
 * `s<schemaVersion>-<12 hex of the sources' hash>`, e.g. `s1-3fa9c0d2b417`.
 * Short enough to be a folder name, long enough never to collide by chance.
 */
export function computeParserVersion(...sourceDirs: string[]): string {
  const hash = createHash("sha256").update(ENTRY_FORMAT).update("\0");
  for (const dir of sourceDirs) hashSources(hash, dir, ["."], (file) => SOURCE.test(file));
  return `s${SCHEMA_VERSION}-${hash.digest("hex").slice(0, 12)}`;
}

let memo: string | undefined;

/**
 * The version of this checkout's parser, computed once per process: src/parser/,
 * and src/gazetteer/ because its tables decide places and their coordinates.
 */
export function parserVersion(): string {
  memo ??= computeParserVersion(
    new URL("../../parser/", import.meta.url).pathname,
    new URL("../../gazetteer/", import.meta.url).pathname,
  );
  return memo;
}
