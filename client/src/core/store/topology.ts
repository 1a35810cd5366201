/**
 * Topological filters (ego network, k-core, largest component, isolates: ../topology/) and the
 * selection of several actors that the ego network and common neighbours start from. Each change
 * of a topological filter is one undo step; `selected` stays the actor last chosen (the details
 * panel's), the others chosen with it are kept apart.
 */
import { NO_TOPOLOGY, type Topology } from "../topology/topology.ts";
import { step } from "./exploration.ts";
import type { ExplorerState, SliceCreator } from "./types.ts";

export interface TopologySlice {
  topology: Topology;
  /** Actors selected with `selected` (shift- or ctrl-click), in the order chosen. */
  alsoSelected: string[];
  setTopology(change: Partial<Topology>): void;
  /** Adds an actor to the selection, or takes it out when it is in. */
  toggleSelected(id: string): void;
}

/** Every selected actor, the last chosen last. */
export const getSelection = (s: Pick<ExplorerState, "selected" | "alsoSelected">): string[] =>
  s.selected ? [...s.alsoSelected, s.selected] : [...s.alsoSelected];

export const createTopologySlice: SliceCreator<TopologySlice> = (set, get) => ({
  topology: NO_TOPOLOGY,
  alsoSelected: [],
  setTopology: (change) => step(set, { topology: { ...get().topology, ...change } }),
  toggleSelected(id) {
    const selection = getSelection(get());
    const chosen = selection.includes(id) ? selection.filter((s) => s !== id) : [...selection, id];
    set({ selected: chosen.at(-1) ?? null, alsoSelected: chosen.slice(0, -1) });
  },
});
