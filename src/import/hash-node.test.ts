import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { contentHash } from "./hash.ts";
import { contentHashSync } from "./hash-node.ts";

describe("contentHashSync (the build's) and contentHash (the browser's)", () => {
  it("give the same hex for bulletin-like text in every line-ending and BOM variant", async () => {
    const text = "WELCOME TO IWPR'S MADE-UP SERVICE, No. 7, 1 May, 2004\n\n“Çay is cheap,” said Aynur Məmmədova in Gəncə.\n";
    for (const variant of [text, text.replace(/\n/g, "\r\n"), `\uFEFF${text.replace(/\n/g, "\r")}`]) {
      expect(contentHashSync(variant)).toBe(await contentHash(variant));
      expect(contentHashSync(variant)).toBe(await contentHash(text));
    }
    expect(contentHashSync(`${text}!`)).not.toBe(contentHashSync(text));
  });

  it("give the same hex for any text", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme" }), async (text) => {
        expect(contentHashSync(text)).toBe(await contentHash(text));
      }),
      { numRuns: 200 },
    );
  });
});
