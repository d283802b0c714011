/**
 * The emitters' files as the emit cache gives them back (emit-cache.ts).
 * At 10,000 bulletins the search emitter's kept files are half a gigabyte in
 * 100,000 files, of which a rebuild after an edit changes a few hundred:
 * decoding every file's text, and hashing it again to ask the output ledger
 * whether the output folder holds it, was most of that emitter's time. A
 * kept file carries its output hash, and its text stays on disk, in its
 * part, until something reads it.
 */
import { closeSync, readSync } from "node:fs";
import type { EmittedFile } from "../site-generator/emitters.ts";
import { outputHash } from "../site-generator/output/ledger.ts";

export type { EmittedFile };

let decodes = 0;

/** How many kept files' texts have been decoded in this process so far: a rebuild decodes only those it reads. */
export function keptFileDecodes(): number {
  return decodes;
}

/** Parts are closed once no file read from them is left. */
const closeWhenGone = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // Closed already.
  }
});

/**
 * A part on disk, held open while a file read from it is alive: a build that
 * writes the part anew meanwhile (renamed over it) leaves this one readable
 * as it was. Its files' bytes are read when asked for: a rebuild after an
 * edit reads a few hundred of the search emitter's 100,000 files, and reading
 * the whole part, half a gigabyte at 10,000 bulletins, was most of its time.
 */
export class OpenPart {
  readonly #fd: number;

  constructor(fd: number) {
    this.#fd = fd;
    closeWhenGone.register(this, fd);
  }

  /** Bytes `start` to `end` of the part. */
  read(start: number, end: number): Buffer {
    const bytes = Buffer.allocUnsafe(end - start);
    for (let at = 0; at < bytes.length; ) {
      const read = readSync(this.#fd, bytes, at, bytes.length - at, start + at);
      if (read === 0) throw new Error("emit cache: a part cut short since it was opened");
      at += read;
    }
    return bytes;
  }
}

/**
 * A file read from a part on disk: its text read and decoded when first
 * asked for. Its hash and bytes are not own properties, so a copy made by
 * spreading it (`{ ...f, source }`) carries neither to text they are not of.
 */
export class KeptFile implements EmittedFile {
  readonly #part: OpenPart;
  readonly #start: number;
  readonly #end: number;
  readonly #hash: string;
  #source: string | undefined;

  constructor(
    readonly fileName: string,
    hash: string,
    part: OpenPart,
    start: number,
    end: number,
  ) {
    this.#hash = hash;
    this.#part = part;
    this.#start = start;
    this.#end = end;
  }

  get hash(): string {
    return this.#hash;
  }

  get source(): string {
    if (this.#source === undefined) {
      decodes++;
      this.#source = this.bytes().toString("utf8");
    }
    return this.#source;
  }

  /** Its text in UTF-8, as kept: written again without decoding it. */
  bytes(): Buffer {
    return this.#part.read(this.#start, this.#end);
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
