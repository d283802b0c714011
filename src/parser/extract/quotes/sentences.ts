// Sentence starts of a paragraph, found outside quotations: a quotation with
// several sentences belongs to the sentence that carries its attribution.
import type { QuoteSpan } from "./marks.ts";

/** Words whose trailing full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "st", "no", "gen", "col", "lt", "maj", "capt", "prof", "sr", "jr", "vs", "etc",
  "e.g", "i.e", "u.s", "u.n", "u.k", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "co", "inc", "ltd",
]);

function insideQuote(pos: number, spans: readonly QuoteSpan[]): boolean {
  for (const s of spans) {
    const end = s.close < 0 ? Infinity : s.close;
    if (pos > s.open && pos < end) return true;
  }
  return false;
}

/** Offsets where sentences begin (0 first), in order. */
export function sentenceStarts(text: string, spans: readonly QuoteSpan[]): number[] {
  const starts = [0];
  const re = /[.!?]["”»]?(?=\s+["“«‘(]?[A-Z0-9])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index;
    const closesQuote = m[0].length > 1;
    // A full stop inside a quotation ends the sentence only together with the quotation.
    if (!closesQuote && insideQuote(at, spans)) continue;
    if (text[at] === ".") {
      const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, at - 12), at))?.[1]?.toLowerCase() ?? "";
      if (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word)) continue;
    }
    let next = at + m[0].length;
    while (next < text.length && /\s/.test(text[next]!)) next++;
    starts.push(next);
  }
  return starts;
}

/** The start of the sentence holding `pos`. */
export function sentenceStartOf(starts: readonly number[], pos: number): number {
  let best = 0;
  for (const s of starts) {
    if (s <= pos) best = s;
    else break;
  }
  return best;
}

/** The end of the sentence holding `pos` (the next sentence start, or the text end). */
export function sentenceEndOf(starts: readonly number[], pos: number, length: number): number {
  for (const s of starts) if (s > pos) return s;
  return length;
}
