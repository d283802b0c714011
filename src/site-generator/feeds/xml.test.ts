/** XML text for bulletin strings and URLs: the five markup characters escaped, characters XML forbids dropped, anything else as it was. */
import { describe, expect, it } from "vitest";
import { xmlText } from "./xml.ts";

describe("xmlText", () => {
  it("escapes the five markup characters", () => {
    expect(xmlText(`<a href="x?y=1&z='2'">`)).toBe("&lt;a href=&quot;x?y=1&amp;z=&apos;2&apos;&quot;&gt;");
  });

  it("drops control characters and lone surrogates, which make a reader reject the whole document", () => {
    expect(xmlText("tab\tok\u000Bgone\u0000too")).toBe("tab\tokgonetoo");
    expect(xmlText("half \uD800 a pair")).toBe("half  a pair");
  });

  it("leaves everything else as it is: Cyrillic, astral characters, a plain URL", () => {
    for (const text of ["Бишкек, Ош", "emoji \u{1F600} ok", "https://bulletins.example.org/quotes/rca-565/dam/q1"]) {
      expect(xmlText(text)).toBe(text);
    }
  });
});
