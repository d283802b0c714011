// Scare quotes: a term in quotation marks ("65 per cent are “contract”
// soldiers", "the so-called “reformers”", "the “Nur Otan” party") is not a
// quotation. The caller asks only when the sentence names no speaker and has
// no speech verb; a partial quote attached to one ("he said, “it would be
// better …”") is kept.
import type { QuoteSpan } from "./marks.ts";

/** Terms in scare quotes run to this many words; a longer span is someone's words. */
export const SCARE_MAX_WORDS = 3;

export function isScareQuote(text: string, q: QuoteSpan, _sentenceStart: number): boolean {
  if (q.close < 0) return false;
  const inner = text.slice(q.textStart, q.textEnd);
  const words = inner.split(/\s+/).filter(Boolean).length;
  if (words === 0 || words > SCARE_MAX_WORDS) return false;
  // Sentence punctuation inside means a spoken fragment: “Never,” / “Yes sir.”
  if (/[.!?,;:]/.test(inner)) return false;
  // A paragraph that is nothing but the quotation is somebody's words.
  if (text.slice(0, q.open).trim() === "" && text.slice(q.close + 1).trim().replace(/[.!?]/g, "") === "") return false;
  return true;
}
