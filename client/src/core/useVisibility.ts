import { useMemo } from "react";
import { getFacetCounts, getVisibility, type FacetCounts, type Visibility } from "./filters.ts";
import { useRevealed } from "./reveal/index.ts";
import { toRevealedVisibility } from "./reveal/utils.ts";
import { useExplorer } from "./store.ts";
import { getSelection } from "./store/topology.ts";
import { applyTopology } from "./topology/topology.ts";

/**
 * What is shown (the filters' choice plus the actors search revealed, narrowed by the topological
 * filters) and the facet counts, recomputed only when what they depend on changes.
 */
export function useVisibility(): { visibility: Visibility; counts: FacetCounts } {
  const graph = useExplorer((s) => s.graph);
  const graphVersion = useExplorer((s) => s.graphVersion);
  const filters = useExplorer((s) => s.filters);
  const subset = useExplorer((s) => s.subset);
  const revealed = useRevealed((s) => s.ids);
  const topology = useExplorer((s) => s.topology);
  // The ego network follows the selection only while it is on: clicking around stays cheap.
  const centres = useExplorer((s) => (s.topology.ego === null ? "" : getSelection(s).join(",")));
  return useMemo(() => {
    const filtered = toRevealedVisibility(graph, getVisibility(graph, filters, subset), filters, revealed);
    const visibility = applyTopology(graph, filtered, topology, centres ? centres.split(",") : []);
    return { visibility, counts: getFacetCounts(graph, visibility) };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- graphVersion stands for the graph's content, which mutates in place.
  }, [graph, graphVersion, filters, subset, revealed, topology, centres]);
}
