/** Bump on any change to the Bulletin JSON that an older reader could misread. */
export const SCHEMA_VERSION = 2;
