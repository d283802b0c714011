// Pass 2: group the normalised lines into blocks (runs of non-blank lines),
// each carrying its span of source lines. Separator lines (`**** …`) are
// blocks of their own even when no blank line surrounds them.
import type { NormalisedText } from "./normalise.ts";

export interface Block {
  /** The block's lines, already trimmed. Never empty. */
  readonly lines: string[];
  /** 1-based line of the source file where the block starts / ends. */
  readonly startLine: number;
  readonly endLine: number;
  /** Source line of every line in `lines`. */
  readonly lineNos: number[];
}

/** `**** www.iwpr.net`, `**** IWPR RESOURCES`, a rule of asterisks, the 2002 `****** VISIT IWPR ON-LINE …`. */
export const SEPARATOR_RE = /^\*{4,}/;

export function isSeparator(block: Block): boolean {
  return block.lines.length === 1 && SEPARATOR_RE.test(block.lines[0] as string);
}

/**
 * Some 2002 copies (news-site re-posts) have no blank line at all: the title, each contents
 * entry and each paragraph is one long line, one after another. Such a copy is read one
 * block per line. It is told from a hard-wrapped text without blank lines by its line
 * lengths: most of its lines of prose are longer than any hard wrap.
 */
export const NO_BLANK_LINES_MAX_SHARE = 0.02;
/** A line this long was never hard-wrapped (mail wraps at 70–80 columns). */
export const UNWRAPPED_MIN_CHARS = 100;
/** Lines shorter than this (headlines, bylines, separators) say nothing about wrapping. */
const PROSE_MIN_CHARS = 40;
/** Share of prose lines that must be unwrapped. */
export const UNWRAPPED_MIN_SHARE = 0.6;
/** Too few lines to tell. */
const ONE_LINE_MIN_LINES = 8;

export function isOneBlockPerLine(lines: readonly string[]): boolean {
  let blank = 0;
  let prose = 0;
  let unwrapped = 0;
  // Blank lines at the very start and end (a final newline) are not between anything.
  let first = 0;
  let last = lines.length - 1;
  while (first <= last && lines[first] === "") first++;
  while (last >= first && lines[last] === "") last--;
  for (let i = first; i <= last; i++) {
    const line = lines[i] as string;
    if (line === "") blank++;
    else if (line.length >= PROSE_MIN_CHARS) {
      prose++;
      if (line.length >= UNWRAPPED_MIN_CHARS) unwrapped++;
    }
  }
  const nonBlank = last - first + 1 - blank;
  return nonBlank >= ONE_LINE_MIN_LINES && blank <= nonBlank * NO_BLANK_LINES_MAX_SHARE && prose > 0 && unwrapped >= prose * UNWRAPPED_MIN_SHARE;
}

export function toBlocks(text: NormalisedText): Block[] {
  if (isOneBlockPerLine(text.lines)) {
    const blocks: Block[] = [];
    text.lines.forEach((line, i) => {
      const no = text.sourceLine[i] as number;
      if (line !== "") blocks.push({ lines: [line], lineNos: [no], startLine: no, endLine: no });
    });
    return blocks;
  }
  const blocks: Block[] = [];
  let cur: string[] = [];
  let nos: number[] = [];
  const flush = () => {
    if (cur.length > 0) {
      blocks.push({ lines: cur, lineNos: nos, startLine: nos[0] as number, endLine: nos[nos.length - 1] as number });
      cur = [];
      nos = [];
    }
  };
  const { lines, sourceLine } = text;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === "") {
      flush();
    } else if (line.charCodeAt(0) === 42 /* * */ && SEPARATOR_RE.test(line)) {
      flush();
      cur.push(line);
      nos.push(sourceLine[i] as number);
      flush();
    } else {
      cur.push(line);
      nos.push(sourceLine[i] as number);
    }
  }
  flush();
  return blocks;
}
