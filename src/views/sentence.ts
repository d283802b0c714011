/**
 * The sentence a figure stands in, cut from its paragraph by its offsets, for
 * the Numbers view: a figure alone ("7,229 people") says little, its whole
 * paragraph too much in a list.
 */

/** A sentence ends at . ! or ? followed by a space (or a closing quote then a space). */
const SENTENCE_END = /[.!?]["”’)]?\s/g;
/** A one-letter word or a common title before a full stop ends no sentence ("Mr. Smith", "J. Smith", "No. 5"). */
const NOT_AN_END = /(?:\b[A-Z]|\bMr|\bMrs|\bMs|\bDr|\bNo|\bSt|\bGen|\bCol|\bProf|\bvs)\.$/;
/** Longer sentences are shortened around the figure, so that a run-on paragraph with no full stop stays a line or two. */
export const MAX_SENTENCE_CHARS = 320;

function ends(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(SENTENCE_END)) {
    const stop = m.index + m[0].length; // the next sentence starts here
    if (NOT_AN_END.test(text.slice(Math.max(0, m.index - 5), m.index + 1))) continue;
    out.push(stop);
  }
  return out;
}

export function sentenceAround(text: string, start: number, end: number): string {
  const stops = ends(text);
  let from = 0;
  let to = text.length;
  for (const s of stops) {
    if (s <= start) from = s;
    else if (s >= end) {
      to = s;
      break;
    }
  }
  let sentence = text.slice(from, to).trim();
  if (sentence.length > MAX_SENTENCE_CHARS) {
    const half = Math.floor(MAX_SENTENCE_CHARS / 2);
    const mid = Math.floor((start + end) / 2) - from;
    const a = Math.max(0, mid - half);
    const b = Math.min(sentence.length, a + MAX_SENTENCE_CHARS);
    sentence = `${a > 0 ? "…" : ""}${sentence.slice(a, b).trim()}${b < sentence.length ? "…" : ""}`;
  }
  return sentence;
}
