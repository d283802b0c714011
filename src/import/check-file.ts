/**
 * The first gate for a dropped or picked file: is it small enough, and is it
 * text at all? Runs before the parser sees anything, so a renamed image or a
 * huge log is refused with a reason instead of being parsed into nonsense.
 */
import { MAX_IMPORT_BYTES, formatBytes } from "./limits.ts";

export type RefusalReason = "too-large" | "empty" | "not-text" | "not-a-bulletin" | "parse-failed" | "storage-failed" | "unexpected";

export interface Refusal {
  readonly ok: false;
  readonly reason: RefusalReason;
  /** A sentence for the user: what is wrong and, where it helps, the limit. */
  readonly message: string;
}

export interface Accepted {
  readonly ok: true;
  /** The file decoded as UTF-8, byte-order mark removed. */
  readonly text: string;
}

export interface FileInput {
  readonly name: string;
  readonly size: number;
  readonly bytes: Uint8Array;
}

export function refuse(reason: RefusalReason, message: string): Refusal {
  return { ok: false, reason, message };
}

/** NUL never occurs in text mail; it marks UTF-16 files and binary data (images, PDFs, zip). */
const NUL = "\u0000";

/**
 * Control characters other than tab, newline, vertical tab, form feed and
 * carriage return. Binary files are full of them; a text file saved from an
 * old mail client may hold a few (a DOS end-of-file Ctrl-Z, an escape code).
 */
const BINARY_CONTROL = /[\u0001-\u0008\u000E-\u001F]/g;

/** How many stray control characters a text file may hold before it counts as binary. */
const MAX_STRAY_CONTROLS = 16;

export function checkFile(file: FileInput): Accepted | Refusal {
  // `size` comes from the File object; the bytes are the truth when they differ.
  const size = Math.max(file.size, file.bytes.byteLength);
  if (size > MAX_IMPORT_BYTES) {
    return refuse(
      "too-large",
      `Too large: ${formatBytes(size)}. The limit is ${formatBytes(MAX_IMPORT_BYTES)} per file.`,
    );
  }
  if (size === 0) return refuse("empty", "The file is empty.");

  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(file.bytes);
  } catch {
    return refuse("not-text", "Not a text file: it is not valid UTF-8 text (is it a document or an image?).");
  }
  const controls = text.match(BINARY_CONTROL)?.length ?? 0;
  if (text.includes(NUL) || controls > MAX_STRAY_CONTROLS) {
    return refuse("not-text", "Not a text file: it contains binary data.");
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") return refuse("empty", "The file holds only blank space.");
  return { ok: true, text };
}
