import { useMemo } from "react";
import { getFacetCounts, getVisibility, type FacetCounts, type Visibility } from "./filters.ts";
import { useRevealed } from "./reveal/index.ts";
import { toRevealedVisibility } from "./reveal/utils.ts";
import { useExplorer } from "./store.ts";

/**
 * What is shown (the filters' choice plus the actors search revealed) and the facet counts,
 * recomputed only when graph, filters, subset or revealed actors change.
 */
export function useVisibility(): { visibility: Visibility; counts: FacetCounts } {
  const graph = useExplorer((s) => s.graph);
  const graphVersion = useExplorer((s) => s.graphVersion);
  const filters = useExplorer((s) => s.filters);
  const subset = useExplorer((s) => s.subset);
  const revealed = useRevealed((s) => s.ids);
  return useMemo(() => {
    const visibility = toRevealedVisibility(graph, getVisibility(graph, filters, subset), filters, revealed);
    return { visibility, counts: getFacetCounts(graph, visibility) };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- graphVersion stands for the graph's content, which mutates in place.
  }, [graph, graphVersion, filters, subset, revealed]);
}
