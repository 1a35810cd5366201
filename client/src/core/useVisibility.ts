import { useMemo } from "react";
import { getFacetCounts, getVisibility, type FacetCounts, type Visibility } from "./filters.ts";
import { getGeoPlacement } from "./geoLayout.ts";
import { toMapVisibility } from "./map/mapVisibility.ts";
import { useRevealed } from "./reveal/index.ts";
import { toRevealedVisibility } from "./reveal/utils.ts";
import { useExplorer } from "./store.ts";
import { getSelection } from "./store/topology.ts";
import { applyTopology } from "./topology/topology.ts";

/**
 * What is shown (the filters' choice plus the actors search revealed, narrowed by the topological
 * filters; on the map, without the actors that have no place there) and the facet counts,
 * recomputed only when what they depend on changes.
 */
export function useVisibility(): { visibility: Visibility; counts: FacetCounts; unmapped: string[] } {
  const graph = useExplorer((s) => s.graph);
  const graphVersion = useExplorer((s) => s.graphVersion);
  const filters = useExplorer((s) => s.filters);
  const subset = useExplorer((s) => s.subset);
  const revealed = useRevealed((s) => s.ids);
  const topology = useExplorer((s) => s.topology);
  const onMap = useExplorer((s) => s.layout === "geo");
  // The ego network follows the selection only while it is on: clicking around stays cheap.
  const centres = useExplorer((s) => (s.topology.ego === null ? "" : getSelection(s).join(",")));
  return useMemo(() => {
    const filtered = toRevealedVisibility(graph, getVisibility(graph, filters, subset), filters, revealed);
    const shown = applyTopology(graph, filtered, topology, centres ? centres.split(",") : []);
    const { visibility, unmapped } = onMap
      ? toMapVisibility(graph, shown, getGeoPlacement(graph).unplaced)
      : { visibility: shown, unmapped: [] };
    return { visibility, counts: getFacetCounts(graph, visibility), unmapped };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- graphVersion stands for the graph's content, which mutates in place.
  }, [graph, graphVersion, filters, subset, revealed, topology, centres, onMap]);
}
