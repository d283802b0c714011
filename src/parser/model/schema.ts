/**
 * The Bulletin JSON: the contract between the parser, the build, the app and
 * the scorer. This file is the single source of truth: the TypeScript types
 * are inferred from it, `schema/bulletin.schema.json` is generated from it
 * (`npm run schema`), and the app validates every loaded file against it.
 *
 * Conventions
 * - Offsets (`start`, `end`) are UTF-16 code-unit indices into the text of the
 *   paragraph named by `paragraphId`, end exclusive: `text === paragraph.text.slice(start, end)`.
 * - Lines are 1-based line numbers in the original file.
 * - Ids are unique within their scope: paragraph, quote, statistic and speech ids
 *   within an article (they are URL anchors on the article page), person and
 *   place ids within the bulletin (readable slugs of the name, so that the
 *   build can merge the same person across bulletins).
 */
import * as v from "valibot";
import { SCHEMA_VERSION } from "./version.ts";

export { SCHEMA_VERSION };

const Int = v.pipe(v.number(), v.integer());
const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));
/** ISO calendar date, YYYY-MM-DD. */
const IsoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

export const LineSpanSchema = v.object({
  startLine: v.pipe(Int, v.minValue(1)),
  endLine: v.pipe(Int, v.minValue(1)),
});

export const WarningKinds = [
  "missing-title", // no title line: series/issue/date came from elsewhere or are null
  "dropped-line", // a line lost to de-duplication (TOC headline, rule, section header…)
  "incomplete-paragraph", // a body paragraph that ends mid-sentence
  "truncated-summary", // the summary above an article was cut; the TOC's was used
  "missing-toc-entry", // an article with no TOC entry, or a TOC entry with no article
  "missing-text", // the copy holds no contents, or not the text of every article its contents name (a cut copy)
  "mail-quoting", // `>From` escaping or `> ` prefixes were repaired
  "mail-clutter", // mail headers, list footers or web chrome were removed
  "encoding", // lost characters (`?`, `???????`) or mixed encodings
  "unclosed-quote", // a quotation whose closing mark is missing
  "other",
] as const;

export const WarningSchema = v.object({
  kind: v.picklist(WarningKinds),
  message: v.string(),
  /** Where in the source file, when it can be said. */
  line: v.nullable(v.pipe(Int, v.minValue(1))),
});

export const BoilerplateKinds = ["links", "about", "masthead", "contacts", "legal", "other"] as const;

export const BoilerplateBlockSchema = v.object({
  kind: v.picklist(BoilerplateKinds),
  text: v.string(),
  lines: LineSpanSchema,
});

export const IssueTagSchema = v.object({
  /** Series code as written: RCA, CRS, BCR… */
  code: v.string(),
  number: v.nullable(Int),
  date: v.nullable(IsoDate),
});

export const AuthorSchema = v.object({
  name: v.string(),
  /** The place or places as written after `in` / `reports from`: "Skopje and London". */
  location: v.nullable(v.string()),
  /** Each place of `location` on its own ("Skopje", "London"); empty when it names none. */
  locations: v.array(v.string()),
});

export const ParagraphSchema = v.object({
  /** `p1`, `p2`… in reading order; the anchor on the article page. */
  id: v.string(),
  /** Unwrapped to one line, mail artifacts repaired. Never empty. */
  text: v.pipe(v.string(), v.minLength(1)),
  /** The paragraph lost its end in the source (a dropped last line). */
  incomplete: v.boolean(),
  lines: LineSpanSchema,
});

export const SpeakerSchema = v.object({
  /** The person's name, or for an unnamed source the description from the text. */
  name: v.string(),
  personId: v.nullable(v.string()),
});

export const AttributionKinds = [
  "explicit", // `"…," said X` / `X said, "…"` / `according to X`
  "pronoun", // `"…," he said` resolved to an earlier named person
  "continuation", // a later quote of the same speaker (second quote, next paragraph)
  "unnamed", // an anonymous source described in the text
  "unknown", // no speaker could be found
] as const;

export const QuoteSchema = v.object({
  id: v.string(),
  text: v.string(),
  paragraphId: v.string(),
  start: Offset,
  end: Offset,
  speaker: SpeakerSchema,
  attribution: v.picklist(AttributionKinds),
  /** The closing quotation mark is missing (a dropped line, or a typo). */
  unclosed: v.boolean(),
});

export const StatisticKinds = ["count", "money", "percent", "measure", "rate", "other"] as const;

export const StatisticSchema = v.object({
  id: v.string(),
  value: v.number(),
  /** Normalised: people, companies, USD, KZT, percent… or null when the text names none. */
  unit: v.nullable(v.string()),
  /** The words as written, qualifier included ("more than 1,000 unemployed"). */
  text: v.string(),
  paragraphId: v.string(),
  start: Offset,
  end: Offset,
  kind: v.picklist(StatisticKinds),
  /** "more than", "about", "up to"… as written, or null. */
  qualifier: v.nullable(v.string()),
  /** A conversion given in brackets right after the figure: "6,000 tenge [50 US dollars]". */
  conversion: v.nullable(
    v.object({ value: v.number(), unit: v.nullable(v.string()), text: v.string() }),
  ),
});

