/**
 * Encoders for tests: TextEncoder writes only UTF-8, so files in other
 * encodings are made here, by inverting the decoder's own tables.
 */
import { decodeEightBit } from "../decode.ts";

export function encodeEightBit(text: string, encoding: "windows-1251" | "koi8-r" | "windows-1252"): Uint8Array {
  const byteOf = new Map<string, number>();
  for (let b = 0; b < 256; b++) byteOf.set(decodeEightBit(encoding, new Uint8Array([b])), b);
  return Uint8Array.from(Array.from(text, (ch) => {
    const b = byteOf.get(ch);
    if (b === undefined) throw new Error(`${encoding} has no ${JSON.stringify(ch)}`);
    return b;
  }));
}

/** UTF-16 with its byte-order mark, as Windows Notepad saves "Unicode" (LE) and "Unicode big endian" (BE). */
export function encodeUtf16(text: string, endian: "le" | "be"): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, endian === "le");
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), endian === "le");
  return out;
}
