/**
 * Splits a paragraph's text into nested segments from the parser's offsets,
 * so the renderer never searches the text again (and never renders it as HTML).
 *
 * Quotes are the outer layer; statistics and mentions sit inside them. An
 * annotation that crosses the end of the one around it is cut at that end
 * (it keeps its anchor on the first piece); one with offsets outside the
 * text is dropped rather than shifting everything after it.
 */
export type Annotation =
  | { type: "quote"; id: string; start: number; end: number }
  | { type: "statistic"; id: string; start: number; end: number }
  | { type: "person"; id: string; start: number; end: number }
  | { type: "place"; id: string; start: number; end: number };

export type Segment =
  | { type: "text"; text: string }
  | { type: Annotation["type"]; id: string; children: Segment[] };

/** Outer layers first when two annotations start at the same place and are as long. */
const LAYER: Record<Annotation["type"], number> = { quote: 0, statistic: 1, person: 2, place: 3 };

interface Node {
  annotation: Annotation | null;
  start: number;
  end: number;
  children: Node[];
}

export function segmentParagraph(text: string, annotations: readonly Annotation[]): Segment[] {
  const valid = annotations
    .filter((a) => Number.isInteger(a.start) && Number.isInteger(a.end) && a.start >= 0 && a.end <= text.length && a.start < a.end)
    .sort((a, b) => a.start - b.start || b.end - a.end || LAYER[a.type] - LAYER[b.type]);

  const root: Node = { annotation: null, start: 0, end: text.length, children: [] };
  const stack: Node[] = [root];
  for (const a of valid) {
    while (stack.length > 1 && stack[stack.length - 1]!.end <= a.start) stack.pop();
    const parent = stack[stack.length - 1]!;
    const node: Node = { annotation: a, start: a.start, end: Math.min(a.end, parent.end), children: [] };
    parent.children.push(node);
    stack.push(node);
  }
  return toSegments(text, root);
}

function toSegments(text: string, node: Node): Segment[] {
  const out: Segment[] = [];
  let pos = node.start;
  for (const child of node.children) {
    if (child.start > pos) out.push({ type: "text", text: text.slice(pos, child.start) });
    const a = child.annotation!;
    out.push({ type: a.type, id: a.id, children: toSegments(text, child) });
    pos = child.end;
  }
  if (pos < node.end) out.push({ type: "text", text: text.slice(pos, node.end) });
  return out;
}
