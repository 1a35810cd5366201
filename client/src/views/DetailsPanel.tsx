/**
 * The selected actor: its properties, the quotes that introduce it, and every relationship
 * grouped by type and direction, each with its year and its evidence (quote and document).
 */
import { useEffect, useState } from "react";
import { fetchActor } from "../api/actorQueries.ts";
import { fetchNeighbourhood } from "../api/graphQueries.ts";
import type { ActorDto, GraphEdgeDto } from "../api/types.ts";
import { useExplorer } from "../core/store.ts";
import { actorTypeColour } from "@atlas/model";
import { ActorProperties } from "./details/ActorProperties.tsx";
import { RelationshipList } from "./details/RelationshipList.tsx";
import { EvidenceQuote } from "./EvidenceQuote.tsx";
import { RevealNote } from "./RevealNote.tsx";
import { SearchBox } from "./SearchBox.tsx";
import { useEscapeToClose } from "./a11y/useDialogFocus.ts";

interface Details {
  actor: ActorDto;
  edges: GraphEdgeDto[];
  names: Map<string, string>;
  /** The neighbourhood was capped: not every relationship is listed. */
  degree: number | null;
}

const closeDetails = () => useExplorer.getState().select(null);

export function DetailsPanel({ id }: { id: string }) {
  const [details, setDetails] = useState<Details | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { select, expand, focus, remove, findPath, collapse } = useExplorer.getState();
  const [pathTo, setPathTo] = useState<{ id: string; name: string } | null>(null);
  useEscapeToClose(closeDetails);

  useEffect(() => {
    let current = true;
    setDetails(null);
    setError(null);
    Promise.all([fetchActor(id), fetchNeighbourhood(id, 1)])
      .then(([actor, neighbourhood]) => {
        if (!current) return;
        if (!actor) return setError(`No actor "${id}"`);
        const names = new Map((neighbourhood?.nodes ?? []).map((n) => [n.id, n.name]));
        const edges = (neighbourhood?.edges ?? []).filter((e) => e.source === id || e.target === id);
        setDetails({ actor, edges, names, degree: neighbourhood?.truncated ? (neighbourhood.degree ?? null) : null });
      })
      .catch((e: Error) => current && setError(e.message));
    return () => {
      current = false;
    };
  }, [id]);

  if (error)
    return (
      <aside className="details" role="alert">
        Could not load the details: {error}
      </aside>
    );
  if (!details) {
    return (
      <aside className="details" aria-busy="true">
        <p role="status">Loading details…</p>
      </aside>
    );
  }
  const { actor } = details;
  return (
    <aside className="details" data-testid="details" aria-label={`Details of ${actor.name}`}>
      <header>
        <span className="swatch" style={{ background: actorTypeColour(actor.type) }} aria-hidden="true" />
        <h2>{actor.name}</h2>
        <button type="button" className="close" onClick={() => select(null)} aria-label="Close details">
          ×
        </button>
      </header>
      <RevealNote id={id} />
      <ActorProperties actor={actor} />
      <div className="actions" role="group" aria-label="Explore from here">
        <button type="button" onClick={() => void expand(id, 1)} data-testid="expand-1">
          Expand
        </button>
        <button type="button" onClick={() => void expand(id, 2)} data-testid="expand-2">
          Expand 2 steps
        </button>
        <button type="button" onClick={() => focus(id)} data-testid="focus">
          Focus
        </button>
        <button
          type="button"
          onClick={() => collapse(id)}
          data-testid="collapse"
          title="Take out what expanding it added"
        >
          Collapse
        </button>
        <button type="button" onClick={() => remove(id)} data-testid="remove">
          Remove
        </button>
      </div>
      <section>
        <h3>Introduced in</h3>
        {actor.evidence.map((e, i) => (
          <EvidenceQuote key={i} evidence={e} />
        ))}
      </section>
      <RelationshipList id={id} edges={details.edges} names={details.names} degree={details.degree} />
      <section className="path-from-here">
        <h3>Shortest path</h3>
        <SearchBox
          label="Path to"
          placeholder="Path to… (type a name)"
          testId="path-search"
          onChoose={(hit) => setPathTo({ id: hit.id, name: hit.name })}
        />
        {pathTo && (
          <button type="button" onClick={() => void findPath(id, pathTo.id)} data-testid="find-path">
            Find path to {pathTo.name}
          </button>
        )}
      </section>
    </aside>
  );
}
