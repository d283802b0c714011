// Writes src/parser/model/bulletin.schema.json from the valibot schema (`npm run schema`).
import { writeFileSync } from "node:fs";
import { bulletinJsonSchema } from "../src/parser/model/json-schema.ts";

const out = new URL("../src/parser/model/bulletin.schema.json", import.meta.url);
writeFileSync(out, JSON.stringify(bulletinJsonSchema(), null, 2) + "\n");
console.log(`wrote ${out.pathname}`);
