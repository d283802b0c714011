/**
 * The emitters' files as the emit cache gives them back (emit-cache.ts).
 * At 10,000 bulletins the search emitter's kept files are half a gigabyte in
 * 100,000 files, of which a rebuild after an edit changes a few hundred:
 * decoding every file's text, and hashing it again to ask the output ledger
 * whether the output folder holds it, was most of that emitter's time. A
 * kept file carries its output hash, and its text stays in the part's bytes
 * until something reads it.
 */
import { outputHash } from "../site-generator/output/ledger.ts";

export interface EmittedFile {
  fileName: string;
  source: string;
  /** When set: `outputHash(source)`, the hash the output ledger records. */
  readonly hash?: string;
}

let decodes = 0;

/** How many kept files' texts have been decoded in this process so far: a rebuild decodes only those it reads. */
export function keptFileDecodes(): number {
  return decodes;
}

/**
 * A file read from a part on disk: its text decoded from the part's bytes
 * when first read. Its hash and bytes are not own properties, so a copy made
 * by spreading it (`{ ...f, source }`) carries neither to text they are not of.
 */
export class KeptFile implements EmittedFile {
  readonly #bytes: Buffer;
  readonly #start: number;
  readonly #end: number;
  readonly #hash: string;
  #source: string | undefined;

  constructor(
    readonly fileName: string,
    hash: string,
    bytes: Buffer,
    start: number,
    end: number,
  ) {
    this.#hash = hash;
    this.#bytes = bytes;
    this.#start = start;
    this.#end = end;
  }

  get hash(): string {
    return this.#hash;
  }

  get source(): string {
    if (this.#source === undefined) {
      decodes++;
      this.#source = this.#bytes.toString("utf8", this.#start, this.#end);
    }
    return this.#source;
  }

  /** Its text in UTF-8, as kept: written again without decoding it. */
  bytes(): Buffer {
    return this.#bytes.subarray(this.#start, this.#end);
  }

  get byteLength(): number {
    return this.#end - this.#start;
  }

  /** Whether `text` is in it, read in its bytes when it was not decoded (UTF-8 matches a string's bytes only where the string is). */
  includes(text: string): boolean {
    return this.#source === undefined ? this.bytes().includes(text, 0, "utf8") : this.#source.includes(text);
  }
}

/** `f` with its hash. */
export function withHash(f: EmittedFile): EmittedFile {
  return f.hash !== undefined ? f : { fileName: f.fileName, source: f.source, hash: outputHash(f.source) };
}

/** Its text's length in UTF-8. */
export function byteLengthOf(f: EmittedFile): number {
  return f instanceof KeptFile ? f.byteLength : Buffer.byteLength(f.source);
}

/** Whether `a` and `b` hold the same text: by identity, then hash, then text. */
export function sameText(a: EmittedFile, b: EmittedFile): boolean {
  if (a === b) return true;
  if (a.hash !== undefined && b.hash !== undefined) return a.hash === b.hash;
  return a.source === b.source;
}

/**
 * The files a patch (emit-cache.ts `EmitPatch`) works on, by name, the last
 * of a name winning, as the build writes them (runEmitters). A kept file's
 * text is decoded when the patch reads it, and a file the patch does not set
 * is given back as the object it was given.
 */
export class PatchFiles {
  readonly #files = new Map<string, EmittedFile>();

  constructor(kept: readonly EmittedFile[]) {
    for (const f of kept) this.#files.set(f.fileName, f);
  }

  get(fileName: string): string | undefined {
    return this.#files.get(fileName)?.source;
  }

  has(fileName: string): boolean {
    return this.#files.has(fileName);
  }

  /** Whether `fileName` is kept and holds `text`. */
  includes(fileName: string, text: string): boolean {
    const f = this.#files.get(fileName);
    return f === undefined ? false : f instanceof KeptFile ? f.includes(text) : f.source.includes(text);
  }

  set(fileName: string, source: string): void {
    this.#files.set(fileName, { fileName, source });
  }

  delete(fileName: string): boolean {
    return this.#files.delete(fileName);
  }

  names(): IterableIterator<string> {
    return this.#files.keys();
  }

  files(): EmittedFile[] {
    return [...this.#files.values()];
  }
}
