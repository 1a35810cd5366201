/**
 * The projection view: while it shows, the store's graph is the projection's (so filters,
 * metrics, table and export work on it as on the network) and the network graph waits here with
 * the view it had: subset, selection, path, history and the relationship-type filter. The
 * projection counts the relationship types the filter allowed when it was asked for.
 */
import { fetchProjection } from "../../api/analysisQueries.ts";
import type { AtlasGraph } from "../atlasGraph.ts";
import { emptyHistory, type History } from "../history.ts";
import { runInitialLayout } from "../layout.ts";
import { toProjectionGraph } from "../projection/projectionGraph.ts";
import type { ProjectionSettings } from "../projection/projectionParams.ts";
import { track } from "./requests.ts";
import type { ExplorerState, SliceCreator, ViewSnapshot } from "./types.ts";

interface NetworkView {
  graph: AtlasGraph;
  /** The filters are not kept whole: the projection's own changes are carried back (showNetwork). */
  snapshot: Omit<ViewSnapshot, "subset" | "filters"> & { subset: ReadonlySet<string> | null };
  history: History<ViewSnapshot>;
  statuses: string[] | null;
}

export interface ProjectionSlice {
  projection: ProjectionSettings | null;
  /** Links the server left out (it answers at most PROJECTION_LIMIT, heaviest first). */
  projectionTruncated: boolean;
  /** The network graph and its view while the projection shows. */
  network: NetworkView | null;
  showProjection(settings: ProjectionSettings): Promise<void>;
  /** Back to the network graph and the view it had. */
  showNetwork(): void;
}

const keepIn = (graph: AtlasGraph, ids: readonly string[]) => ids.filter((id) => graph.hasNode(id));

function toNetworkView(s: ExplorerState): NetworkView {
  const { graph, subset, selected, alsoSelected, path, topology, history, filters } = s;
  return { graph, snapshot: { subset, selected, alsoSelected, path, topology }, history, statuses: filters.statuses };
}

export const createProjectionSlice: SliceCreator<ProjectionSlice> = (set, get) => ({
  projection: null,
  projectionTruncated: false,
  network: null,

  async showProjection(settings) {
    const answer = await track(set, "Projecting", () => fetchProjection(settings));
    if (!answer) return;
    const state = get();
    const network = state.network ?? toNetworkView(state);
    const graph = toProjectionGraph(answer, network.graph);
    runInitialLayout(graph);
    const { selected, alsoSelected } = get();
    const chosen = keepIn(graph, [...alsoSelected, ...(selected ? [selected] : [])]);
    set((s) => ({
      network,
      graph,
      graphVersion: s.graphVersion + 1,
      projection: settings,
      projectionTruncated: answer.truncated,
      // The projection's links are all SHARES: the relationship filters chose what counted.
      filters: { ...s.filters, relTypes: null, statuses: null },
      subset: null,
      path: null,
      selected: chosen.at(-1) ?? null,
      alsoSelected: chosen.slice(0, -1),
      hovered: null,
      commonNeighbours: null,
      history: emptyHistory(),
    }));
  },

  showNetwork() {
    const { network, projection } = get();
    if (!network || !projection) return;
    const { graph, snapshot, history, statuses } = network;
    set((s) => ({
      graph,
      graphVersion: s.graphVersion + 1,
      network: null,
      projection: null,
      projectionTruncated: false,
      filters: { ...s.filters, relTypes: projection.relationshipTypes, statuses },
      ...snapshot,
      hovered: null,
      history,
    }));
  },
});
