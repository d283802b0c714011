/**
 * Telling an 8-bit file's code page from its letters, for files that are not
 * UTF-8: Russian-language bulletins and mail saved on Windows (Windows-1251)
 * or on older Unix mail systems (KOI8-R), and old English ones saved as
 * Windows Latin-1 with a few curly quotes or accented names.
 *
 * In all three code pages bytes 0xC0–0xFF are letters. In a Western file they
 * are accents inside Latin words (`Café`, `Müller`); in a Cyrillic file they
 * make whole words on their own. Which Cyrillic page is then decided by how
 * Russian the decoded letters look: read in the wrong one, a text's commonest
 * letters (о, е, а) turn into rare ones and its lowercase into uppercase
 * mid-word (KOI8-R swaps the cases of Windows-1251).
 */

export type EightBitEncoding = "windows-1251" | "koi8-r" | "windows-1252";

/** Bytes that are letters in all three code pages. */
const HIGH_LETTER_MIN = 0xc0;

/**
 * Share of the high letters that must stand in words of their own (two or
 * more in a row, no Latin letter touching) for the file to count as Cyrillic.
 * Western files score near 0 (accents sit inside Latin words), Cyrillic ones
 * near 1; a few Latin abbreviations glued to Cyrillic words lower it a little.
 */
export const CYRILLIC_WORD_SHARE = 0.6;

/** Fewer high letters than this is too little to call Cyrillic (a stray name): read as Western. */
export const MIN_CYRILLIC_LETTERS = 6;

/**
 * Letter frequencies of Russian prose, per cent (the usual corpus figures,
 * rounded). Letters missing here (Ukrainian, Kazakh, Uzbek ones) count as rare.
 */
const RUSSIAN_LETTER_PERCENT: Record<string, number> = {
  о: 10.97, е: 8.45, а: 8.01, и: 7.35, н: 6.7, т: 6.26, с: 5.47, р: 4.73, в: 4.54, л: 4.4, к: 3.49,
  м: 3.21, д: 2.98, п: 2.81, у: 2.62, я: 2.01, ы: 1.9, ь: 1.74, г: 1.7, з: 1.65, б: 1.59, ч: 1.44,
  й: 1.21, х: 0.97, ж: 0.94, ш: 0.73, ю: 0.64, ц: 0.48, щ: 0.36, э: 0.32, ф: 0.26, ъ: 0.04, ё: 0.04,
};
const RARE_LETTER_PERCENT = 0.02;

/** An uppercase letter right after a lowercase one (`пРИВЕТ`): what the wrong Cyrillic page makes of ordinary words. */
const MID_WORD_CAPITAL_PERCENT = 0.1;

const isAsciiLetter = (b: number) => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a);
const isHighLetter = (b: number) => b >= HIGH_LETTER_MIN;

/** Which 8-bit code page `bytes` (not valid UTF-8) were most likely written in. */
export function guessEightBit(bytes: Uint8Array): EightBitEncoding {
  let highLetters = 0;
  let inCyrillicWords = 0;
  let i = 0;
  while (i < bytes.length) {
    if (!isHighLetter(bytes[i]!)) {
      i++;
      continue;
    }
    const start = i;
    while (i < bytes.length && isHighLetter(bytes[i]!)) i++;
    const run = i - start;
    highLetters += run;
    const touchesLatin = (start > 0 && isAsciiLetter(bytes[start - 1]!)) || (i < bytes.length && isAsciiLetter(bytes[i]!));
    if (run >= 2 && !touchesLatin) inCyrillicWords += run;
  }
  if (highLetters < MIN_CYRILLIC_LETTERS || inCyrillicWords / highLetters < CYRILLIC_WORD_SHARE) return "windows-1252";
  return russianScore(new TextDecoder("koi8-r").decode(bytes)) > russianScore(new TextDecoder("windows-1251").decode(bytes))
    ? "koi8-r"
    : "windows-1251";
}

/** Mean log-likelihood per Cyrillic letter of `text` being Russian prose. Higher is more Russian. */
export function russianScore(text: string): number {
  let sum = 0;
  let letters = 0;
  let previousLower = false;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x400 || code > 0x4ff) {
      previousLower = false;
      continue;
    }
    const lower = ch.toLowerCase();
    const isUpper = lower !== ch;
    sum += Math.log(RUSSIAN_LETTER_PERCENT[lower] ?? RARE_LETTER_PERCENT);
    if (isUpper && previousLower) sum += Math.log(MID_WORD_CAPITAL_PERCENT / 100);
    previousLower = !isUpper;
    letters++;
  }
  return letters === 0 ? -Infinity : sum / letters;
}
