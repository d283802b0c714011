/**
 * How imported bulletins join the archive the app reads. The archive index is
 * built for imports exactly as the build does for bundled bulletins, and merged
 * newest first. If an import and a bundled bulletin share an id (possible only
 * when a later deploy adds a bulletin the user had imported before), the import
 * wins in the archive and on the bulletin page alike, so the two never
 * disagree; removing the import brings the bundled one back.
 */
import { buildArchive, compareNewestFirst, type Archive } from "../site-generator/archive-index.ts";
import type { Bulletin } from "../parser/model/index.ts";

export function mergeArchive(built: Archive, imported: readonly Bulletin[]): Archive {
  const importedEntries = buildArchive(imported).bulletins;
  const importedIds = new Set(importedEntries.map((b) => b.id));
  const bulletins = [...built.bulletins.filter((b) => !importedIds.has(b.id)), ...importedEntries].sort(compareNewestFirst);
  return { ...built, bulletins };
}
