/**
 * The actors the filters show that the map cannot place (no coordinates, and not tied to exactly
 * one place): listed beside the map, each a button that selects it, instead of drawn somewhere false.
 */
import { useState } from "react";
import { useExplorer } from "../../core/store.ts";
import "./map.css";

export function UnmappedPanel({ ids }: { ids: readonly string[] }) {
  const graph = useExplorer((s) => s.graph);
  const select = useExplorer((s) => s.select);
  const [open, setOpen] = useState(true);
  if (ids.length === 0) return null;
  return (
    <aside className="unmapped" data-testid="unmapped" aria-label="Actors not on the map">
      <button type="button" className="unmapped-head" aria-expanded={open} onClick={() => setOpen(!open)}>
        Not on the map: {ids.length} {ids.length === 1 ? "actor" : "actors"}
      </button>
      {open && (
        <ul>
          {ids.map((id) => (
            <li key={id}>
              <button
                type="button"
                className="link"
                onClick={() => select(id)}
                data-testid="unmapped-actor"
                data-id={id}
              >
                {graph.getNodeAttribute(id, "label")}
              </button>
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
