/**
 * The explorer store's shape, one interface per slice. The slices are combined into one zustand
 * store (../store.ts), so any action may read or change any slice's state.
 */
import type { StateCreator } from "zustand";
import type { GraphStatsDto, SourceDto, SubgraphDto } from "../../api/types.ts";
import type { AtlasGraph } from "../atlasGraph.ts";
import type { Filters } from "../filters.ts";
import type { History } from "../history.ts";
import type { Camera, LayoutMode, UrlState } from "../urlState.ts";
import type { Topology } from "../topology/topology.ts";
import type { AnalysisSlice } from "./analysis.ts";
import type { CommonNeighboursSlice } from "./commonNeighbours.ts";
import type { ProjectionSlice } from "./projection.ts";
import type { TopologySlice } from "./topology.ts";
import type { UpCloseSlice } from "./upClose.ts";

export interface PathResult {
  from: string;
  to: string;
  nodes: string[];
  edges: string[];
  /** The actors between from and to of the one path chosen in the path panel; absent: all shortest. */
  via?: string[];
}

/** What undo/redo restores: the exploration steps and every filter, not the camera or layout. */
export interface ViewSnapshot {
  filters: Filters;
  subset: string[] | null;
  selected: string | null;
  path: PathResult | null;
  topology: Topology;
  alsoSelected: string[];
}

/** The graph and its loading from the server. */
export interface GraphSlice {
  graph: AtlasGraph;
  /** Bumped whenever the graph's content changes, so views re-read it. */
  graphVersion: number;
  status: "loading" | "ready" | "error";
  error: string | null;
  sources: SourceDto[];
  load(initial: UrlState): Promise<void>;
}

/** Requests in flight and what went wrong with them. */
export interface RequestsSlice {
  /** Requests in flight, for spinners. */
  pending: string[];
  notice: string | null;
  dismissNotice(): void;
}

/** The exploration steps (subset, selection, path) and their undo/redo history. */
export interface ExplorationSlice {
  subset: ReadonlySet<string> | null;
  selected: string | null;
  path: PathResult | null;
  history: History<ViewSnapshot>;
  select(id: string | null): void;
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
}

/** The overview of a graph too large to draw whole, and its groups' pages. */
export interface OverviewSlice {
  /** Set when the graph was too large to draw whole and the explorer shows groups instead. */
  overview: GraphStatsDto | null;
  /** Overview mode: groups whose actors were loaded, with the number of pages, in order. */
  openedGroups: Array<[string, number]>;
  /** From the URL: overrides OVERVIEW_ABOVE, and is kept in the URL. */
  overviewAbove: number | null;
  /** Loads the next page of a group's actors (overview mode). */
  expandGroup(groupId: string): Promise<void>;
  /** Leaves the overview: fetches and draws every actor and collaboration. */
  drawAll(): Promise<void>;
}

/** How the graph is shown: filters, hover, layout and camera. Only a filter change is an undoable step. */
export interface ViewSlice {
  filters: Filters;
  hovered: string | null;
  layout: LayoutMode;
  layoutRunning: boolean;
  camera: Camera | null;
  hover(id: string | null): void;
  setFilters(change: Partial<Filters>): void;
  resetFilters(): void;
  setLayout(mode: LayoutMode): void;
  setLayoutRunning(running: boolean): void;
  setCamera(camera: Camera): void;
}

export type ExplorerState = GraphSlice &
  RequestsSlice &
  ExplorationSlice &
  OverviewSlice &
  ViewSlice &
  AnalysisSlice &
  TopologySlice &
  CommonNeighboursSlice &
  ProjectionSlice &
  UpCloseSlice;

/** A slice's creator: it sees (and may change) the whole store. */
export type SliceCreator<Slice> = StateCreator<ExplorerState, [], [], Slice>;
export type SetState = Parameters<SliceCreator<unknown>>[0];
export type GetState = Parameters<SliceCreator<unknown>>[1];
