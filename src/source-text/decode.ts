/**
 * Bytes of a bulletin file → its text. One function for the CLI, the build and
 * the in-browser import, so a file reads the same everywhere.
 *
 * Order of evidence, strongest first:
 * 1. a byte-order mark: UTF-8, or UTF-16 LE/BE (what Windows Notepad saves as
 *    "Unicode"; its ASCII letters come with NUL bytes, so without this step
 *    the file looks binary);
 * 2. valid UTF-8 (plain ASCII included): no warning, it is what we expect;
 * 3. otherwise an 8-bit code page guessed from the letters
 *    (cyrillic-guess.ts): Windows-1251 or KOI8-R for Russian, Windows-1252
 *    for old Western files. A guess, so the bulletin gets an `encoding`
 *    warning naming it.
 *
 * Binary files (images, PDFs, zips renamed .txt) are refused: NUL characters,
 * or more than a few stray control characters, after decoding.
 */
import type { Warning } from "../parser/model/index.ts";
import { guessEightBit } from "./cyrillic-guess.ts";
import { MAX_SOURCE_BYTES, formatBytes } from "./size.ts";

export type SourceEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1251" | "koi8-r" | "windows-1252";

/** How each encoding is named in warnings. */
export const ENCODING_NAMES: Record<SourceEncoding, string> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16 (little-endian)",
  "utf-16be": "UTF-16 (big-endian)",
  "windows-1251": "Windows-1251 (Cyrillic)",
  "koi8-r": "KOI8-R (Cyrillic)",
  "windows-1252": "Windows-1252 (Western European)",
};

export interface DecodedSource {
  readonly ok: true;
  /** The text, byte-order mark removed. */
  readonly text: string;
  readonly encoding: SourceEncoding;
  /** Set when the encoding was guessed or characters were replaced: goes into the Bulletin's warnings. */
  readonly warning?: Warning;
}

export type DecodeRefusalReason = "too-large" | "empty" | "not-text";

export interface DecodeRefusal {
  readonly ok: false;
  readonly reason: DecodeRefusalReason;
  /** A short lowercase phrase, complete with figures: "too large (3.1 MB); the limit is 2 MB per file". */
  readonly problem: string;
}

/**
 * Control characters other than tab, newline, vertical tab, form feed and
 * carriage return. Binary files are full of them; a text file saved from an
 * old mail client may hold a few (a DOS end-of-file Ctrl-Z, an escape code).
 */
const BINARY_CONTROL = /[\u0001-\u0008\u000E-\u001F]/g;

/** How many stray control characters a text file may hold before it counts as binary. */
export const MAX_STRAY_CONTROLS = 16;

const BOMS: ReadonlyArray<readonly [SourceEncoding, readonly number[]]> = [
  ["utf-8", [0xef, 0xbb, 0xbf]],
  ["utf-16le", [0xff, 0xfe]],
  ["utf-16be", [0xfe, 0xff]],
];

/**
 * `declaredSize`: the size the file claims (a browser File's `size`), so an
 * oversized file can be refused before its bytes are read: pass empty bytes.
 */
export function decodeSource(bytes: Uint8Array, declaredSize = bytes.byteLength): DecodedSource | DecodeRefusal {
  const size = Math.max(declaredSize, bytes.byteLength);
  if (size > MAX_SOURCE_BYTES) {
    return refusal("too-large", `too large (${formatBytes(size)}); the limit is ${formatBytes(MAX_SOURCE_BYTES)} per file`);
  }
  if (size === 0) return refusal("empty", "empty file");

  const decoded = decodeText(bytes);
  if (decoded.text.includes("\u0000")) return refusal("not-text", "binary file (NUL bytes), not a text bulletin");
  if ((decoded.text.match(BINARY_CONTROL)?.length ?? 0) > MAX_STRAY_CONTROLS) {
    return refusal("not-text", "binary file (control characters), not a text bulletin");
  }
  if (decoded.text.trim() === "") return refusal("empty", "empty file (only blank space)");
  return decoded;
}

function decodeText(bytes: Uint8Array): DecodedSource {
  const bom = BOMS.find(([, mark]) => mark.every((b, i) => bytes[i] === b));
  if (bom) {
    const [encoding, mark] = bom;
    const body = bytes.subarray(mark.length);
    const strict = tryDecode(encoding, body);
    if (strict !== null) return { ok: true, text: strict, encoding };
    // A marked file with broken sequences (cut mid-character): keep what reads, say what was lost.
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
    return { ok: true, text, encoding, warning: encodingWarning(`some characters of this ${ENCODING_NAMES[encoding]} file were damaged and are shown as �`) };
  }
  // A NUL byte is binary in every 8-bit code page; leave it in for the binary check.
  const utf8 = tryDecode("utf-8", bytes);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: "utf-8" };
  if (bytes.includes(0)) return { ok: true, text: decodeEightBit("windows-1252", bytes), encoding: "windows-1252" };
  const encoding = guessEightBit(bytes);
  return {
    ok: true,
    text: decodeEightBit(encoding, bytes),
    encoding,
    warning: encodingWarning(`the file is not UTF-8; read as ${ENCODING_NAMES[encoding]}, which fits its letters best`),
  };
}

/**
 * Windows-1252's 0x80–0x9F are curly quotes, dashes, € and the like. Node 20's
 * TextDecoder reads them as Latin-1's C1 control characters (browsers do not),
 * so they are mapped here, and the build and the browser agree.
 */
const WINDOWS_1252_C1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

export function decodeEightBit(encoding: "windows-1251" | "koi8-r" | "windows-1252", bytes: Uint8Array): string {
  const text = new TextDecoder(encoding).decode(bytes);
  if (encoding !== "windows-1252") return text;
  return text.replace(/[\u0080-\u009F]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!);
}

function tryDecode(encoding: SourceEncoding, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function encodingWarning(message: string): Warning {
  return { kind: "encoding", message, line: null };
}

function refusal(reason: DecodeRefusalReason, problem: string): DecodeRefusal {
  return { ok: false, reason, problem };
}

/** The bulletin with the decoding's warning, if any, first among its warnings. */
export function withSourceWarning<B extends { readonly warnings: readonly Warning[] }>(bulletin: B, decoded: DecodedSource): B {
  return decoded.warning ? { ...bulletin, warnings: [decoded.warning, ...bulletin.warnings] } : bulletin;
}
