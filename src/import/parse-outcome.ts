/**
 * Turns one run of the parser into an import outcome. Runs inside the parse
 * worker (and directly where there is no Worker), so it must stay free of DOM
 * and storage code.
 *
 * Three ways a text is refused here:
 * - the parser says it is not a bulletin (a typed error), or finds no article,
 *   no news item and no contents entry in it — a letter, a README, a recipe (a
 *   copy cut off after its contents is a bulletin: its contents are read, and
 *   it says the articles' text is missing);
 * - the parser fails in some other way (a bug, hostile input): the message is
 *   passed on so the user can report it;
 * - the parser's output does not satisfy the Bulletin schema: storing it would
 *   only move the failure to the reading page, so it is refused now.
 */
import * as v from "valibot";
import { BulletinSchema } from "../parser/model/schema.ts";
import type { Bulletin } from "../parser/model/index.ts";
import { refuse } from "./check-file.ts";
import type { ParseOutcome } from "./import-files.ts";

export type Parser = (text: string, options: { fileName: string }) => Bulletin;

const NOT_A_BULLETIN = "Not a bulletin: no IWPR bulletin title, contents, articles or news items were recognised in this text.";

export function parseOutcome(parse: Parser, text: string, fileName: string): ParseOutcome {
  let bulletin: Bulletin;
  try {
    bulletin = parse(text, { fileName });
  } catch (error) {
    if (isNotABulletin(error)) return refuse("not-a-bulletin", notABulletinMessage(error as Error));
    return refuse("parse-failed", `The parser failed on this file: ${error instanceof Error ? error.message : String(error)}`);
  }
  const checked = v.safeParse(BulletinSchema, bulletin);
  if (!checked.success) {
    const issue = checked.issues[0];
    const where = issue ? v.getDotPath(issue) ?? "the top level" : "the top level";
    return refuse("parse-failed", `The parser produced data the app cannot read (at ${where}: ${issue?.message ?? "invalid"}).`);
  }
  const { articles, newsBriefs, toc } = checked.output;
  if (articles.length === 0 && newsBriefs.length === 0 && toc.length === 0) {
    return refuse("not-a-bulletin", NOT_A_BULLETIN);
  }
  return { ok: true, bulletin: checked.output };
}

/** The parser's reason reads "not an IWPR bulletin (no title line…)": say it once, as a sentence. */
function notABulletinMessage(error: Error): string {
  const reason = error.message.trim();
  if (!reason) return NOT_A_BULLETIN;
  const inner = /^not an IWPR bulletin\s*\((.*)\)$/i.exec(reason)?.[1] ?? reason;
  return `Not an IWPR bulletin: ${inner.replace(/\.$/, "")}.`;
}

/** The parser's typed "this is not a bulletin" signal, recognised by name or code so this file does not depend on its class. */
function isNotABulletin(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return /not-?a-?bulletin/i.test(error.name) || code === "not-a-bulletin" || code === "NOT_A_BULLETIN";
}
