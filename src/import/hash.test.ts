import { describe, expect, it } from "vitest";
import { contentHash } from "./hash.ts";

describe("contentHash", () => {
  it("is SHA-256 hex of the text", async () => {
    expect(await contentHash("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
  it("treats CRLF, CR and LF copies and a byte-order mark as the same content", async () => {
    const lf = await contentHash("line one\nline two\n");
    expect(await contentHash("line one\r\nline two\r\n")).toBe(lf);
    expect(await contentHash("\uFEFFline one\rline two\r")).toBe(lf);
    expect(await contentHash("line one\nline two!\n")).not.toBe(lf);
  });
});
