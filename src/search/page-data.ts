/**
 * The per-page files for person and place pages. Each merged entity gets one
 * file under its id, and a small redirect under every other id it is known by,
 * so a link built from any bulletin's spelling resolves.
 */
import type { LocatorMap } from "../map/types.ts";
import type { PersonEntity, PlaceEntity } from "./entities.ts";

export const PAGE_DATA_VERSION = 1;

export interface PersonPageData {
  version: typeof PAGE_DATA_VERSION;
  kind: "person";
  person: Omit<PersonEntity, "keys">;
}

export interface PlacePageData {
  version: typeof PAGE_DATA_VERSION;
  kind: "place";
  place: Omit<PlaceEntity, "keys"> & { countryName: string | null; map: LocatorMap | null };
}

export interface RedirectData {
  version: typeof PAGE_DATA_VERSION;
  kind: "redirect";
  to: string;
}
