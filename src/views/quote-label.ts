/**
 * What a quote's own page says of itself: its title and the description that
 * link previews show (the prerender's <head> and the app's document title say
 * the same). Pure and shared, so the preview and the tab agree.
 */

/** Long quotes are cut for the title, at a word. */
export const TITLE_QUOTE_CHARS = 90;

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const at = text.lastIndexOf(" ", max);
  return `${text.slice(0, at > max / 2 ? at : max).trimEnd()}…`;
}

export function archiveQuoteLabel(speaker: string, headline: string, date: string | null) {
  return {
    headline: (text: string) => `“${cut(text, TITLE_QUOTE_CHARS)}” — ${speaker}`,
    description: (text: string) => `“${text}” — ${speaker}, in “${headline}”${date ? ` (${date})` : ""}.`,
  };
}
