import { useMemo } from "react";
import { getFacetCounts, getVisibility, type FacetCounts, type Visibility } from "./filters.ts";
import { useExplorer } from "./store.ts";

/** What is shown and the facet counts, recomputed only when graph, filters or subset change. */
export function useVisibility(): { visibility: Visibility; counts: FacetCounts } {
  const graph = useExplorer((s) => s.graph);
  const graphVersion = useExplorer((s) => s.graphVersion);
  const filters = useExplorer((s) => s.filters);
  const subset = useExplorer((s) => s.subset);
  return useMemo(() => {
    const visibility = getVisibility(graph, filters, subset);
    return { visibility, counts: getFacetCounts(graph, visibility) };
    // graphVersion stands for the graph's content, which mutates in place.
  }, [graph, graphVersion, filters, subset]);
}
