import { describe, expect, it } from "vitest";
import { encodeEightBit, encodeUtf16 } from "../source-text/testing/encode.ts";
import { checkFile } from "./check-file.ts";
import { MAX_IMPORT_BYTES } from "./limits.ts";

const enc = (s: string) => new TextEncoder().encode(s);
const file = (bytes: Uint8Array, size = bytes.byteLength) => ({ name: "x.txt", size, bytes });

describe("checkFile", () => {
  it("accepts UTF-8 text and drops a byte-order mark", () => {
    const result = checkFile(file(enc("\uFEFFWELCOME TO IWPR’S REPORTING CENTRAL ASIA")));
    expect(result).toEqual({ ok: true, text: "WELCOME TO IWPR’S REPORTING CENTRAL ASIA", encoding: "utf-8" });
  });

  it("accepts UTF-16 with a byte-order mark instead of calling it binary", () => {
    expect(checkFile(file(encodeUtf16("WELCOME TO IWPR’S REPORTING CENTRAL ASIA", "le")))).toEqual({
      ok: true,
      text: "WELCOME TO IWPR’S REPORTING CENTRAL ASIA",
      encoding: "utf-16le",
    });
  });

  it("reads a Windows-1251 file and carries the warning that names it", () => {
    const result = checkFile(file(encodeEightBit("Жители города жалуются на рост цен.", "windows-1251")));
    expect(result).toMatchObject({ ok: true, encoding: "windows-1251", warning: { kind: "encoding" } });
  });

  it("refuses a file over the limit from its declared size and states the limit", () => {
    const result = checkFile(file(new Uint8Array(0), MAX_IMPORT_BYTES + 1));
    expect(result).toEqual({ ok: false, reason: "too-large", message: "Too large (2 MB); the limit is 2 MB per file." });
  });

  it("accepts a file exactly at the limit", () => {
    const bytes = new Uint8Array(MAX_IMPORT_BYTES).fill(0x61);
    expect(checkFile(file(bytes)).ok).toBe(true);
  });

  it("refuses binary data: NUL bytes, control characters, an image", () => {
    expect(checkFile(file(enc("WELCOME\u0000TO IWPR")))).toMatchObject({ ok: false, reason: "not-text", message: expect.stringMatching(/^Binary file/) });
    expect(checkFile(file(enc("x\u0001\u0002\u0003".repeat(10))))).toMatchObject({ ok: false, reason: "not-text" });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(checkFile(file(png))).toMatchObject({ ok: false, reason: "not-text" });
  });

  it("refuses empty and blank files", () => {
    expect(checkFile(file(new Uint8Array(0)))).toMatchObject({ ok: false, reason: "empty" });
    expect(checkFile(file(enc(" \n\t\r\n")))).toMatchObject({ ok: false, reason: "empty" });
  });
});
