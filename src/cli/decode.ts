// Bytes → text for the CLI: UTF-8, or windows-1252 for older archives saved in it;
// refuse binary files (NUL bytes, or many control characters).

/** More than this share of control characters (other than tab, CR, LF, FF) means binary. */
export const BINARY_CONTROL_SHARE = 0.01;
/** The head of the file examined for binary content. */
export const BINARY_SNIFF_BYTES = 64 * 1024;

export type Decoded = { ok: true; text: string; encoding: "utf-8" | "windows-1252" } | { ok: false; problem: string };

export function decodeBulletinBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, problem: "empty file" };
  const head = bytes.subarray(0, BINARY_SNIFF_BYTES);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return { ok: false, problem: "binary file (NUL bytes), not a text bulletin" };
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control++;
  }
  if (control / head.length > BINARY_CONTROL_SHARE) return { ok: false, problem: "binary file (control characters), not a text bulletin" };
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { ok: true, text, encoding: "utf-8" };
  } catch {
    // Not UTF-8: pre-2004 archives were saved as Windows Latin-1, which decodes any byte.
    return { ok: true, text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}
