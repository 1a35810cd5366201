/**
 * Finds a quote in its source document and cuts the passage around it: the paragraphs that hold
 * the quote, with up to one paragraph on each side, bounded in length (some extracted documents
 * have paragraphs of many pages). Whitespace is the only difference forgiven between a quote and
 * its document, as when the seed is checked (seed/src/normalise.ts).
 */

export interface Passage {
  /** Text before the quote, from the start of the previous paragraph (or a word boundary). */
  before: string;
  /** The quote as the document writes it (its own line breaks and spacing). */
  match: string;
  after: string;
  /** Where the quote starts in the document, in characters. */
  offset: number;
}

/** Characters of context kept on each side of the quote at most. */
export const CONTEXT_CHARS = 1200;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The passage holding quote in document; undefined when the document does not hold it. */
export function findPassage(document: string, quote: string): Passage | undefined {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const found = new RegExp(words.map(escapeRegExp).join("\\s+")).exec(document);
  if (!found) return undefined;
  const start = found.index;
  const end = start + found[0].length;
  return {
    before: document.slice(paragraphStart(document, start), start),
    match: found[0],
    after: document.slice(end, paragraphEnd(document, end)),
    offset: start,
  };
}

/** The start of the paragraph before the one holding `at`, no further back than CONTEXT_CHARS. */
function paragraphStart(document: string, at: number): number {
  const floor = Math.max(0, at - CONTEXT_CHARS);
  const breaks = [...document.slice(floor, at).matchAll(/\n\s*\n/g)].map((m) => floor + m.index + m[0].length);
  if (breaks.length >= 2) return breaks[breaks.length - 2]!;
  if (floor === 0) return 0;
  // No paragraph start within reach: begin at a word.
  const space = document.indexOf(" ", floor);
  return space === -1 || space >= at ? floor : space + 1;
}

/** The end of the paragraph after the one holding `at`, no further than CONTEXT_CHARS. */
function paragraphEnd(document: string, at: number): number {
  const ceiling = Math.min(document.length, at + CONTEXT_CHARS);
  const breaks = [...document.slice(at, ceiling).matchAll(/\n\s*\n/g)].map((m) => at + m.index);
  if (breaks.length >= 2) return breaks[1]!;
  if (ceiling === document.length) return ceiling;
  const space = document.lastIndexOf(" ", ceiling);
  return space <= at ? ceiling : space;
}
