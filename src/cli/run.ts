// The CLI's core, with file reading injected so tests need no disk:
// returns what to print and the exit code.
import type { Bulletin } from "../parser/model/index.ts";
import { notABulletinReason } from "../parser/not-a-bulletin.ts";
import { parseStructure } from "../parser/parse-structure.ts";
import { extract, type ExtractOptions } from "../parser/extract/index.ts";
import { decodeSource, withSourceWarning } from "../source-text/index.ts";

/** `size`: the file's size on disk, when its bytes were not read because it is over the limit. */
export type ReadResult = { ok: true; bytes: Uint8Array; size?: number } | { ok: false; problem: string };

export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: 0 | 1 | 2;
}

export const USAGE = "usage: npm run --silent parse -- FILE";

export function runParse(
  args: readonly string[],
  read: (file: string) => ReadResult,
  extractOptions: Omit<ExtractOptions, "fileName"> = {},
): CliResult {
  const file = args.find((a) => !a.startsWith("--"));
  if (!file || args.filter((a) => !a.startsWith("--")).length > 1) return { stdout: "", stderr: `parse: ${USAGE}\n`, code: 2 };
  const fail = (problem: string): CliResult => ({ stdout: "", stderr: `parse: ${file}: ${problem}\n`, code: 2 });
  const r = read(file);
  if (!r.ok) return fail(r.problem);
  const decoded = decodeSource(r.bytes, r.size);
  if (!decoded.ok) return fail(decoded.problem);
  const structure = parseStructure(decoded.text, { fileName: file });
  const reason = notABulletinReason(decoded.text, structure);
  if (reason) return fail(reason);
  const bulletin: Bulletin = withSourceWarning(extract(structure, { ...extractOptions, fileName: file }), decoded);
  return { stdout: JSON.stringify(bulletin, null, 2) + "\n", stderr: "", code: 0 };
}
