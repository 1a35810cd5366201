/**
 * A short piece of a long quote around the words searched, split into parts to highlight, so a
 * search result shows why it matched. Matching ignores case and accents, as the server does.
 */
export interface ExcerptPart {
  text: string;
  hit: boolean;
}

const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** Up to `width` characters of quote around the first searched word, words marked as hits. */
export function getExcerpt(quote: string, search: string, width = 140): ExcerptPart[] {
  const words = fold(search)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
  // Folding can change a string's length (a decomposed letter); fall back to the quote unfolded.
  const folded = fold(quote).length === quote.length ? fold(quote) : quote.toLowerCase();
  const first = Math.min(...words.map((w) => folded.indexOf(w)).filter((i) => i >= 0), quote.length);
  const start = first >= quote.length || first < width / 3 ? 0 : quote.lastIndexOf(" ", first - width / 3) + 1;
  const end = Math.min(quote.length, start + width);
  const parts: ExcerptPart[] = start > 0 ? [{ text: "…", hit: false }] : [];
  let at = start;
  while (at < end) {
    const next = words
      .map((w) => ({ w, i: folded.indexOf(w, at) }))
      .filter(({ i }) => i >= 0 && i < end)
      .sort((a, b) => a.i - b.i)[0];
    if (!next) break;
    if (next.i > at) parts.push({ text: quote.slice(at, next.i), hit: false });
    parts.push({ text: quote.slice(next.i, next.i + next.w.length), hit: true });
    at = next.i + next.w.length;
  }
  if (at < end) parts.push({ text: quote.slice(at, end), hit: false });
  if (end < quote.length) parts.push({ text: "…", hit: false });
  return parts;
}
