export { createGazetteer, builtinGazetteer, type Gazetteer, type GazetteerPlace } from "./gazetteer.ts";
export { foldName, foldLoose } from "./fold.ts";
export { COUNTRIES, REGIONS, SERIES_COUNTRIES, IWPR_COUNTRIES } from "./countries.ts";
export { GEONAMES_ATTRIBUTION, GEONAMES_LICENSE_URL } from "./attribution.ts";
export type { PlaceData, PlaceRow } from "./records.ts";
