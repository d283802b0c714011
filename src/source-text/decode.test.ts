import { describe, expect, it } from "vitest";
import { decodeSource, withSourceWarning } from "./decode.ts";
import { encodeEightBit, encodeUtf16 } from "./testing/encode.ts";
import { MAX_SOURCE_BYTES } from "./size.ts";

// Made-up text in the forms real files take: an English bulletin head, a Russian paragraph.
const ENGLISH = "WELCOME TO IWPR’S REPORTING CENTRAL ASIA, No. 901, 4 May 2006\n\n“Prices keep rising,” said a trader in Osh.\n";
const RUSSIAN =
  "ЦЕНЫ НА ХЛЕБ\n\nЖители города жалуются на рост цен на хлеб и бензин. По словам местных журналистов, " +
  "власти не объясняют причины подорожания, а торговцы говорят, что зерно теперь везут издалека.\n";

describe("decodeSource", () => {
  it("reads UTF-16 with a byte-order mark, little- and big-endian, as text (Notepad's “Unicode”)", () => {
    for (const endian of ["le", "be"] as const) {
      const result = decodeSource(encodeUtf16(ENGLISH + RUSSIAN, endian));
      expect(result).toEqual({ ok: true, text: ENGLISH + RUSSIAN, encoding: `utf-16${endian}` });
    }
  });

  it("reads UTF-8 without a warning and drops its byte-order mark", () => {
    const bytes = new TextEncoder().encode(`\uFEFF${ENGLISH}`);
    expect(decodeSource(bytes)).toEqual({ ok: true, text: ENGLISH, encoding: "utf-8" });
  });

  it("recognises Windows-1251 and KOI8-R from the letters, and names the code page in a warning", () => {
    for (const encoding of ["windows-1251", "koi8-r"] as const) {
      const result = decodeSource(encodeEightBit(ENGLISH.replace(/[’“”]/g, "'") + RUSSIAN, encoding));
      expect(result).toMatchObject({ ok: true, encoding, text: ENGLISH.replace(/[’“”]/g, "'") + RUSSIAN });
      expect(result.ok && result.warning).toEqual({ kind: "encoding", message: expect.stringContaining(encoding === "koi8-r" ? "KOI8-R" : "Windows-1251"), line: null });
    }
  });

  it("tells the Cyrillic code pages apart on a single short line, in capitals or not", () => {
    for (const line of ["Он сказал, что вода пришла поздно.", "ВЛАСТИ ОБЕЩАЮТ НОВУЮ ДОРОГУ", "Бишкек, 5 мая. Митинг у здания суда."]) {
      expect(decodeSource(encodeEightBit(line, "koi8-r"))).toMatchObject({ encoding: "koi8-r", text: line });
      expect(decodeSource(encodeEightBit(line, "windows-1251"))).toMatchObject({ encoding: "windows-1251", text: line });
    }
  });

  it("reads an old Western file with a few high bytes as Windows-1252, with a warning", () => {
    const text = "He met “Café Müller” staff in Zürich – a £5 lunch.\n";
    const result = decodeSource(encodeEightBit(text, "windows-1252"));
    expect(result).toMatchObject({ ok: true, encoding: "windows-1252", text });
    expect(result.ok && result.warning?.message).toContain("Windows-1252");
  });

  it("keeps a Western file with one Cyrillic-looking name Western", () => {
    const text = "A report from Khujand by Ólafur Ármannsson and Åse Øvrebø on ÉÉ.\n";
    expect(decodeSource(encodeEightBit(text, "windows-1252"))).toMatchObject({ encoding: "windows-1252", text });
  });

  it("refuses binary data: NUL bytes without a byte-order mark, an image header, control characters", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff]);
    expect(decodeSource(png)).toMatchObject({ ok: false, reason: "not-text" });
    expect(decodeSource(new TextEncoder().encode("IWPR\u0000x"))).toMatchObject({ ok: false, reason: "not-text" });
    expect(decodeSource(new TextEncoder().encode("x\u0001\u0002\u0003".repeat(10)))).toMatchObject({ ok: false, reason: "not-text" });
    expect(decodeSource(new TextEncoder().encode("A bulletin line.\r\n\u001A")).ok).toBe(true);
  });

  it("refuses UTF-16 that holds binary data", () => {
    const bytes = encodeUtf16("IWPR\u0000\u0000\u0000", "le");
    expect(decodeSource(bytes)).toMatchObject({ ok: false, reason: "not-text" });
  });

  it("states the limit when a file is too large, before reading it", () => {
    const result = decodeSource(new Uint8Array(0), MAX_SOURCE_BYTES + 1);
    expect(result).toEqual({ ok: false, reason: "too-large", problem: "too large (2 MB); the limit is 2 MB per file" });
    expect(decodeSource(new Uint8Array(MAX_SOURCE_BYTES).fill(0x61)).ok).toBe(true);
  });

  it("refuses empty and blank files, in any encoding", () => {
    expect(decodeSource(new Uint8Array(0))).toMatchObject({ ok: false, reason: "empty" });
    expect(decodeSource(encodeUtf16(" \r\n", "le"))).toMatchObject({ ok: false, reason: "empty" });
  });

  it("keeps a UTF-8 file with a mark but a cut character, and says so", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Osh — "), 0xe2, 0x80]);
    const result = decodeSource(bytes);
    expect(result).toMatchObject({ ok: true, encoding: "utf-8", text: "Osh — \uFFFD" });
    expect(result.ok && result.warning?.kind).toBe("encoding");
  });
});

describe("withSourceWarning", () => {
  it("puts the decoding's warning first, and leaves a bulletin alone when there is none", () => {
    const bulletin = { warnings: [{ kind: "other" as const, message: "x", line: 3 }] };
    const decoded = decodeSource(encodeEightBit(RUSSIAN, "koi8-r"));
    if (!decoded.ok) throw new Error("expected text");
    expect(withSourceWarning(bulletin, decoded).warnings.map((w) => w.kind)).toEqual(["encoding", "other"]);
    const utf8 = decodeSource(new TextEncoder().encode(RUSSIAN));
    if (!utf8.ok) throw new Error("expected text");
    expect(withSourceWarning(bulletin, utf8)).toBe(bulletin);
  });
});
