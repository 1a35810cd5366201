/**
 * The exploration steps — which actors are shown (the subset), the selection and a shortest
 * path — and their undo/redo history. Each action that changes a step records the one before.
 */
import { fetchNeighbourhood, fetchShortestPath } from "../../api/graphQueries.ts";
import type { SubgraphDto } from "../../api/types.ts";
import { mergeSubgraph } from "../atlasGraph.ts";
import { emptyHistory, isSameSnapshot, recordStep, redoStep, undoStep } from "../history.ts";
import { track } from "./requests.ts";
import type {
  ExplorationSlice,
  ExplorerState,
  GetState,
  PathResult,
  SetState,
  SliceCreator,
  ViewSnapshot,
} from "./types.ts";

export const snapshotOf = (state: ExplorerState): ViewSnapshot => ({
  filters: state.filters,
  subset: state.subset ? [...state.subset].sort() : null,
  selected: state.selected,
  path: state.path,
  topology: state.topology,
  alsoSelected: state.alsoSelected,
});

const restore = (snapshot: ViewSnapshot) => ({
  filters: snapshot.filters,
  subset: snapshot.subset ? new Set(snapshot.subset) : null,
  selected: snapshot.selected,
  path: snapshot.path,
  topology: snapshot.topology,
  alsoSelected: snapshot.alsoSelected,
});

/**
 * Merges a subgraph into the graph and tells the views; returns the new actors' ids. Actors and
 * relationships belong to the network: from the projection view, this goes back to it first.
 */
export function mergeAndPlace(set: SetState, get: GetState, subgraph: SubgraphDto): string[] {
  get().showNetwork();
  const added = mergeSubgraph(get().graph, subgraph);
  set((s) => ({ graphVersion: s.graphVersion + 1 }));
  return added;
}

/**
 * Applies a change as a new step, recording the current one for undo; a change that leaves the
 * view as it was (expanding on the whole graph, a filter set to what it is) records nothing.
 */
export function step(set: SetState, change: Partial<ExplorerState>): void {
  set((s) => {
    const before = snapshotOf(s);
    const unchanged = isSameSnapshot(before, snapshotOf({ ...s, ...change }));
    return unchanged ? change : { history: recordStep(s.history, before), ...change };
  });
}

/** Fetches the shortest path into the graph; null (with a notice) when there is none to show. */
export async function pathBetween(set: SetState, get: GetState, from: string, to: string): Promise<PathResult | null> {
  const subgraph = await track(set, "Shortest path", () => fetchShortestPath(from, to));
  if (subgraph === undefined) return null;
  if (subgraph === null) {
    set({ notice: "Shortest path: one of the two actors does not exist" });
    return null;
  }
  mergeAndPlace(set, get, subgraph);
  if (subgraph.edges.length === 0 && from !== to) set({ notice: "No chain of collaborations joins these two actors" });
  return { from, to, nodes: subgraph.nodes.map((n) => n.id), edges: subgraph.edges.map((e) => e.id) };
}

export const createExplorationSlice: SliceCreator<ExplorationSlice> = (set, get) => ({
  subset: null,
  selected: null,
  path: null,
  history: emptyHistory(),

  select: (id) => set({ selected: id, alsoSelected: [] }),

  async expand(id, depth) {
    const subgraph = await track(set, `Expanding ${depth === 1 ? "neighbours" : "two steps"}`, () =>
      fetchNeighbourhood(id, depth),
    );
    if (!subgraph) return;
    mergeAndPlace(set, get, subgraph);
    const { subset } = get();
    if (subset)
      get().noteExpansion(
        id,
        subgraph.nodes.map((n) => n.id).filter((n) => !subset.has(n)),
      );
    step(set, { subset: subset ? new Set([...subset, ...subgraph.nodes.map((n) => n.id)]) : null, selected: id });
  },

  remove(id) {
    const { subset, graph, selected } = get();
    const current = subset ?? new Set(graph.nodes());
    step(set, { subset: new Set([...current].filter((n) => n !== id)), selected: selected === id ? null : selected });
  },

  focus(id) {
    const { graph } = get();
    if (!graph.hasNode(id)) return;
    step(set, { subset: new Set([id, ...graph.neighbors(id)]), selected: id });
  },

  showAll: () => step(set, { subset: null }),

  async findPath(from, to) {
    const path = await pathBetween(set, get, from, to);
    if (!path) return;
    const { subset } = get();
    step(set, { path, subset: subset ? new Set([...subset, ...path.nodes]) : null });
  },

  clearPath: () => step(set, { path: null }),

  showSubgraph(subgraph, origin) {
    mergeAndPlace(set, get, subgraph);
    const { graph } = get();
    const ids = subgraph.nodes.map((n) => n.id).filter((id) => graph.hasNode(id));
    if (ids.length === 0) {
      set({ notice: `${origin}: the result holds no actors to show` });
      return 0;
    }
    step(set, { subset: new Set(ids), path: null, selected: null });
    return ids.length;
  },

  undo() {
    const result = undoStep(get().history, snapshotOf(get()));
    if (result) set({ history: result.history, ...restore(result.state) });
  },

  redo() {
    const result = redoStep(get().history, snapshotOf(get()));
    if (result) set({ history: result.history, ...restore(result.state) });
  },
});
