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

export function toBlocks(text: NormalisedText): Block[] {
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
