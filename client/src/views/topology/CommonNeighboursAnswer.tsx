/** The common neighbours found, each with its relationships to the actors asked about and their evidence. */
import type { CommonNeighboursAnswer as Answer } from "../../core/store/commonNeighbours.ts";
import { relationshipLabel } from "../../core/relationshipLabels.ts";
import { useExplorer } from "../../core/store.ts";
import { EvidenceQuote } from "../EvidenceQuote.tsx";

export function CommonNeighboursAnswer({ answer, nameOf }: { answer: Answer; nameOf: (id: string) => string }) {
  const { closeCommonNeighbours, hover } = useExplorer.getState();
  const { actors, total, truncated } = answer.found;
  return (
    <section className="common-neighbours" aria-label="Common neighbours" data-testid="common-neighbours-answer">
      <header>
        <h2>
          {total} common neighbour{total === 1 ? "" : "s"} of {answer.of.map(nameOf).join(" and ")}
        </h2>
        <button type="button" className="close" onClick={closeCommonNeighbours} aria-label="Close the answer">
          ×
        </button>
      </header>
      {answer.relationshipTypes && <p className="hint">Counting only the relationship types the filters show.</p>}
      {truncated && <p className="hint">The first {actors.length} shown.</p>}
      <ul>
        {actors.map(({ actor, ties }) => (
          <li
            key={actor.id}
            data-testid="common-neighbour"
            data-id={actor.id}
            onMouseEnter={() => hover(actor.id)}
            onMouseLeave={() => hover(null)}
          >
            <details>
              <summary>
                <strong>{actor.name}</strong>{" "}
                <span className="meta">{[actor.type, actor.country].filter(Boolean).join(" · ")}</span>
              </summary>
              <ul>
                {ties.map(({ of, direction, relationship }) => (
                  <li key={relationship.id}>
                    {relationshipLabel(relationship.type, direction === "OUT" ? "out" : "in")} {nameOf(of)}
                    {relationship.year ? ` (${relationship.year})` : ""}
                    {relationship.evidence.map((evidence, i) => (
                      <EvidenceQuote key={i} evidence={evidence} />
                    ))}
                  </li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
