/** The open quote in its document: the surrounding paragraphs with the quote highlighted. */
import { useEffect, useRef, useState } from "react";
import { fetchPassage, type PassageDto } from "../api/passage.ts";
import type { EvidenceDto } from "../api/types.ts";
import { usePassage } from "../core/passage/index.ts";
import { getCitation } from "./EvidenceQuote.tsx";
import { useDialogFocus } from "./a11y/useDialogFocus.ts";

export function PassageDialog() {
  const evidence = usePassage((s) => s.open);
  const close = usePassage((s) => s.close);
  // Each answer is kept with the evidence it belongs to, so reopening never shows the last passage.
  const [answer, setAnswer] = useState<{ for: EvidenceDto; passage?: PassageDto; error?: string } | null>(null);
  const mark = useRef<HTMLElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  useDialogFocus(dialog, close, evidence !== null);

  useEffect(() => {
    if (!evidence) return;
    let current = true;
    fetchPassage(evidence.source, evidence.quote)
      .then((passage) => current && setAnswer({ for: evidence, passage }))
      .catch((e: Error) => current && setAnswer({ for: evidence, error: e.message }));
    return () => {
      current = false;
    };
  }, [evidence]);

  // Braces: Chromium's scrollIntoView returns a promise, which React would take for a cleanup.
  useEffect(() => {
    mark.current?.scrollIntoView({ block: "center" });
  }, [answer]);

  if (!evidence) return null;
  const passage = answer?.for === evidence ? answer.passage : undefined;
  const error = answer?.for === evidence ? answer.error : undefined;
  return (
    <div className="passage-backdrop" onClick={close}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="passage-title"
        className="passage-dialog"
        data-testid="passage"
        onClick={(e) => e.stopPropagation()}
        ref={dialog}
      >
        <header>
          <h2 id="passage-title">{getCitation(evidence)}</h2>
          <button type="button" className="close" onClick={close} aria-label="Close the document">
            ×
          </button>
        </header>
        <p className="note">Document {evidence.source}; the quote is highlighted.</p>
        {error && <p role="alert">Could not open the passage: {error}</p>}
        {!passage && !error && <p role="status">Opening the document…</p>}
        {passage && (
          <div className="passage-text" data-testid="passage-text">
            {passage.passage.before}
            <mark ref={mark} data-testid="passage-match">
              {passage.passage.match}
            </mark>
            {passage.passage.after}
          </div>
        )}
      </div>
    </div>
  );
}
