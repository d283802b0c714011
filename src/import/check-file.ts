/**
 * The first gate for a dropped or picked file: is it small enough, and is it
 * text at all (in which encoding: see src/source-text)? Runs before the parser
 * sees anything, so a renamed image or a huge log is refused with a reason
 * instead of being parsed into nonsense.
 */
import { decodeSource, type DecodedSource } from "../source-text/index.ts";

export type RefusalReason = "too-large" | "empty" | "not-text" | "not-a-bulletin" | "parse-failed" | "storage-failed" | "unexpected";

export interface Refusal {
  readonly ok: false;
  readonly reason: RefusalReason;
  /** A sentence for the user: what is wrong and, where it helps, the limit. */
  readonly message: string;
}

/** The file's text, its encoding and, when the encoding was guessed, the warning for its bulletin. */
export type Accepted = DecodedSource;

export interface FileInput {
  readonly name: string;
  readonly size: number;
  readonly bytes: Uint8Array;
}

export function refuse(reason: RefusalReason, message: string): Refusal {
  return { ok: false, reason, message };
}

export function checkFile(file: FileInput): Accepted | Refusal {
  // `size` comes from the File object; the bytes are the truth when they differ.
  const decoded = decodeSource(file.bytes, file.size);
  if (decoded.ok) return decoded;
  return refuse(decoded.reason, `${decoded.problem.charAt(0).toUpperCase()}${decoded.problem.slice(1)}.`);
}
