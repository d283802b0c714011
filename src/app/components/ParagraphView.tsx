/**
 * One body paragraph: text split into spans by the parser's offsets (quotes,
 * statistics, mentions). Text is only ever rendered as React text children.
 */
import type { ReactNode } from "react";
import type { Paragraph } from "../../parser/model/index.ts";
import { attributionNote, speakerName } from "../lib/article-model.ts";
import { segmentParagraph, type Annotation, type Segment } from "../lib/segments.ts";
import { formatNumber } from "../lib/format.ts";
import { copyText } from "../hooks/useCopy.ts";
import { anchorUrl, useArticleContext } from "./article-context.ts";
import { CiteButton } from "./CiteButton.tsx";
import { LinkIcon } from "./icons.tsx";
import { useAnnounce } from "./status.tsx";

export function ParagraphView({ paragraph, annotations }: { paragraph: Paragraph; annotations: readonly Annotation[] }) {
  const ctx = useArticleContext();
  const announce = useAnnounce();
  const segments = segmentParagraph(paragraph.text, annotations);
  const number = paragraph.id.replace(/^\D+/, "");
  return (
    <div className="paragraph relative">
      <button
        type="button"
        className="paragraph-link no-print absolute -left-7 top-1.5 rounded p-1 text-stone-500 hover:text-accent dark:text-stone-400"
        aria-label={`Copy link to paragraph ${number || paragraph.id}`}
        onClick={async () => {
          const url = anchorUrl(ctx.bulletin.id, ctx.model.article.slug, paragraph.id);
          const ok = await copyText(url);
          announce(ok ? "Link to paragraph copied" : "Could not copy the link");
        }}
      >
        <LinkIcon />
      </button>
      <p id={paragraph.id} tabIndex={-1} className="mb-5">
        {renderSegments(segments)}
        {paragraph.incomplete && (
          <span className="missing-text" title="The end of this paragraph is missing in the source file">
            … text missing in the source
          </span>
        )}
      </p>
    </div>
  );
}

/**
 * The parser's quote offsets usually stop inside the closing quotation mark
 * (and the comma before it); the speaker label reads better after the mark.
 */
const CLOSING_MARKS = /^[,.;:!?]*[”"’]+/;

function renderSegments(segments: readonly Segment[]): ReactNode[] {
  const out: ReactNode[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const next = segments[i + 1];
    if (segment.type === "quote" && next?.type === "text") {
      const closing = CLOSING_MARKS.exec(next.text)?.[0] ?? "";
      out.push(<SegmentView key={i} segment={segment} trailing={closing} />);
      if (closing) {
        if (next.text.length > closing.length) out.push(next.text.slice(closing.length));
        i++;
      }
      continue;
    }
    out.push(<SegmentView key={i} segment={segment} />);
  }
  return out;
}

function SegmentView({ segment, trailing = "" }: { segment: Segment; trailing?: string }) {
  const { model, selectedPersonId } = useArticleContext();
  switch (segment.type) {
    case "text":
      return segment.text;
    case "statistic": {
      const s = model.statisticsById.get(segment.id);
      return (
        <mark id={segment.id} tabIndex={-1} className="stat-mark" title={s ? statisticTitle(s.value, s.unit) : undefined}>
          {renderSegments(segment.children)}
        </mark>
      );
    }
    case "person":
      return (
        <span className={`mention${selectedPersonId === segment.id ? " is-selected" : ""}`} data-person-id={segment.id}>
          {renderSegments(segment.children)}
        </span>
      );
    case "place":
      return (
        <span className="mention" data-place-id={segment.id}>
          {renderSegments(segment.children)}
        </span>
      );
    case "quote": {
      const q = model.quotesById.get(segment.id);
      if (!q) return <>{renderSegments(segment.children)}</>;
      const note = attributionNote(q);
      const selected = selectedPersonId !== null && q.speaker.personId === selectedPersonId;
      return (
        <>
          <span id={q.id} tabIndex={-1} className={`quote-span${selected ? " is-selected" : ""}`} data-speaker-id={q.speaker.personId ?? undefined}>
            {renderSegments(segment.children)}
          </span>
          {trailing}
          <span className="speaker-label">
            <span>
              <span className="sr-only">quote by </span>
              {speakerName(q)}
              {note && <em className="italic"> · {note}</em>}
            </span>
            <CiteButton quote={q} />
          </span>
        </>
      );
    }
  }
}

function statisticTitle(value: number, unit: string | null): string {
  return `${formatNumber(value)}${unit ? ` ${unit}` : ""}`;
}
