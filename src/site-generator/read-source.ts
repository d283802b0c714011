/**
 * Reads one bulletin file from disk for the build, through the same decoding
 * as the CLI and the import (src/source-text): UTF-16 and 8-bit Cyrillic files
 * are read, binary and oversized ones are refused with the reason, and a file
 * over the limit is refused from its size without being read. A text read
 * comes with the file's stamp (file-stamp.ts) as it was just before the read.
 */
import { readFileSync, statSync } from "node:fs";
import { decodeSource, MAX_SOURCE_BYTES, type DecodedSource } from "../source-text/index.ts";
import { stampOf, type FileStamp } from "./file-stamp.ts";

export type SourceRead =
  | (DecodedSource & { readonly stamp: FileStamp })
  | { readonly ok: false; readonly problem: string }
  | { readonly ok: false; readonly missing: true };

export function readSource(absolute: string): SourceRead {
  let bytes: Uint8Array;
  let stamp: FileStamp;
  try {
    stamp = stampOf(statSync(absolute));
    bytes = stamp.size > MAX_SOURCE_BYTES ? new Uint8Array(0) : readFileSync(absolute);
  } catch {
    // Gone between the listing and the read (a dev-server rename): treated as removed.
    return { ok: false, missing: true };
  }
  const decoded = decodeSource(bytes, stamp.size);
  return decoded.ok ? { ...decoded, stamp } : { ok: false, problem: decoded.problem };
}
