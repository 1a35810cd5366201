/**
 * The explorer's state and the actions that change it. Components read it with useExplorer()
 * and change it only through these actions; sigma reads it in its reducers.
 */
import { create } from "zustand";
import {
  fetchGraphStats,
  fetchGroupMembers,
  fetchNeighbourhood,
  fetchOverview,
  fetchShortestPath,
  fetchSources,
  fetchWholeGraph,
  type GraphStatsDto,
  type OverviewDto,
  type SourceDto,
  type SubgraphDto,
} from "../api/queries.ts";
import { createAtlasGraph, mergeOverview, mergeSubgraph, placeGroupMembers, type AtlasGraph } from "./atlasGraph.ts";
import { NO_FILTERS, type Filters } from "./filters.ts";
import { emptyHistory, recordStep, redoStep, undoStep, type History } from "./history.ts";
import { runInitialLayout } from "./layout.ts";
import { DEFAULT_URL_STATE, type Camera, type LayoutMode, type UrlState } from "./urlState.ts";

export interface PathResult {
  from: string;
  to: string;
  nodes: string[];
  edges: string[];
}

/** What undo/redo restores: the exploration steps, not filters or camera. */
export interface ViewSnapshot {
  subset: string[] | null;
  selected: string | null;
  path: PathResult | null;
}

export interface ExplorerState {
  graph: AtlasGraph;
  /** Bumped whenever the graph's content changes, so views re-read it. */
  graphVersion: number;
  status: "loading" | "ready" | "error";
  error: string | null;
  /** Requests in flight, for spinners. */
  pending: string[];
  notice: string | null;
  sources: SourceDto[];
  filters: Filters;
  subset: ReadonlySet<string> | null;
  selected: string | null;
  hovered: string | null;
  path: PathResult | null;
  layout: LayoutMode;
  layoutRunning: boolean;
  camera: Camera | null;
  history: History<ViewSnapshot>;
  /** Set when the graph was too large to draw whole and the explorer shows groups instead. */
  overview: GraphStatsDto | null;
  /** Overview mode: groups whose actors were loaded, with the number of pages, in order. */
  openedGroups: Array<[string, number]>;
  /** From the URL: overrides OVERVIEW_ABOVE, and is kept in the URL. */
  overviewAbove: number | null;

  load(initial: UrlState): Promise<void>;
  /** Loads the next page of a group's actors (overview mode). */
  expandGroup(groupId: string): Promise<void>;
  /** Leaves the overview: fetches and draws every actor and collaboration. */
  drawAll(): Promise<void>;
  select(id: string | null): void;
  hover(id: string | null): void;
  setFilters(change: Partial<Filters>): void;
  resetFilters(): void;
  expand(id: string, depth: 1 | 2): Promise<void>;
  remove(id: string): void;
  focus(id: string): void;
  showAll(): void;
  findPath(from: string, to: string): Promise<void>;
  clearPath(): void;
  /** Shows a console result in the explorer: merges it into the graph, then focuses on it. */
  showSubgraph(subgraph: SubgraphDto, origin: string): number;
  undo(): void;
  redo(): void;
  setLayout(mode: LayoutMode): void;
  setLayoutRunning(running: boolean): void;
  setCamera(camera: Camera): void;
  dismissNotice(): void;
}

/**
 * Above this many actors the explorer starts from the overview (groups by type and country):
 * fetching and drawing 10,000 actors with 50,000 collaborations whole takes about 10 s here
 * (BENCHMARKS.md, scale), the overview under a second. "Draw all" remains, up to DRAW_ALL_MAX.
 */
export const OVERVIEW_ABOVE = 5_000;
export const DRAW_ALL_MAX = 50_000;

/** Actors loaded per click on a group: enough to see its structure, few enough to draw at once. */
export const GROUP_PAGE = 500;

const snapshotOf = (state: ExplorerState): ViewSnapshot => ({
  subset: state.subset ? [...state.subset].sort() : null,
  selected: state.selected,
  path: state.path,
});

const restore = (snapshot: ViewSnapshot) => ({
  subset: snapshot.subset ? new Set(snapshot.subset) : null,
  selected: snapshot.selected,
  path: snapshot.path,
});

