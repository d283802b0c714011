// Property tests for search folding: the guarantees a reader relies on when typing
// a name however they like (capitals or not, with or without accents).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold } from "./fold.ts";

/** Letters with diacritics seen in romanised Central Asian, Caucasian and Balkan names, plus plain ASCII. */
const ACCENTED = "áàâäãåāăąçćčďéèêëēėęěğíìîïīįıĺľłñńňóòôöõōőŕřśšşţťúùûüūůűųýÿźžżÁÀÂÄÃÅĀĂĄÇĆČĎÉÈÊËĒĖĘĚĞÍÌÎÏĪĮĹĽŁÑŃŇÓÒÔÖÕŌŐŔŘŚŠŞŢŤÚÙÛÜŪŮŰŲÝŹŽŻ";
const PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -'’.,";
const nameLike = fc.string({ maxLength: 40, unit: fc.constantFrom(...(ACCENTED + PLAIN)) });
const anyText = fc.string({ maxLength: 60, unit: "grapheme" });

const stripMarks = (s: string) => s.normalize("NFD").replace(/\p{M}+/gu, "").normalize("NFC");

describe("fold properties", () => {
  it("is idempotent on any text, emoji and scripts included", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(fold(fold(s))).toBe(fold(s));
      }),
      { numRuns: 500 },
    );
  });

  it("ignores letter case", () => {
    fc.assert(
      fc.property(nameLike, (s) => {
        expect(fold(s.toUpperCase())).toBe(fold(s));
        expect(fold(s.toLowerCase())).toBe(fold(s));
      }),
      { numRuns: 500 },
    );
  });

  it("ignores diacritics, precomposed or combining", () => {
    fc.assert(
      fc.property(nameLike, (s) => {
        expect(fold(stripMarks(s))).toBe(fold(s));
        expect(fold(s.normalize("NFD"))).toBe(fold(s));
      }),
      { numRuns: 500 },
    );
  });

  it("yields only lowercase letters, digits and single spaces, trimmed", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const f = fold(s);
        expect(f).toBe(f.toLowerCase());
        expect(f).not.toMatch(/^ | $|  /);
      }),
      { numRuns: 500 },
    );
  });
});
