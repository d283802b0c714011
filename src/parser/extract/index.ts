// Extraction passes (people, places, quotes, statistics, reported speech) run
// after the structural parse. Until they land, the structure passes through.
import type { Bulletin } from "../model/index.ts";

export interface ExtractOptions {
  /** Set by the extraction work: a gazetteer for place coordinates, etc. */
  readonly [key: string]: unknown;
}

export function extract(bulletin: Bulletin, _options: ExtractOptions = {}): Bulletin {
  return bulletin;
}
