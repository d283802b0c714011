// The word stream the statistics rules walk over: numbers with their grouping
// commas kept whole ("7,229", "1.5"), words with inner apostrophes and hyphens
// kept whole ("won’t", "thirty-four", "laid-off"), every other visible
// character on its own ("%", "$", "[", ","). Offsets are into the paragraph.

export interface Token {
  readonly text: string;
  /** Lower-cased text, for table look-ups. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly kind: "num" | "word" | "punct";
}

const TOKEN_RE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?|[A-Za-z]+(?:['’][A-Za-z]+)*(?:-[A-Za-z]+(?:['’][A-Za-z]+)*)*|\S/g;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    const kind = c >= 48 && c <= 57 ? "num" : /[A-Za-z]/.test(t[0]!) ? "word" : "punct";
    out.push({ text: t, lower: t.toLowerCase(), start: m.index, end: m.index + t.length, kind });
  }
  return out;
}
