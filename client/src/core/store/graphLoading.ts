/**
 * The graph and its loading: the whole graph, or its overview when it is too large to draw,
 * then what a shared URL asks for (groups' pages, the selected actor, a path).
 */
import { takeExplorerStart } from "../../api/explorerStart.ts";
import { fetchNeighbourhood, fetchOverview } from "../../api/graphQueries.ts";
import { createAtlasGraph, mergeSubgraph } from "../atlasGraph.ts";
import { emptyHistory } from "../history.ts";
import { runInitialLayout } from "../layout.ts";
import { mergeOverview } from "../overviewGroups.ts";
import { OVERVIEW_ABOVE } from "../overviewThreshold.ts";
import { NO_TOPOLOGY } from "../topology/topology.ts";
import { pathBetween } from "./exploration.ts";
import { loadGroupPage } from "./overviewPaging.ts";
import type { GraphSlice, SliceCreator } from "./types.ts";

export const createGraphSlice: SliceCreator<GraphSlice> = (set, get) => {
  let loads = 0;
  return {
    graph: createAtlasGraph(),
    graphVersion: 0,
    status: "loading",
    error: null,
    sources: [],

    async load(initial) {
      // A newer load (Retry, React's development double effect) makes this one stop.
      const ticket = ++loads;
      const current = () => ticket === loads;
      // The network graph is the one loaded into; a projection is asked for again once it is in.
      get().showNetwork();
      // The path, notice and hover belong to the graph about to be cleared; the URL's path, if
      // any, is found again once the new graph is in.
      set({
        status: "loading",
        error: null,
        notice: null,
        path: null,
        hovered: null,
        openedGroups: [],
        overviewAbove: initial.overviewAbove,
      });
      try {
        // One request for a small graph; above the threshold the server leaves the actors out.
        const { stats, graph: whole, sources } = await takeExplorerStart(initial.overviewAbove ?? OVERVIEW_ABOVE);
        const overview = whole ? null : stats;
        const grouped = whole ? null : await fetchOverview();
        if (!current()) return;
        const { graph } = get();
        graph.clear();
        if (grouped) mergeOverview(graph, grouped);
        else if (whole) mergeSubgraph(graph, whole);
        runInitialLayout(graph);
        if (overview) {
          // A shared overview view: the same groups' pages again, then the selected actor.
          for (const [groupId, pages] of initial.groups ?? [])
            for (let page = 0; page < pages && current(); page++) if (!(await loadGroupPage(set, get, groupId))) break;
          if (current() && initial.selected && !graph.hasNode(initial.selected)) {
            const around = await fetchNeighbourhood(initial.selected, 1);
            if (around && current()) mergeSubgraph(graph, around);
          }
        }
        if (!current()) return;
        set((s) => ({
          status: "ready",
          overview,
          sources,
          graphVersion: s.graphVersion + 1,
          // Steps taken on the previous graph do not apply to this one.
          history: emptyHistory(),
          filters: initial.filters,
          subset: initial.subset ? new Set(initial.subset.filter((id) => graph.hasNode(id))) : null,
          selected: initial.selected && graph.hasNode(initial.selected) ? initial.selected : null,
          alsoSelected: (initial.alsoSelected ?? []).filter((id) => graph.hasNode(id) && id !== initial.selected),
          topology: initial.topology ?? NO_TOPOLOGY,
          layout: initial.layout,
          camera: initial.camera,
        }));
        if (initial.path) {
          const path = await pathBetween(set, get, initial.path[0], initial.path[1]);
          // A chosen path's relationships are resolved by the path panel's answer (core/path/).
          if (path && current()) set({ path: initial.pathVia ? { ...path, via: initial.pathVia } : path });
        }
        if (initial.projection && current()) await get().showProjection(initial.projection);
      } catch (error) {
        if (current()) set({ status: "error", error: (error as Error).message });
      }
    },
  };
};