export const useExplorer = create<ExplorerState>((set, get) => {
  let loads = 0;

  /** Runs a request with its label in `pending`, turning failures into a notice. */
  async function track<T>(label: string, run: () => Promise<T>): Promise<T | undefined> {
    set((s) => ({ pending: [...s.pending, label] }));
    try {
      return await run();
    } catch (error) {
      set({ notice: `${label} failed: ${(error as Error).message}` });
      return undefined;
    } finally {
      set((s) => ({ pending: s.pending.filter((p, i) => i !== s.pending.indexOf(label) || p !== label) }));
    }
  }

  function mergeAndPlace(subgraph: SubgraphDto): string[] {
    const { graph } = get();
    const added = mergeSubgraph(graph, subgraph);
    set((s) => ({ graphVersion: s.graphVersion + 1 }));
    return added;
  }

  /** Fetches a group's next page of actors into the graph; returns the new actors' ids. */
  async function loadGroupPage(groupId: string): Promise<string[] | undefined> {
    const { graph } = get();
    const group = graph.hasNode(groupId) ? graph.getNodeAttribute(groupId, "group") : undefined;
    if (!group) return undefined;
    const loaded = graph.filterNodes((_, a) => !a.group);
    const page = await track(`Loading ${group.type} · ${group.country ?? "no country"}`, () =>
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

  function step(change: Partial<ExplorerState>) {
    set((s) => ({ history: recordStep(s.history, snapshotOf(s)), ...change }));
  }

  async function pathBetween(from: string, to: string): Promise<PathResult | null> {
    const subgraph = await track("Shortest path", () => fetchShortestPath(from, to));
    if (subgraph === undefined) return null;
    if (subgraph === null) {
      set({ notice: "Shortest path: one of the two actors does not exist" });
      return null;
    }
    mergeAndPlace(subgraph);
    if (subgraph.edges.length === 0 && from !== to)
      set({ notice: "No chain of collaborations joins these two actors" });
    return { from, to, nodes: subgraph.nodes.map((n) => n.id), edges: subgraph.edges.map((e) => e.id) };
  }

  return {
    graph: createAtlasGraph(),
    graphVersion: 0,
    status: "loading",
    error: null,
    pending: [],
    notice: null,
    sources: [],
    filters: NO_FILTERS,
    subset: null,
    selected: null,
    hovered: null,
    path: null,
    layout: "force",
    layoutRunning: false,
    camera: null,
    history: emptyHistory(),
    overview: null,
    openedGroups: [],
    overviewAbove: null,

    async load(initial) {
      // A newer load (Retry, React's development double effect) makes this one stop.
      const ticket = ++loads;
      const current = () => ticket === loads;
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
        const [stats, sources] = await Promise.all([fetchGraphStats(), fetchSources()]);
        const overview = stats.actors > (initial.overviewAbove ?? OVERVIEW_ABOVE) ? stats : null;
        const content = overview ? await fetchOverview() : await fetchWholeGraph();
        if (!current()) return;
        const { graph } = get();
        graph.clear();
        if (overview) mergeOverview(graph, content as OverviewDto);
        else mergeSubgraph(graph, content as SubgraphDto);
        runInitialLayout(graph);
        if (overview) {
          // A shared overview view: the same groups' pages again, then the selected actor.
          for (const [groupId, pages] of initial.groups ?? [])
            for (let page = 0; page < pages && current(); page++) if (!(await loadGroupPage(groupId))) break;
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
          layout: initial.layout,
          camera: initial.camera,
        }));
        if (initial.path) {
          const path = await pathBetween(initial.path[0], initial.path[1]);
          if (path && current()) set({ path });
        }
      } catch (error) {
        if (current()) set({ status: "error", error: (error as Error).message });
      }
    },

    select: (id) => set({ selected: id }),
    hover: (id) => set({ hovered: id }),
    setFilters: (change) => set((s) => ({ filters: { ...s.filters, ...change } })),
    resetFilters: () => set({ filters: NO_FILTERS }),

    async expand(id, depth) {
      const subgraph = await track(`Expanding ${depth === 1 ? "neighbours" : "two steps"}`, () =>
        fetchNeighbourhood(id, depth),
      );
      if (!subgraph) return;
      mergeAndPlace(subgraph);
      const { subset } = get();
      step({ subset: subset ? new Set([...subset, ...subgraph.nodes.map((n) => n.id)]) : null, selected: id });
    },

    // The same load with a threshold above the graph's size, so the URL keeps it too.
    drawAll: () =>
      get().load({ ...DEFAULT_URL_STATE, filters: get().filters, layout: get().layout, overviewAbove: DRAW_ALL_MAX }),

    async expandGroup(groupId) {
      const added = await loadGroupPage(groupId);
      if (!added) return;
      const { graph, subset, selected } = get();
      step({
        subset: subset ? new Set([...subset, ...added]) : null,
        // A group goes after its last page; only a selection of the group itself goes with it.
        selected: selected === groupId && !graph.hasNode(groupId) ? null : selected,
      });
    },

    remove(id) {
      const { subset, graph, selected } = get();
      const current = subset ?? new Set(graph.nodes());
      step({ subset: new Set([...current].filter((n) => n !== id)), selected: selected === id ? null : selected });
    },

    focus(id) {
      const { graph } = get();
      if (!graph.hasNode(id)) return;
      step({ subset: new Set([id, ...graph.neighbors(id)]), selected: id });
    },

    showAll: () => step({ subset: null }),

    async findPath(from, to) {
      const path = await pathBetween(from, to);
      if (!path) return;
      const { subset } = get();
      step({ path, subset: subset ? new Set([...subset, ...path.nodes]) : null });
    },

    clearPath: () => step({ path: null }),

    showSubgraph(subgraph, origin) {
      mergeAndPlace(subgraph);
      const { graph } = get();
      const ids = subgraph.nodes.map((n) => n.id).filter((id) => graph.hasNode(id));
      if (ids.length === 0) {
        set({ notice: `${origin}: the result holds no actors to show` });
        return 0;
      }
      step({ subset: new Set(ids), path: null, selected: null });
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

    setLayout: (mode) => set({ layout: mode }),
    setLayoutRunning: (running) => set({ layoutRunning: running }),
    setCamera: (camera) => set({ camera }),
    dismissNotice: () => set({ notice: null }),
  };
});
