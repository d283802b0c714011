/**
 * A content-addressed cache of parsed bulletins, so that a rebuild after one
 * bulletin changed re-parses only that one.
 *
 * Layout: `<dir>/<parserVersion>/<sha-256 of file name and text>.json`.
 * The file name is part of the key because the parser reads it (the id and
 * `sourceFile` come from it). A new parser version gets a new folder, and
 * the folders of other versions are removed when the cache opens, so the
 * cache never grows past one parser's worth of entries.
 *
 * An entry is written only for a parse that passed the Bulletin schema check
 * (checked.ts), and is read back as checked, without a second one: the
 * entries are the build's own, written by rename. A parse that fails the
 * check is not kept: every build parses it again and reports it.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { threadId } from "node:worker_threads";
import type { Bulletin } from "../../parser/model/index.ts";
import { checkBulletin, markChecked } from "./checked.ts";

export type ParseFn = (text: string, options: { fileName: string }) => Bulletin;

export interface ParseOutcome {
  bulletin: Bulletin;
  fromCache: boolean;
}

export interface ParseCache {
  /** Parses `text`, or returns the stored result of an earlier parse of the same file name and text. */
  parseWithCache(fileName: string, text: string): ParseOutcome;
  readonly version: string;
}

export interface ParseCacheOptions {
  /** Root folder of the cache, e.g. `<project>/.cache/bulletins`. */
  dir: string;
  /** Entries of any other version are ignored and deleted. */
  version: string;
  parse: ParseFn;
}

export function contentKey(fileName: string, text: string): string {
  return createHash("sha256").update(fileName).update("\0").update(text).digest("hex");
}

/** Version folder names are made by parserVersion(); never let one escape the cache root. */
const SAFE_VERSION = /^[A-Za-z0-9._-]+$/;

export function createParseCache({ dir, version, parse }: ParseCacheOptions): ParseCache {
  if (!SAFE_VERSION.test(version) || version === "." || version === "..") {
    throw new Error(`parse cache: unusable version name ${JSON.stringify(version)}`);
  }
  const versionDir = join(dir, version);
  mkdirSync(versionDir, { recursive: true });
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name !== version) rmSync(join(dir, entry.name), { recursive: true, force: true });
  }

  function read(path: string): Bulletin | undefined {
    try {
      return markChecked(JSON.parse(readFileSync(path, "utf8")) as Bulletin);
    } catch {
      // Missing, or half-written by a build that was killed: parse again.
      return undefined;
    }
  }

  function write(path: string, bulletin: Bulletin): void {
    // Write then rename, so a concurrent build never reads half an entry; the thread in the name, for the parse pool's workers.
    const tmp = `${path}.${process.pid}.${threadId}.tmp`;
    writeFileSync(tmp, JSON.stringify(bulletin));
    renameSync(tmp, path);
  }

  return {
    version,
    parseWithCache(fileName, text) {
      const path = join(versionDir, `${contentKey(fileName, text)}.json`);
      const cached = read(path);
      if (cached) return { bulletin: cached, fromCache: true };
      const parsed = parse(text, { fileName });
      const checked = checkBulletin(parsed);
      // Not kept: the build's check reports it, as for a bulletin parsed without the cache.
      if (!checked.ok) return { bulletin: parsed, fromCache: false };
      try {
        write(path, checked.bulletin);
      } catch {
        // A read-only or full disk costs speed, not correctness.
      }
      return { bulletin: checked.bulletin, fromCache: false };
    },
  };
}
