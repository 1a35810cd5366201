/** One piece of evidence: the quote, its document (title, publisher, year), a way to read it there. */
import { toPlainQuote } from "@atlas/model";
import type { EvidenceDto } from "../api/types.ts";
import { usePassage } from "../core/passage/index.ts";

export function getCitation(evidence: EvidenceDto): string {
  if (!evidence.title) return evidence.source;
  return [evidence.title, evidence.publisher, evidence.year].filter(Boolean).join(", ");
}

export function EvidenceQuote({ evidence }: { evidence: EvidenceDto }) {
  return (
    <blockquote className="evidence" data-testid="evidence">
      “{toPlainQuote(evidence.quote)}”
      <cite>
        {getCitation(evidence)}{" "}
        <button
          type="button"
          className="link"
          data-testid="open-passage"
          onClick={() => usePassage.getState().show(evidence)}
          // The name starts with the visible words, so speech input finds the button by what it says.
          aria-label={`Read in the document: ${evidence.title ?? evidence.source}`}
        >
          Read in the document
        </button>
      </cite>
    </blockquote>
  );
}
