// Body paragraphs: unwrap hard-wrapped lines to one line and tell whether the
// paragraph lost its end (its last line dropped by a de-duplicating copy).

/** Marks that end a sentence, or a paragraph that announces a list (`:`) or trails off (`…`). */
export const SENTENCE_END = new Set([".", "?", "!", ":", "…"]);
/** Closing marks that may follow the sentence end: `…said.”`, `(see below.)`, `‘yes.’`. */
export const CLOSING_MARKS = new Set(["”", '"', "’", "'", ")", "]", "»", "*"]);

/** A paragraph is complete when, past any closing quotes or brackets, it ends a sentence. */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && (text[i] === " " || CLOSING_MARKS.has(text[i] as string))) i--;
  return i >= 0 && SENTENCE_END.has(text[i] as string);
}

/** Joins wrapped lines with one space; a line ending in a hyphen between letters joins without one. */
export function unwrap(lines: readonly string[]): string {
  let out = "";
  for (const raw of lines) {
    const line = raw.trim();
    if (line === "") continue;
    if (out === "") out = line;
    else if (out.charCodeAt(out.length - 1) === 45 /* - */ && /\p{L}-$/u.test(out) && /^\p{Ll}/u.test(line) && !/^(?:and|or|to)\b/.test(line)) out += line;
    else out += " " + line;
  }
  return out.includes("  ") ? out.replace(/\s{2,}/g, " ") : out;
}

/**
 * 2002 and earlier bulletins put one paragraph per line and sometimes no blank line
 * between them: a block whose lines are all longer than any hard wrap is several paragraphs.
 */
export const UNWRAPPED_LINE_MIN = 100;

export function isOneLinePerParagraph(lines: readonly string[]): boolean {
  if (lines.length < 2) return false;
  for (let i = 0; i < lines.length - 1; i++) if ((lines[i] as string).length < UNWRAPPED_LINE_MIN) return false;
  return true;
}
