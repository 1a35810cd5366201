/**
 * A selected overview group: how many actors it stands for and how many are shown, and the
 * button that loads the next page of them (best connected first).
 */
import { useExplorer } from "../core/store.ts";
import { GROUP_PAGE } from "../core/store/overviewPaging.ts";
import { actorTypeColour } from "@atlas/model";

export function GroupPanel({ id }: { id: string }) {
  const graph = useExplorer((s) => s.graph);
  useExplorer((s) => s.graphVersion);
  const pending = useExplorer((s) => s.pending);
  const { select, expandGroup } = useExplorer.getState();
  const group = graph.hasNode(id) ? graph.getNodeAttribute(id, "group") : undefined;
  if (!group) return null;
  const remaining = group.actors - group.shown;
  const next = Math.min(GROUP_PAGE, remaining);
  return (
    <aside
      className="details"
      data-testid="group-details"
      aria-label={`Group ${group.type} in ${group.country ?? "no country"}`}
    >
      <header>
        <span className="swatch" style={{ background: actorTypeColour(group.type) }} aria-hidden="true" />
        <h2>
          {group.type} · {group.country ?? "no country"}
        </h2>
        <button type="button" className="close" onClick={() => select(null)} aria-label="Close details">
          ×
        </button>
      </header>
      <p data-testid="group-counts">
        {group.actors.toLocaleString("en")} actors, {group.shown.toLocaleString("en")} shown. Links to other groups
        count their collaborations.
      </p>
      <div className="actions" role="group" aria-label="Load actors">
        <button
          type="button"
          onClick={() => void expandGroup(id)}
          disabled={pending.length > 0}
          data-testid="expand-group"
        >
          Show {next.toLocaleString("en")} {group.shown > 0 ? "more " : ""}actors
        </button>
      </div>
    </aside>
  );
}
