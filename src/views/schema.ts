/**
 * The views' files as valibot schemas: the app checks every head, piece and
 * the Places file where it loads them (src/app/views/views-data.ts), so a
 * broken or wrong-version file gives the error every other data file gives,
 * not a blank view. Each schema is declared as the type it checks, so the two
 * cannot drift apart.
 */
import * as v from "valibot";
import type { NumbersHead, Option, PeopleHead, QuotesHead } from "./head.ts";
import type { Activity, NumberRow, OverviewMap, PersonRow, PlaceRow, PlacesViewData, QuoteRow, ViewArticle, ViewPlace } from "./model.ts";
import { VIEWS_VERSION } from "./model.ts";
import { PlaceKinds } from "../parser/model/schema.ts";
import type { PeoplePiece, PieceRef, RowsPiece } from "./pieces.ts";

const Version = v.literal(VIEWS_VERSION);
const IsoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));
const Index = v.pipe(v.number(), v.integer(), v.minValue(0));
const PlaceKind = v.picklist(PlaceKinds);

const ArticleSchema: v.GenericSchema<ViewArticle> = v.object({ b: v.string(), s: v.string(), h: v.string(), d: v.nullable(IsoDate), sr: v.nullable(v.string()) });
const PlaceSchema: v.GenericSchema<ViewPlace> = v.object({ id: v.string(), name: v.string(), kind: PlaceKind, cc: v.nullable(v.string()) });
const ActivitySchema: v.GenericSchema<Activity> = v.tuple([v.nullable(v.number()), v.nullable(v.string()), v.number(), v.number()]);

export const PersonRowSchema: v.GenericSchema<PersonRow> = v.object({
  id: v.string(),
  name: v.string(),
  roles: v.array(v.string()),
  alsoSpelled: v.array(v.string()),
  quotes: v.number(),
  articles: v.number(),
  first: v.nullable(IsoDate),
  last: v.nullable(IsoDate),
  act: v.array(ActivitySchema),
});

export const QuoteRowSchema: v.GenericSchema<QuoteRow> = v.object({
  b: v.string(),
  s: v.string(),
  q: v.string(),
  text: v.string(),
  speaker: v.string(),
  pid: v.nullable(v.string()),
  a: Index,
  pl: v.array(Index),
});

export const NumberRowSchema: v.GenericSchema<NumberRow> = v.object({
  b: v.string(),
  s: v.string(),
  id: v.string(),
  p: v.string(),
  a: Index,
  value: v.number(),
  unit: v.nullable(v.string()),
  k: v.string(),
  text: v.string(),
  sentence: v.string(),
  pl: v.array(Index),
});

const PlaceRowSchema: v.GenericSchema<PlaceRow> = v.object({
  id: v.string(),
  name: v.string(),
  kind: PlaceKind,
  cc: v.nullable(v.string()),
  countryName: v.nullable(v.string()),
  lat: v.nullable(v.number()),
  lon: v.nullable(v.number()),
  mentions: v.number(),
  articles: v.number(),
  act: v.array(ActivitySchema),
});

const PieceRefSchema: v.GenericSchema<PieceRef> = v.object({
  file: v.string(),
  rows: Index,
  from: v.nullable(IsoDate),
  to: v.nullable(IsoDate),
  undated: v.boolean(),
  series: v.array(v.string()),
  kinds: v.optional(v.array(v.string())),
});

const OptionSchema: v.GenericSchema<Option> = v.object({ value: v.string(), label: v.string() });
const SpanChoices = { series: v.array(v.string()), years: v.array(v.number()) };

export const PeopleHeadSchema: v.GenericSchema<PeopleHead> = v.object({
  version: Version,
  total: Index,
  pieces: v.array(PieceRefSchema),
  rows: v.array(PersonRowSchema),
  choices: v.object(SpanChoices),
});

export const QuotesHeadSchema: v.GenericSchema<QuotesHead> = v.object({
  version: Version,
  total: Index,
  pieces: v.array(PieceRefSchema),
  articles: v.array(ArticleSchema),
  places: v.array(PlaceSchema),
  rows: v.array(QuoteRowSchema),
  choices: v.object({ ...SpanChoices, places: v.array(OptionSchema) }),
  top: v.array(v.object({ pid: v.string(), name: v.string(), count: v.number() })),
});

export const NumbersHeadSchema: v.GenericSchema<NumbersHead> = v.object({
  version: Version,
  total: Index,
  pieces: v.array(PieceRefSchema),
  articles: v.array(ArticleSchema),
  places: v.array(PlaceSchema),
  rows: v.array(NumberRowSchema),
  choices: v.object({ ...SpanChoices, places: v.array(OptionSchema), kinds: v.array(OptionSchema) }),
});

/** Object schemas (not widened to GenericSchema): the app checks their `rows` in slices, a few at a time. */
export const PeoplePieceSchema = v.object({ version: Version, rows: v.array(PersonRowSchema) });
export const QuotesPieceSchema = v.object({ version: Version, articles: v.array(ArticleSchema), places: v.array(PlaceSchema), rows: v.array(QuoteRowSchema) });
export const NumbersPieceSchema = v.object({ version: Version, articles: v.array(ArticleSchema), places: v.array(PlaceSchema), rows: v.array(NumberRowSchema) });

const OverviewMapSchema: v.GenericSchema<OverviewMap> = v.object({
  width: v.number(),
  height: v.number(),
  shapes: v.array(v.object({ d: v.string(), name: v.string() })),
  projection: v.object({ lon0: v.number(), lat0: v.number(), k: v.number(), x0: v.number(), y0: v.number() }),
});

export const PlacesViewSchema = v.object({ version: Version, places: v.array(PlaceRowSchema), map: v.nullable(OverviewMapSchema) });

// The pieces' schemas check what the pieces' types say.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _checks: [
  Same<v.InferOutput<typeof PeoplePieceSchema>, PeoplePiece>,
  Same<v.InferOutput<typeof QuotesPieceSchema>, RowsPiece<QuoteRow>>,
  Same<v.InferOutput<typeof NumbersPieceSchema>, RowsPiece<NumberRow>>,
  Same<v.InferOutput<typeof PlacesViewSchema>, PlacesViewData>,
] = [true, true, true, true];
void _checks;
