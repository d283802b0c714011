// The Bulletin JSON Schema, generated from the valibot schema so the two cannot drift.
import { toJsonSchema } from "@valibot/to-json-schema";
import { BulletinSchema } from "./schema.ts";

export function bulletinJsonSchema(): object {
  return {
    $id: "https://bulletin-reader.invalid/bulletin.schema.json",
    title: "IWPR Bulletin",
    ...toJsonSchema(BulletinSchema),
  };
}
