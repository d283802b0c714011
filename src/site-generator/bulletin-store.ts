/**
 * Parses bulletin files one at a time and remembers the result per file, so
 * that in dev a changed .txt costs one parse, not a re-parse of the archive.
 * Results are keyed by a hash of the file's content: an unchanged file (a
 * touch, an editor's save-without-change) is not parsed again. A persistent
 * cache in .cache/ can later reuse the same key.
 *
 * A bulletin that fails — the parser throws, its output breaks the schema, or
 * its id is already taken by another file — is reported and skipped; the
 * others are unaffected.
 */
import { createHash } from "node:crypto";
import { checkBulletin } from "./cache/checked.ts";
import type { Bulletin } from "../parser/model/index.ts";

export type ParseFn = (text: string, options: { fileName: string }) => Bulletin;

export type FileResult =
  | { ok: true; file: string; hash: string; bulletin: Bulletin }
  | { ok: false; file: string; hash: string; reason: string };

export function contentHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

export function parseFile(parse: ParseFn, file: string, text: string): FileResult {
  const hash = contentHash(text);
  let output: unknown;
  try {
    output = parse(text, { fileName: file });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, file, hash, reason: `parser failed: ${reason}` };
  }
  // A parse read from the parse cache passed the check before it was written (cache/checked.ts).
  const checked = checkBulletin(output);
  if (!checked.ok) return { ok: false, file, hash, reason: checked.reason };
  return { ok: true, file, hash, bulletin: checked.bulletin };
}

export class BulletinStore {
  readonly #results = new Map<string, FileResult>();
  /** Files whose bulletin is held only in part (`put`): `update` reads them in full. */
  readonly #partial = new Set<string>();

  constructor(private readonly parse: ParseFn) {}

  /** Parses `text` unless the file's content is unchanged since last time (and its bulletin held in full). */
  update(file: string, text: string): FileResult {
    const previous = this.#results.get(file);
    if (previous && previous.hash === contentHash(text) && !this.#partial.has(file)) return previous;
    const result = parseFile(this.parse, file, text);
    this.#results.set(file, result);
    this.#partial.delete(file);
    return result;
  }

  /**
   * Holds `bulletin`, checked elsewhere, as the file's: in dev, a summary read
   * from the parse cache in a worker (src/site-generator/dev/), until `update`;
   * in a build, a lazy bulletin (cache/lazy-bulletin.ts), held as full.
   */
  put(file: string, hash: string, bulletin: Bulletin, { partial }: { partial: boolean }): void {
    this.#results.set(file, { ok: true, file, hash, bulletin });
    if (partial) this.#partial.add(file);
    else this.#partial.delete(file);
  }

  /** What the store holds for the file. */
  get(file: string): FileResult | undefined {
    return this.#results.get(file);
  }

  /** Whether the file's bulletin is held only in part. */
  isPartial(file: string): boolean {
    return this.#partial.has(file);
  }

  /** Every file whose bulletin is held only in part. */
  partialFiles(): string[] {
    return [...this.#partial];
  }

  /** Records a file that could not be read as a bulletin at all (binary, too large), to be reported with the failures. */
  reject(file: string, reason: string): void {
    this.#results.set(file, { ok: false, file, hash: "", reason });
    this.#partial.delete(file);
  }

  remove(file: string): void {
    this.#results.delete(file);
    this.#partial.delete(file);
  }

  /**
   * The bulletins to publish, in file-name order, the failures to report, and
   * the file each published bulletin came from (by bulletin id).
   * Two files with the same bulletin id: the first (by file name) wins.
   */
  snapshot(): { bulletins: Bulletin[]; failures: { file: string; reason: string }[]; fileOf: Map<string, string> } {
    const bulletins: Bulletin[] = [];
    const failures: { file: string; reason: string }[] = [];
    const seen = new Map<string, string>();
    for (const file of [...this.#results.keys()].sort()) {
      const result = this.#results.get(file)!;
      if (!result.ok) {
        failures.push({ file, reason: result.reason });
        continue;
      }
      const owner = seen.get(result.bulletin.id);
      if (owner !== undefined) {
        failures.push({ file, reason: `bulletin id "${result.bulletin.id}" already used by ${owner}` });
        continue;
      }
      seen.set(result.bulletin.id, file);
      bulletins.push(result.bulletin);
    }
    return { bulletins, failures, fileOf: seen };
  }
}
