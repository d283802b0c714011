/**
 * A synthetic archive of any size. The generator names each bulletin from its
 * series, year and issue, so one seed holds at most about 3,600 distinct
 * bulletins: a larger archive is made of volumes of `VOLUME_SIZE`, each from
 * its own seed and with its issues numbered past the last volume's, so every
 * bulletin has its own file name and id. Up to `VOLUME_SIZE` it is exactly
 * `generateArchive(count, seed)`.
 */
import { generateArchive } from "./generate.ts";

export const VOLUME_SIZE = 2500;
/** Issue numbers of a volume start this far past the last volume's (each series numbers fewer than 1,000). */
const VOLUME_ISSUE_STEP = 1000;

export function sizedArchive(count: number, seed: number): ReturnType<typeof generateArchive> {
  const archive: ReturnType<typeof generateArchive> = [];
  for (let volume = 0; archive.length < count; volume++) {
    archive.push(...generateArchive(Math.min(VOLUME_SIZE, count - archive.length), seed + volume, { issueOffset: volume * VOLUME_ISSUE_STEP }));
  }
  return archive;
}
