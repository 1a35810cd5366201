/**
 * What sigma draws for each node and edge, as pure functions of its attributes and the view
 * state: filters hide, hover and selection fade what is not around the focus, a path stands out.
 * The graph's own attributes are never written (sigma's reducer pattern).
 */
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { AtlasGraph, EdgeAttributes, NodeAttributes } from "../../core/atlasGraph.ts";
import type { NodeStyle } from "../../core/analysis/appearance.ts";
import type { Visibility } from "../../core/filters.ts";
import type { PathResult } from "../../core/store/types.ts";

export interface ReducerState {
  selected: string | null;
  /** Actors selected with `selected` (shift- or ctrl-click). */
  alsoSelected?: readonly string[];
  hovered: string | null;
  path: PathResult | null;
  visibility: Visibility;
  /** The last console result's actors: labelled until the subset changes. */
  framed: ReadonlySet<string>;
  /** Sizes and colours chosen in the analysis controls; the graph's own where absent. */
  appearance?: ReadonlyMap<string, NodeStyle> | null;
  /** A view small enough to label every actor (LABEL_ALL_UP_TO). */
  labelAll?: boolean;
}

export const FADED_NODE = "#e6e6e6";
export const FADED_EDGE = "#f0f0f0";
export const FOCUS_EDGE = "#6f6f6f";
export const PATH_COLOUR = "#000000";

export function nodeReducer(
  graph: AtlasGraph,
  node: string,
  data: NodeAttributes,
  state: ReducerState,
): Partial<NodeDisplayData> {
  const { selected, hovered, path } = state;
  if (!state.visibility.nodes.has(node)) return { ...data, hidden: true };
  const focus = hovered ?? selected;
  const onPath = path?.nodes.includes(node) ?? false;
  const chosen = node === selected || (state.alsoSelected?.includes(node) ?? false);
  // Without a hover, the neighbours of every selected actor stay in view, not only the last's.
  const centres = hovered || !state.alsoSelected ? [focus] : [selected, ...state.alsoSelected];
  const near = centres.some((c) => c === node || (c !== null && graph.areNeighbors(node, c)));
  const result: Partial<NodeDisplayData> = { ...data, ...state.appearance?.get(node) };
  if (focus && !near && !onPath) {
    result.color = FADED_NODE;
    result.label = "";
    result.zIndex = 0;
  } else {
    result.zIndex = 1;
  }
  if (state.framed.has(node)) result.forceLabel = true;
  // The neighbours of the selection read at any size; in a small view every actor does.
  if (state.labelAll || (!hovered && focus && near)) result.forceLabel = true;
  if (chosen || node === hovered) {
    result.highlighted = true;
    result.forceLabel = true;
    result.zIndex = 2;
  }
  if (onPath) {
    result.forceLabel = true;
    result.highlighted = true;
    result.zIndex = 2;
  }
  return result;
}

export function edgeReducer(
  graph: AtlasGraph,
  edge: string,
  data: EdgeAttributes,
  state: ReducerState,
): Partial<EdgeDisplayData> {
  if (!state.visibility.edges.has(edge)) return { ...data, hidden: true };
  const { selected, hovered, path } = state;
  const result: Partial<EdgeDisplayData> = { ...data };
  if (path?.edges.includes(edge)) {
    result.color = PATH_COLOUR;
    result.size = 3;
    result.zIndex = 2;
    return result;
  }
  const focus = hovered ?? selected;
  if (focus) {
    const ends = [graph.source(edge), graph.target(edge)];
    // Without a hover, the relationships of every selected actor stand out, not only the last's.
    const touches = ends.includes(focus) || (!hovered && ends.some((end) => state.alsoSelected?.includes(end)));
    result.color = touches ? FOCUS_EDGE : FADED_EDGE;
    result.size = touches ? 1.5 : 0.5;
    result.zIndex = touches ? 1 : 0;
  }
  return result;
}
