import { describe, expect, it } from "vitest";
import { linkify } from "./linkify.ts";

describe("linkify", () => {
  it("links http and https URLs and keeps the text around them", () => {
    expect(linkify("Subscribe at: http://iwpr.net/subscribe. Or https://example.org/a?b=1")).toEqual([
      { type: "text", text: "Subscribe at: " },
      { type: "link", text: "http://iwpr.net/subscribe", href: "http://iwpr.net/subscribe" },
      { type: "text", text: ". Or " },
      { type: "link", text: "https://example.org/a?b=1", href: "https://example.org/a?b=1" },
    ]);
  });

  it("links a bare www. host as https", () => {
    expect(linkify("**** www.iwpr.net")).toEqual([
      { type: "text", text: "**** " },
      { type: "link", text: "www.iwpr.net", href: "https://www.iwpr.net/" },
    ]);
  });

  it("never links javascript:, data: or markup", () => {
    for (const text of ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", '<a href="javascript:alert(1)">x</a>', "JaVaScRiPt:alert(1)"]) {
      expect(linkify(text)).toEqual([{ type: "text", text }]);
    }
  });

  it("stops a URL at markup, so a quote or tag cannot ride along", () => {
    const parts = linkify('see https://example.org/x"><script>alert(1)</script>');
    expect(parts[1]).toEqual({ type: "link", text: "https://example.org/x", href: "https://example.org/x" });
    expect(parts.map((p) => p.text).join("")).toBe('see https://example.org/x"><script>alert(1)</script>');
  });
});
