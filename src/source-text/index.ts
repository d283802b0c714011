/**
 * Reading a bulletin file's bytes as text: the size limit, the binary check and
 * the encoding (byte-order mark, UTF-8, or a guessed 8-bit code page). Pure:
 * the CLI, the build and the browser's import all use it.
 */
export { decodeSource, withSourceWarning, ENCODING_NAMES, MAX_STRAY_CONTROLS, type DecodedSource, type DecodeRefusal, type DecodeRefusalReason, type SourceEncoding } from "./decode.ts";
export { MAX_SOURCE_BYTES, formatBytes } from "./size.ts";
