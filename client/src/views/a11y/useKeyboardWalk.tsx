/**
 * Makes the graph reachable from the keyboard: the graph area takes focus; the arrow keys (and
 * Home, End) move a cursor through the selected actor's neighbours (or every shown actor when
 * nothing is selected), drawn as the hovered actor; Enter selects it. A visually hidden live
 * region says which actor the cursor is on.
 */
import { useEffect, useState, type KeyboardEvent } from "react";
import type { Visibility } from "../../core/filters.ts";
import { getNextWalkIndex, getWalkOrder, isWalkKey } from "../../core/keyboardWalk/keyboardWalk.ts";
import { relationshipLabel } from "../../core/relationshipLabels.ts";
import { useExplorer } from "../../core/store.ts";

export const WALK_HELP =
  "Network graph. Arrow keys go through the selected actor's neighbours, or through every shown actor when none is selected; Enter selects; Escape closes the details.";

/** How the cursor's actor is tied to the centre: the shown relationships between them, as the details panel reads them. */
function describeTies(centre: string | null, id: string, visibility: Visibility): string {
  const { graph } = useExplorer.getState();
  if (centre === null || !graph.hasNode(centre)) return "";
  // Read from the centre: "Barcelona: member of" for an edge out of it, its inverse for one into it.
  const label = (edge: string, direction: "out" | "in") =>
    visibility.edges.has(edge) ? [relationshipLabel(graph.getEdgeAttribute(edge, "relType"), direction)] : [];
  const ties = [
    ...graph.edges(centre, id).flatMap((edge) => label(edge, "out")),
    ...graph.edges(id, centre).flatMap((edge) => label(edge, "in")),
  ];
  return ties.length > 0 ? `; ${[...new Set(ties)].join(", ")}` : "";
}

export function useKeyboardWalk(visibility: Visibility) {
  const selected = useExplorer((s) => s.selected);
  const [cursor, setCursor] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");

  // A new centre starts a new walk; the hover it drew goes with it.
  useEffect(() => {
    setCursor(null);
  }, [selected]);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const { graph, hover, select } = useExplorer.getState();
    if (e.key === "Enter" && cursor !== null && graph.hasNode(cursor)) {
      e.preventDefault();
      hover(null);
      select(cursor);
      setAnnouncement(`Selected ${graph.getNodeAttribute(cursor, "label")}`);
      return;
    }
    if (!isWalkKey(e.key)) return;
    e.preventDefault();
    const order = getWalkOrder(graph, visibility, selected);
    const at = cursor === null ? null : order.indexOf(cursor);
    const next = getNextWalkIndex(at === -1 ? null : at, order.length, e.key);
    if (next === null) {
      setAnnouncement(selected ? "No neighbours shown" : "No actors shown");
      return;
    }
    const id = order[next]!;
    const { label, actorType } = graph.getNodeAttributes(id);
    setCursor(id);
    hover(id);
    const what = selected ? "Neighbour" : "Actor";
    setAnnouncement(
      `${what} ${next + 1} of ${order.length}: ${label}, ${actorType}${describeTies(selected, id, visibility)}`,
    );
  };

  const containerProps = {
    tabIndex: 0,
    role: "application",
    "aria-roledescription": "network graph",
    "aria-label": WALK_HELP,
    onKeyDown,
    // The cursor is a keyboard hover: leaving the graph takes it away like the mouse would.
    onBlur: () => {
      if (cursor !== null) useExplorer.getState().hover(null);
      setCursor(null);
    },
  } as const;
  const announcer = (
    <p className="visually-hidden" role="status" aria-live="polite" data-testid="graph-announcer">
      {announcement}
    </p>
  );
  return { containerProps, announcer };
}
