/**
 * Which files each bulletin gave each per-bulletin emitter (its data JSON,
 * its CSVs) in the last build, with their content hashes, so that a rebuild
 * makes no file of a bulletin that did not change: at 10,000 bulletins,
 * making them all again only to find them unchanged (JSON.stringify, the CSVs)
 * was 4 s of a rebuild after one bulletin changed, before hashing each.
 *
 * A record is keyed by what decides the files: the emitter, its settings
 * (the site's URL in the CSVs' links), and the bulletin's input (its file's
 * name and text, and the decoder's warning: `inputKey`). The whole record is
 * dropped when the build's code changed (`codeVersion`: every source file
 * under src/, the locked dependencies and Node's version), since an emitter's
 * output is also a function of its code. It is trusted only together with
 * the output ledger (ledger.ts): a file is reused only when the ledger says
 * the output folder still holds it with the recorded hash, as written.
 *
 * One line per record, `key\tfile\thash\tfile\thash…`; kept beside the
 * folder's ledger, and only this build's records are saved.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { hashSources } from "../cache/source-files.ts";

/** The first line; bumped when the record's shape changes (a record of another format is ignored). */
const FORMAT_LINE = "bulletin-reader bulletin outputs 1";

/** A file an emitter made, and its content hash (ledger.ts `outputHash`). */
export type MadeFile = readonly [fileName: string, hash: string];

/**
 * The version of the code that makes the build's files: every non-test file
 * under `srcDir`, the given lock file (the dependencies' versions) and Node's
 * version (JSON.stringify is Node's). Any edit there drops the record.
 */
export function computeCodeVersion(srcDir: string, lockFile: string): string {
  const hash = createHash("sha256").update(process.version).update("\0");
  hashSources(hash, srcDir, ["."]);
  try {
    hash.update(readFileSync(lockFile));
  } catch {
    hash.update("no lock file");
  }
  return hash.digest("hex").slice(0, 24);
}

/** What decides one bulletin's input to the emitters: its file's name and text (`contentKey`), and the decoder's warning. */
export function inputKey(contentKey: string, warning: unknown): string {
  return createHash("sha256").update(contentKey).update("\0").update(JSON.stringify(warning ?? null)).digest("hex");
}

function recordKey(emitter: string, settings: string, input: string): string {
  return createHash("sha256").update(emitter).update("\0").update(settings).update("\0").update(input).digest("base64url");
}

export class BulletinOutputs {
  private readonly current = new Map<string, string>();

  private constructor(
    private readonly file: string,
    private readonly codeVersion: string,
    private readonly previous: Map<string, string>,
  ) {}

  /** The record kept in `file` by the last build, if it was made by the same code (`codeVersion`); else an empty one. */
  static open(file: string, codeVersion: string): BulletinOutputs {
    const previous = new Map<string, string>();
    let text = "";
    try {
      text = readFileSync(file, "utf8");
    } catch {
      // none yet: every file is made
    }
    const lines = text.split("\n");
    if (lines[0] === FORMAT_LINE && lines[1] === codeVersion) {
      for (let i = 2; i < lines.length; i++) {
        const line = lines[i]!;
        const tab = line.indexOf("\t");
        if (tab > 0) previous.set(line.slice(0, tab), line.slice(tab + 1));
        else if (line.length > 0) previous.set(line, ""); // a bulletin the emitter made no file of
      }
    }
    return new BulletinOutputs(file, codeVersion, previous);
  }

  /** The files `emitter` (with `settings`) made in the last build from a bulletin of this input, if recorded. */
  previousFiles(emitter: string, settings: string, input: string): MadeFile[] | undefined {
    const rest = this.previous.get(recordKey(emitter, settings, input));
    if (rest === undefined) return undefined;
    if (rest === "") return [];
    const parts = rest.split("\t");
    if (parts.length % 2 !== 0) return undefined; // a damaged line: made again
    const files: MadeFile[] = [];
    for (let i = 0; i < parts.length; i += 2) files.push([parts[i]!, parts[i + 1]!]);
    return files;
  }

  /** Records the files `emitter` made (or kept) in this build from a bulletin of this input. */
  record(emitter: string, settings: string, input: string, files: readonly MadeFile[]): void {
    this.current.set(recordKey(emitter, settings, input), files.map(([name, hash]) => `${name}\t${hash}`).join("\t"));
  }

  /** Writes this build's records for the next (by rename: a killed build leaves the last whole). */
  save(): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    const lines = [FORMAT_LINE, this.codeVersion];
    for (const [key, rest] of this.current) lines.push(rest === "" ? key : `${key}\t${rest}`);
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, `${lines.join("\n")}\n`);
    renameSync(temporary, this.file);
  }
}
