// The seam between people extraction and the passes that need to know who is
// who (quote attribution, reported speech): they ask this lookup instead of
// finding names themselves, so a person is recognised the same way everywhere.

/** A person named in the text, at an offset inside one paragraph. */
export interface PersonMention {
  readonly personId: string;
  readonly paragraphId: string;
  readonly start: number;
  readonly end: number;
}

export interface PeopleLookup {
  /** The person mentions of one article, in reading order (paragraph order, then offset). */
  mentionsIn(articleSlug: string): readonly PersonMention[];
  /** The person a name as written refers to ("Nazarbaev", "President Nursultan Nazarbayev", "Aydar"), or null. */
  resolve(name: string, articleSlug: string): string | null;
  /** The display name of a person id. */
  nameOf(personId: string): string;
  /** Grammatical gender inferred from the name, for pronoun resolution; null when unknown. */
  genderOf(personId: string): "female" | "male" | null;
}
