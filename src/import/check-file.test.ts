import { describe, expect, it } from "vitest";
import { checkFile } from "./check-file.ts";
import { MAX_IMPORT_BYTES } from "./limits.ts";

const enc = (s: string) => new TextEncoder().encode(s);
const file = (bytes: Uint8Array, size = bytes.byteLength) => ({ name: "x.txt", size, bytes });

describe("checkFile", () => {
  it("accepts UTF-8 text and drops a byte-order mark", () => {
    const result = checkFile(file(enc("\uFEFFWELCOME TO IWPR’S REPORTING CENTRAL ASIA")));
    expect(result).toEqual({ ok: true, text: "WELCOME TO IWPR’S REPORTING CENTRAL ASIA" });
  });

  it("refuses a file over the limit and states the limit", () => {
    const result = checkFile(file(new Uint8Array(0), MAX_IMPORT_BYTES + 1));
    expect(result).toMatchObject({ ok: false, reason: "too-large" });
    expect(!result.ok && result.message).toContain("The limit is 2 MB");
  });

  it("accepts a file exactly at the limit", () => {
    const bytes = new Uint8Array(MAX_IMPORT_BYTES).fill(0x61);
    expect(checkFile(file(bytes)).ok).toBe(true);
  });

  it("refuses binary data: NUL bytes", () => {
    const bytes = enc("WELCOME\u0000TO IWPR");
    expect(checkFile(file(bytes))).toMatchObject({ ok: false, reason: "not-text" });
  });

  it("refuses invalid UTF-8 (a Latin-1 file, an image header)", () => {
    expect(checkFile(file(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff])))).toMatchObject({ ok: false, reason: "not-text" });
    expect(checkFile(file(new Uint8Array([0x43, 0x61, 0x66, 0xe9])))).toMatchObject({ ok: false, reason: "not-text" });
  });

  it("tolerates a stray DOS end-of-file mark but not a stream of control characters", () => {
    expect(checkFile(file(enc("A bulletin line.\r\n\u001A"))).ok).toBe(true);
    expect(checkFile(file(enc("x\u0001\u0002\u0003".repeat(10))))).toMatchObject({ ok: false, reason: "not-text" });
  });

  it("refuses empty and blank files", () => {
    expect(checkFile(file(new Uint8Array(0)))).toMatchObject({ ok: false, reason: "empty" });
    expect(checkFile(file(enc(" \n\t\r\n")))).toMatchObject({ ok: false, reason: "empty" });
  });
});
