/**
 * The explorer's state and the actions that change it, one zustand store made of slices (see
 * store/): the graph and its loading, requests in flight, the exploration steps with their
 * history, the overview's pages, how the graph is shown, and its analysis. Components read it with
 * useExplorer() and change it only through these actions; sigma reads it in its reducers.
 */
import { create } from "zustand";
import { createAnalysisSlice } from "./store/analysis.ts";
import { createCommonNeighboursSlice } from "./store/commonNeighbours.ts";
import { createExplorationSlice } from "./store/exploration.ts";
import { createGraphSlice } from "./store/graphLoading.ts";
import { createOverviewSlice } from "./store/overviewPaging.ts";
import { createProjectionSlice } from "./store/projection.ts";
import { createRequestsSlice } from "./store/requests.ts";
import { createTopologySlice } from "./store/topology.ts";
import type { ExplorerState } from "./store/types.ts";
import { createUpCloseSlice } from "./store/upClose.ts";
import { createViewSlice } from "./store/view.ts";

export const useExplorer = create<ExplorerState>()((...a) => ({
  ...createGraphSlice(...a),
  ...createRequestsSlice(...a),
  ...createExplorationSlice(...a),
  ...createOverviewSlice(...a),
  ...createViewSlice(...a),
  ...createAnalysisSlice(...a),
  ...createTopologySlice(...a),
  ...createCommonNeighboursSlice(...a),
  ...createProjectionSlice(...a),
  ...createUpCloseSlice(...a),
}));
