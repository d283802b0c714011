// Word look-behind without a regex anchored at the end of a slice: an `…\s+$`
// pattern is retried from every position of the slice, and the people and places
// passes ask it for every capitalised run.

/** Whitespace as a regex `\s` matches it. */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

const LETTER = /^\p{L}$/u;

/** Length in UTF-16 units of the letter ending at `end` in `s`, or 0 when no letter ends there. */
function letterBefore(s: string, end: number): number {
  const c = s.charCodeAt(end - 1);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return 1;
  if (c < 128) return 0;
  if (c >= 0xdc00 && c <= 0xdfff && end >= 2) {
    const h = s.charCodeAt(end - 2);
    if (h >= 0xd800 && h <= 0xdbff) return LETTER.test(s.slice(end - 2, end)) ? 2 : 0;
  }
  return LETTER.test(s[end - 1]!) ? 1 : 0;
}

/**
 * The letters right before the whitespace that ends `text.slice(at - window, at)`,
 * as `/([\p{L}]+)\s+$/u` would capture them in that slice; null when the slice does
 * not end in whitespace after a letter.
 */
export function lastWordBefore(text: string, at: number, window: number): string | null {
  const from = Math.max(0, at - window);
  let j = at;
  while (j > from && isSpace(text.charCodeAt(j - 1))) j--;
  if (j === at) return null;
  let k = j;
  for (let n = k > from ? letterBefore(text, k) : 0; n > 0 && k - n >= from; n = k > from ? letterBefore(text, k) : 0) k -= n;
  return k === j ? null : text.slice(k, j);
}
