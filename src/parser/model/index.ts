// Type-only re-exports, so that the parser never pulls the schema library into its bundle.
export type * from "./schema.ts";
export { SCHEMA_VERSION } from "./version.ts";
