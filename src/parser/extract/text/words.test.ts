import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lastWordBefore } from "./words.ts";

const reference = (text: string, at: number, window: number) =>
  /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, at - window), at))?.[1] ?? null;

describe("lastWordBefore", () => {
  it("finds the word before a name, across accents and line-break spaces", () => {
    expect(lastWordBefore("the cement producer Shymkent", 20, 30)).toBe("producer");
    expect(lastWordBefore("local man\u00a0Ivan", 10, 30)).toBe("man");
    expect(lastWordBefore("the café  Bar", 10, 30)).toBe("café");
  });
  it("needs a space right before and a letter before that", () => {
    expect(lastWordBefore("newspaper,Karavan", 10, 30)).toBeNull();
    expect(lastWordBefore("in 2008 Almaty", 8, 30)).toBeNull();
    expect(lastWordBefore("Almaty", 0, 30)).toBeNull();
  });
  it("reads only the window before the name", () => {
    expect(lastWordBefore("manufacturer X", 13, 6)).toBe("turer");
  });
  it("agrees with the regex it replaces on any text, window and offset", () => {
    const chars = fc.constantFrom("a", "Z", "é", "ß", "\u0301", " ", "\u00a0", "\n", "\t", ",", "1", "-", "’", "𝐀", "\ud835", "\udc00", "ж");
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }).map((a) => a.join("")), fc.nat(45), fc.integer({ min: 1, max: 35 }), (text, at0, window) => {
        const at = Math.min(at0, text.length);
        expect(lastWordBefore(text, at, window)).toBe(reference(text, at, window));
      }),
      { numRuns: 3000 },
    );
  });
});
