/**
 * The overview of a graph too large to draw whole: groups of actors by type and country, whose
 * actors load page by page, and "Draw all" to leave it.
 */
import { fetchGroupMembers } from "../../api/graphQueries.ts";
import { mergeSubgraph } from "../atlasGraph.ts";
import { placeGroupMembers } from "../overviewGroups.ts";
import { DEFAULT_URL_STATE } from "../urlState.ts";
import { step } from "./exploration.ts";
import { track } from "./requests.ts";
import type { GetState, OverviewSlice, SetState, SliceCreator } from "./types.ts";

/** "Draw all" leaves the overview (core/overviewThreshold.ts) for graphs up to this many actors. */
export const DRAW_ALL_MAX = 50_000;

/** Actors loaded per click on a group: enough to see its structure, few enough to draw at once. */
export const GROUP_PAGE = 500;

/** Fetches a group's next page of actors into the graph; returns the new actors' ids. */
export async function loadGroupPage(set: SetState, get: GetState, groupId: string): Promise<string[] | undefined> {
  const { graph } = get();
  const group = graph.hasNode(groupId) ? graph.getNodeAttribute(groupId, "group") : undefined;
  if (!group) return undefined;
  const loaded = graph.filterNodes((_, a) => !a.group);
  const page = await track(set, `Loading ${group.type} · ${group.country ?? "no country"}`, () =>
    fetchGroupMembers(group, loaded, group.shown, GROUP_PAGE),
  );
  if (!page) return undefined;
  const added = mergeSubgraph(graph, page);
  placeGroupMembers(graph, groupId, added, page.nodes.length, page.truncated === true);
  set((s) => {
    const pages = s.openedGroups.find(([id]) => id === groupId)?.[1] ?? 0;
    return {
      graphVersion: s.graphVersion + 1,
      openedGroups: [...s.openedGroups.filter(([id]) => id !== groupId), [groupId, pages + 1]],
    };
  });
  return added;
}

export const createOverviewSlice: SliceCreator<OverviewSlice> = (set, get) => ({
  overview: null,
  openedGroups: [],
  overviewAbove: null,

  async expandGroup(groupId) {
    const added = await loadGroupPage(set, get, groupId);
    if (!added) return;
    const { graph, subset, selected } = get();
    step(set, {
      subset: subset ? new Set([...subset, ...added]) : null,
      // A group goes after its last page; only a selection of the group itself goes with it.
      selected: selected === groupId && !graph.hasNode(groupId) ? null : selected,
    });
  },

  // The same load with a threshold above the graph's size, so the URL keeps it too.
  drawAll: () =>
    get().load({ ...DEFAULT_URL_STATE, filters: get().filters, layout: get().layout, overviewAbove: DRAW_ALL_MAX }),
});
