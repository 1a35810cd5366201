/**
 * An actor's relationships grouped by type and direction, each with the other actor (a link that
 * selects it), year, office, purpose, status and the quotes behind it.
 */
import { useMemo } from "react";
import type { GraphEdgeDto } from "../../api/types.ts";
import { relationshipLabel } from "../../core/relationshipLabels.ts";
import { useExplorer } from "../../core/store.ts";
import { EvidenceQuote } from "../EvidenceQuote.tsx";

interface Props {
  id: string;
  edges: GraphEdgeDto[];
  names: Map<string, string>;
  /** The neighbourhood was capped at this many relationships; null when all are listed. */
  degree: number | null;
}

export function RelationshipList({ id, edges: allEdges, names, degree }: Props) {
  const { select } = useExplorer.getState();
  const groups = useMemo(() => {
    const byKey = new Map<string, GraphEdgeDto[]>();
    for (const edge of allEdges) {
      const outgoing = edge.source === id;
      const key = `${edge.type}:${outgoing ? "out" : "in"}`;
      byKey.set(key, [...(byKey.get(key) ?? []), edge]);
    }
    return [...byKey.entries()].sort((a, b) => a[0].localeCompare(b[0]));
  }, [allEdges, id]);

  return (
    <section data-testid="relationships">
      <h3>Relationships ({allEdges.length})</h3>
      {degree !== null && (
        <p className="note" data-testid="relationships-capped">
          Listing those with the first 2,000 neighbours of {degree.toLocaleString("en")} relationships; the Cypher
          console lists them all.
        </p>
      )}
      {groups.map(([key, edges]) => {
        const [type, direction] = key.split(":") as [string, "out" | "in"];
        return (
          <div key={key} className="relationship-group">
            <h4>{relationshipLabel(type, direction)}</h4>
            <ul>
              {edges.map((edge) => {
                const other = edge.source === id ? edge.target : edge.source;
                return (
                  <li key={edge.id} data-testid="relationship">
                    <button type="button" className="link" onClick={() => select(other)}>
                      {names.get(other) ?? other}
                    </button>
                    <span className="edge-meta">
                      {[
                        edge.year && (edge.until ? `${edge.year}–${edge.until}` : String(edge.year)),
                        edge.office,
                        edge.purpose,
                        edge.status,
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </span>
                    {edge.evidence?.map((e, i) => (
                      <EvidenceQuote key={i} evidence={e} />
                    ))}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