export const ReportedSpeechSchema = v.object({
  id: v.string(),
  paragraphId: v.string(),
  start: Offset,
  end: Offset,
  speaker: SpeakerSchema,
  /** The reporting verb as written: said, believe, told IWPR, warned… */
  cue: v.string(),
});

export const MentionSchema = v.object({
  articleSlug: v.string(),
  paragraphId: v.string(),
  start: Offset,
  end: Offset,
});

export const PersonSchema = v.object({
  id: v.string(),
  /** The fullest form seen. */
  name: v.string(),
  aliases: v.array(v.string()),
  /** Role phrases as written: "Labour and Social Welfare Minister". */
  roles: v.array(v.string()),
  mentions: v.array(MentionSchema),
  /** The name as written lost letters to a wrong encoding, each shown as `?` ("Ma?mudov"); absent when it did not. */
  lostLetters: v.optional(v.literal(true)),
});

export const PlaceKinds = ["country", "region", "city", "town", "village", "other"] as const;

export const PlaceSchema = v.object({
  id: v.string(),
  name: v.string(),
  aliases: v.array(v.string()),
  kind: v.picklist(PlaceKinds),
  /** ISO 3166-1 alpha-2, or null. */
  country: v.nullable(v.string()),
  lat: v.nullable(v.number()),
  lon: v.nullable(v.number()),
  mentions: v.array(MentionSchema),
  /** The name as written lost letters to a wrong encoding, each shown as `?` ("?ydyrma"); absent when it did not. */
  lostLetters: v.optional(v.literal(true)),
});

export const ArticleSchema = v.object({
  /** lowercase-hyphen, unique in the bulletin; the URL segment. */
  slug: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  /** Readable title case, acronyms kept. */
  headline: v.string(),
  /** As in the source (usually UPPERCASE). */
  headlineRaw: v.string(),
  summary: v.string(),
  section: v.nullable(v.string()),
  authors: v.array(AuthorSchema),
  issueTag: v.nullable(IssueTagSchema),
  paragraphs: v.array(ParagraphSchema),
  authorNote: v.nullable(v.string()),
  quotes: v.array(QuoteSchema),
  statistics: v.array(StatisticSchema),
  reportedSpeech: v.array(ReportedSpeechSchema),
  lines: LineSpanSchema,
});

export const TocEntrySchema = v.object({
  headlineRaw: v.nullable(v.string()),
  summary: v.string(),
  byline: v.nullable(v.string()),
  issueTag: v.nullable(IssueTagSchema),
  section: v.nullable(v.string()),
  /** The article this entry announces, or null when none was found. */
  articleSlug: v.nullable(v.string()),
  lines: LineSpanSchema,
});

export const NewsBriefSchema = v.object({
  id: v.string(),
  /** As written ("June 30"), and as ISO when the year is known. */
  dateText: v.string(),
  date: v.nullable(IsoDate),
  text: v.string(),
  /** The item lost its end in the source (a copy cut off mid-word or mid-sentence). */
  incomplete: v.boolean(),
  lines: LineSpanSchema,
});

export const BulletinSchema = v.object({
  schemaVersion: v.literal(SCHEMA_VERSION),
  /** Stable, readable: `rca-565-part-2`. */
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  sourceFile: v.nullable(v.string()),
  series: v.nullable(v.string()),
  seriesCode: v.nullable(v.string()),
  issue: v.nullable(Int),
  part: v.nullable(Int),
  date: v.nullable(IsoDate),
  /** The title line as in the source, or null when it was lost. */
  title: v.nullable(v.string()),
  toc: v.array(TocEntrySchema),
  articles: v.array(ArticleSchema),
  newsBriefs: v.array(NewsBriefSchema),
  boilerplate: v.array(BoilerplateBlockSchema),
  people: v.array(PersonSchema),
  places: v.array(PlaceSchema),
  warnings: v.array(WarningSchema),
});

export type LineSpan = v.InferOutput<typeof LineSpanSchema>;
export type Warning = v.InferOutput<typeof WarningSchema>;
export type WarningKind = (typeof WarningKinds)[number];
export type BoilerplateBlock = v.InferOutput<typeof BoilerplateBlockSchema>;
export type BoilerplateKind = (typeof BoilerplateKinds)[number];
export type IssueTag = v.InferOutput<typeof IssueTagSchema>;
export type Author = v.InferOutput<typeof AuthorSchema>;
export type Paragraph = v.InferOutput<typeof ParagraphSchema>;
export type Speaker = v.InferOutput<typeof SpeakerSchema>;
export type AttributionKind = (typeof AttributionKinds)[number];
export type Quote = v.InferOutput<typeof QuoteSchema>;
export type StatisticKind = (typeof StatisticKinds)[number];
export type Statistic = v.InferOutput<typeof StatisticSchema>;
export type ReportedSpeech = v.InferOutput<typeof ReportedSpeechSchema>;
export type Mention = v.InferOutput<typeof MentionSchema>;
export type Person = v.InferOutput<typeof PersonSchema>;
export type PlaceKind = (typeof PlaceKinds)[number];
export type Place = v.InferOutput<typeof PlaceSchema>;
export type Article = v.InferOutput<typeof ArticleSchema>;
export type TocEntry = v.InferOutput<typeof TocEntrySchema>;
export type NewsBrief = v.InferOutput<typeof NewsBriefSchema>;
export type Bulletin = v.InferOutput<typeof BulletinSchema>;
