/** GeoNames data is CC BY 4.0: the app must show this wherever it shows coordinates or the map. */
export const GEONAMES_ATTRIBUTION =
  "Place coordinates from GeoNames (www.geonames.org), licensed under CC BY 4.0.";
export const GEONAMES_LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/";
