/**
 * Evidence that is not a sentence. A relationship must rest on a sentence that states it, not on
 * a heading, a table cell, a list item or a profile header (docs/data-model.md, "Evidence
 * shape"). The test is a heuristic, so a reviewer can accept a quote in
 * seed/data/reviewed-evidence.json with the reason it stands.
 */
import { normaliseWhitespace } from "@atlas/model";

/**
 * Types whose natural evidence is an attribution rather than a clause: a byline or interview
 * citation ("Jan Braat, Senior Policy Advisor, City of Utrecht") states an office, an
 * interview or an authorship by itself.
 */
export const ATTRIBUTION_TYPES: ReadonlySet<string> = new Set(["WORKS_FOR", "MAYOR_OF", "INFORMED", "AUTHORED"]);

/**
 * Finite verbs and auxiliaries the documents use to state a relationship. A word ending in -ed
 * also counts (past tense and participles); present-tense verbs must be listed.
 */
const VERBS = new Set(
  `is are was were be been being has have had will would shall should can could may might must does do did
  join joins host hosts lead leads run runs fund funds support supports coordinate coordinates work works
  aim aims take takes offer offers provide provides include includes hold holds chair chairs belong belongs
  meet meets met visit visits sign signs become becomes became plan plans want wants seek seeks help helps
  bring brings brought give gives gave receive receives cooperate cooperates collaborate collaborates
  manage manages implement implements organise organises organize organizes exist exists brand brands
  award awards welcome welcomes launch launches create creates attend attends represent represents
  set won led ran took began held made built sent went came saw wrote said says`.split(/\s+/),
);

const SEPARATOR = / [-–|/] /;
const LIST_MARKER = /^(?:[-•▷*]|\d{1,2}[.)])\s/;

export function hasVerb(text: string): boolean {
  for (const match of text.toLowerCase().matchAll(/[\p{L}’']+/gu)) {
    const word = match[0].replace(/^['’]+|['’]+$/g, "");
    if (VERBS.has(word) || (word.length > 4 && word.endsWith("ed"))) return true;
  }
  return false;
}

/**
 * Why a quote does not read as a sentence, or undefined when it does. `paragraph` is the
 * whitespace-normalised paragraph (or paragraphs) of the document the quote sits in: a
 * verbless quote inside a sentence (an appositive) passes, a verbless quote whose whole
 * paragraph is verbless (a heading, a cell, a profile header) does not.
 */
export function findShapeProblem(quote: string, paragraph: string | undefined): string | undefined {
  const text = normaliseWhitespace(quote);
  if (text.includes("|")) return "a table cell (the quote contains a column separator)";
  if (LIST_MARKER.test(text)) return "a list item (the quote opens with a bullet or number)";
  if (hasVerb(text)) return undefined;
  if (SEPARATOR.test(text)) return "a table cell or label (parts joined by ' - ' or ' / ', no verb)";
  if (paragraph === undefined || !hasVerb(paragraph)) {
    return "a heading or profile header (no verb in the quote or in its paragraph)";
  }
  return undefined;
}

/** A document's paragraphs (blocks between blank lines), each whitespace-normalised. */
export class Paragraphs {
  private readonly joined: string;
  private readonly starts: number[] = [];

  constructor(document: string) {
    const blocks = document
      .split(/\n\s*\n/)
      .map(normaliseWhitespace)
      .filter((block) => block !== "");
    let offset = 0;
    for (const block of blocks) {
      this.starts.push(offset);
      offset += block.length + 1;
    }
    // A line break never occurs inside a normalised block, so a quote found across one spans two.
    this.joined = blocks.join("\n");
  }

  /**
   * The paragraphs the quote sits in, whole, or undefined when the text does not hold it. A
   * quote across a blank line (a sentence split by a page break) gets every paragraph it
   * touches, so the sentence around it still counts.
   */
  find(quote: string): string | undefined {
    const text = normaliseWhitespace(quote);
    const direct = this.joined.indexOf(text);
    const at = direct >= 0 ? direct : this.findAcrossBreaks(text);
    if (at < 0) return undefined;
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    const end = this.joined.indexOf("\n", at + text.length);
    return this.joined.slice(this.starts[low], end < 0 ? undefined : end).replace(/\n/g, " ");
  }

  /** Where the quote starts when a paragraph break stands in for one of its spaces. */
  private findAcrossBreaks(text: string): number {
    const pattern = text
      .split(" ")
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("[ \n]");
    return new RegExp(pattern).exec(this.joined)?.index ?? -1;
  }
}
