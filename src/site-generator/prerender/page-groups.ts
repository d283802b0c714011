/**
 * The pages made of one bulletin alone (its bulletin page, its article pages
 * and its quote pages), kept between builds by that bulletin's key
 * (`EmitContext.bulletinKeys`), so that a rebuild carries an unchanged
 * bulletin's pages without describing them again.
 *
 * Why: at 10,000 bulletins (503,000 pages) a rebuild's main thread spent
 * 11.6 s finding that nearly every page was unchanged: a PageMeta made for
 * each page (3.0 s, reading every quote and paragraph of every bulletin), a
 * sha1 of each (3.1 s), then each looked up in the page cache and the output
 * ledger. Most pages (bulletin, article and the ~390,000 quote pages) are made
 * of one bulletin alone, and an unchanged bulletin gives the very same
 * descriptions as last time; with its heavy parts read from disk only when
 * touched, describing them again would also read every bulletin back.
 *
 * A group holds what a rebuild needs of each of its pages: its path (for the
 * page cache, the output folder and the sitemap), its document key (what
 * `carryWritten` compares with the document the last build wrote) and
 * whether it is left out of the sitemap. It is used when its bulletin has the
 * key it was kept under and the record's inputs (the template and the site's
 * address, the app code, which holds pages.ts, and this record's format) are
 * this build's: then this build would describe the bulletin's pages, in the
 * same order, with the same document keys. Each page is still carried as any
 * other (its data files unchanged, its file in dist/ as written); one that
 * cannot be is described and rendered again (site-pages.ts).
 */
import { hash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Bulletin } from "../../parser/model/index.ts";
import type { PageMeta } from "./document.ts";

/** Bumped when what a group holds, or how its pages are described, changes without the app code changing: every group is then described again. */
const FORMAT = 1;

/** A page of a group, as the last build described it. */
export interface KeptPage {
  path: string;
  /** Its document's key (the template, the site's address and its description), as the page cache holds it. */
  doc: string;
  noindex?: boolean;
}

/** A bulletin's pages in page order: its bulletin and article pages (listed with each bulletin), then its quote pages (listed after every bulletin's). */
export interface BulletinPages<P> {
  head: readonly P[];
  quotes: readonly P[];
}

/** What `siteFiles` asks of the groups in a build. */
export interface PageGroups {
  /** The bulletin's pages as the last build described them, if they are what this build would describe. */
  kept(bulletin: Bulletin): BulletinPages<KeptPage> | undefined;
  /** Carries one page of a kept group (page cache and output folder); false: it is to be made again. */
  carry(page: KeptPage, fileName: string): boolean;
  /** The bulletin's pages as this build describes them (none kept), to be kept for the next. */
  made(bulletin: Bulletin, pages: BulletinPages<PageMeta>): void;
}

/** A page as the record holds it: [path, document key, 1 if not indexed]. */
type StoredPage = [path: string, doc: string, noindex?: 1];
/** A group as the record holds it: [the bulletin's key, its bulletin and article pages, its quote pages]. */
type StoredGroup = [key: string, head: StoredPage[], quotes: StoredPage[]];

interface GroupsRecord {
  format: number;
  inputs: string;
  /** By bulletin id. */
  groups: Record<string, StoredGroup>;
}

/** The key of everything besides its bulletin that decides a group's pages: the template and site address (`documentInputs`), the app code, and this record's format. */
export function groupInputs(documentInputs: string, code: string): string {
  return hash("sha1", `${FORMAT}\0${documentInputs}\0${code}`, "base64url");
}

const isStoredPages = (pages: unknown): pages is StoredPage[] =>
  Array.isArray(pages) && pages.every((p) => Array.isArray(p) && typeof p[0] === "string" && typeof p[1] === "string");

const isStoredGroup = (group: unknown): group is StoredGroup =>
  Array.isArray(group) && typeof group[0] === "string" && isStoredPages(group[1]) && isStoredPages(group[2]);

const keptPage = ([path, doc, noindex]: StoredPage): KeptPage => (noindex === 1 ? { path, doc, noindex: true } : { path, doc });

function readGroups(file: string, inputs: string): Record<string, StoredGroup> {
  try {
    const record = JSON.parse(readFileSync(file, "utf8")) as GroupsRecord;
    return record.format === FORMAT && record.inputs === inputs && typeof record.groups === "object" && record.groups !== null ? record.groups : {};
  } catch {
    return {}; // none yet, or unreadable: every bulletin's pages are described
  }
}

export class BulletinPageGroups implements PageGroups {
  /** This build's groups, for the next: a kept one as it was read, a made one as its pages' descriptions until saved. */
  private readonly next = new Map<string, StoredGroup | { key: string; pages: BulletinPages<PageMeta> }>();
  private keptCount = 0;
  private carriedCount = 0;

  private constructor(
    private readonly file: string,
    private readonly inputs: string,
    private readonly previous: Record<string, StoredGroup>,
    private readonly keys: ReadonlyMap<string, string> | undefined,
    private readonly carryPage: (route: string, doc: string, fileName: string) => boolean,
    private readonly documentKey: (meta: PageMeta) => string,
  ) {}

  /**
   * The groups kept in `file` under `inputs` (`groupInputs`), for bulletins
   * keyed by `keys` (none: nothing is kept). `carryPage` carries a page whose
   * document has key `doc`; `documentKey` is the key of a page's document.
   */
  static open(
    file: string,
    inputs: string,
    keys: ReadonlyMap<string, string> | undefined,
    carryPage: (route: string, doc: string, fileName: string) => boolean,
    documentKey: (meta: PageMeta) => string,
  ): BulletinPageGroups {
    return new BulletinPageGroups(file, inputs, keys ? readGroups(file, inputs) : {}, keys, carryPage, documentKey);
  }

  kept(bulletin: Bulletin): BulletinPages<KeptPage> | undefined {
    const key = this.keys?.get(bulletin.id);
    const group = Object.hasOwn(this.previous, bulletin.id) ? this.previous[bulletin.id] : undefined;
    if (key === undefined || !isStoredGroup(group) || group[0] !== key) return undefined;
    this.next.set(bulletin.id, group);
    this.keptCount++;
    return { head: group[1].map(keptPage), quotes: group[2].map(keptPage) };
  }

  carry(page: KeptPage, fileName: string): boolean {
    if (!this.carryPage(page.path, page.doc, fileName)) return false;
    this.carriedCount++;
    return true;
  }

  made(bulletin: Bulletin, pages: BulletinPages<PageMeta>): void {
    const key = this.keys?.get(bulletin.id);
    if (key !== undefined) this.next.set(bulletin.id, { key, pages });
  }

  /** Bulletins whose group was kept from the last build. */
  get keptBulletins(): number {
    return this.keptCount;
  }

  /** Pages carried as part of a kept group. */
  get carriedPages(): number {
    return this.carriedCount;
  }

  /** Writes this build's groups for the next (by rename: a killed build leaves the last record whole). */
  save(): void {
    const stored = (meta: PageMeta): StoredPage => (meta.noindex ? [meta.path, this.documentKey(meta), 1] : [meta.path, this.documentKey(meta)]);
    const groups = Object.create(null) as Record<string, StoredGroup>; // ids are keys: none may be taken for the prototype
    for (const [id, group] of this.next) {
      groups[id] = Array.isArray(group) ? group : [group.key, group.pages.head.map(stored), group.pages.quotes.map(stored)];
    }
    const record: GroupsRecord = { format: FORMAT, inputs: this.inputs, groups };
    mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(record));
    renameSync(temporary, this.file);
  }
}
