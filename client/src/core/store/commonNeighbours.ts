/**
 * "Common neighbours" of the selected actors (Eurocities and IASH: the cities in both): the
 * server's answer with its evidence, drawn as one exploration step (the selected actors and their
 * common neighbours), so undo goes back to the view the question was asked from.
 */
import { fetchCommonNeighbours, type CommonNeighboursDto } from "../../api/analysisQueries.ts";
import { mergeAndPlace, step } from "./exploration.ts";
import { track } from "./requests.ts";
import { getSelection } from "./topology.ts";
import type { SliceCreator } from "./types.ts";

export interface CommonNeighboursAnswer {
  /** The actors asked about, in the order selected. */
  of: string[];
  /** The relationship types that counted (the filter's at the time); null: all. */
  relationshipTypes: string[] | null;
  found: CommonNeighboursDto;
}

export interface CommonNeighboursSlice {
  commonNeighbours: CommonNeighboursAnswer | null;
  /** Asks for the common neighbours of every selected actor and shows them. */
  findCommonNeighbours(): Promise<void>;
  closeCommonNeighbours(): void;
}

/** The server's bounds on how many actors one question may name. */
export const COMMON_NEIGHBOURS_MIN = 2;
export const COMMON_NEIGHBOURS_MAX = 10;

export const createCommonNeighboursSlice: SliceCreator<CommonNeighboursSlice> = (set, get) => ({
  commonNeighbours: null,

  async findCommonNeighbours() {
    const of = getSelection(get());
    if (of.length < COMMON_NEIGHBOURS_MIN || of.length > COMMON_NEIGHBOURS_MAX) {
      set({ notice: `Common neighbours: select ${COMMON_NEIGHBOURS_MIN} to ${COMMON_NEIGHBOURS_MAX} actors` });
      return;
    }
    const relationshipTypes = get().filters.relTypes;
    const found = await track(set, "Finding common neighbours", () => fetchCommonNeighbours(of, relationshipTypes));
    if (!found) return;
    mergeAndPlace(set, get, {
      nodes: found.actors.map((a) => a.actor),
      edges: found.actors.flatMap((a) => a.ties.map((t) => t.relationship)),
    });
    const { graph } = get();
    const shown = [...of, ...found.actors.map((a) => a.actor.id)].filter((id) => graph.hasNode(id));
    set({ commonNeighbours: { of, relationshipTypes, found } });
    step(set, { subset: new Set(shown), path: null });
  },

  closeCommonNeighbours: () => set({ commonNeighbours: null }),
});
