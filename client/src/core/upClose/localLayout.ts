/**
 * The layout of a subset on its own: ForceAtlas2 on the subset's actors only, then an
 * overlap-removal pass, both from start positions derived from the ids. Nothing random and
 * nothing read from where the nodes are now, so the same subset and pins give the same picture
 * (a shared URL holds both and reproduces the view).
 */
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import { getInitialPosition, type AtlasGraph } from "../atlasGraph.ts";
import type { Positions } from "../geoLayout.ts";
import { assignLabelRoom } from "./labelRoom.ts";

/** Actors the person placed by hand, in graph coordinates: the layout moves the others around them. */
export type Pins = Readonly<Record<string, { x: number; y: number }>>;

/** Views of up to this many actors label every one; larger ones leave it to sigma's label grid. */
export const LABEL_ALL_UP_TO = 50;

/** Enough for a few hundred actors to settle; a fixed count keeps the result reproducible. */
const FA2_ITERATIONS = 300;
/** Barnes-Hut's quadtree pays off only on large subsets (see ../layout.ts). */
const BARNES_HUT_ABOVE = 1000;
const NOVERLAP_ITERATIONS = 200;
/**
 * Overlaps are removed at about screen scale: the layout is scaled so its larger side spans this
 * many units, which the camera's frame then shows as roughly as many pixels, so node sizes (in
 * pixels) compare with distances.
 */
const SCREEN_SPAN = 500;
/** Room around each node, in pixels. */
const NODE_ROOM = 14;
/** About how wide a character of a label is, in pixels (sigma's 14 px system-ui). */
const LABEL_CHAR_PX = 7.5;

interface LocalAttributes {
  x: number;
  y: number;
  size: number;
  fixed: boolean;
  label: string;
}

/** Positions for the subset's actors (those the graph holds); pinned actors keep their pins. */
export function getLocalLayout(graph: AtlasGraph, ids: Iterable<string>, pins: Pins): Positions {
  const sorted = [...new Set(ids)].filter((id) => graph.hasNode(id)).sort();
  const local = new Graph<LocalAttributes>({ type: "undirected", multi: false, allowSelfLoops: false });
  sorted.forEach((id, index) => {
    const start = pins[id] ?? getInitialPosition(id, index, sorted.length);
    const { size, label } = graph.getNodeAttributes(id);
    local.addNode(id, { ...start, size, label, fixed: id in pins });
  });
  // Parallel and reciprocal relationships count once: the layout is about who is tied to whom.
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source !== target && local.hasNode(source) && local.hasNode(target)) local.mergeEdge(source, target);
  });
  if (local.order > 1) {
    forceAtlas2.assign(local, {
      iterations: FA2_ITERATIONS,
      settings: { ...forceAtlas2.inferSettings(local), barnesHutOptimize: local.order > BARNES_HUT_ABOVE },
    });
    removeOverlaps(local);
  }
  const positions: Positions = {};
  local.forEachNode((id, a) => (positions[id] = pins[id] ? { ...pins[id] } : { x: a.x, y: a.y }));
  return positions;
}

/**
 * Noverlap at screen scale (see SCREEN_SPAN), then, in a view that labels every actor, room for
 * the labels (labelRoom.ts); then back to the layout's own scale.
 */
function removeOverlaps(local: Graph<LocalAttributes>): void {
  const xs: number[] = [];
  const ys: number[] = [];
  local.forEachNode((_id, a) => (xs.push(a.x), ys.push(a.y)));
  const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)) || 1;
  const scale = SCREEN_SPAN / span;
  noverlap.assign(local, {
    maxIterations: NOVERLAP_ITERATIONS,
    settings: { margin: NODE_ROOM, ratio: 1, expansion: 1.1 },
    inputReducer: (_id, a) => ({ x: a.x * scale, y: a.y * scale, size: a.size ?? 1 }),
    outputReducer: (_id, a) => ({ x: a.x / scale, y: a.y / scale }),
  });
  if (local.order > LABEL_ALL_UP_TO) return;
  const boxes = local.mapNodes((id, a) => ({
    id,
    x: a.x * scale,
    y: a.y * scale,
    size: a.size,
    width: a.label.length * LABEL_CHAR_PX,
    fixed: a.fixed,
  }));
  assignLabelRoom(boxes);
  for (const box of boxes) local.setNodeAttribute(box.id, "y", box.y / scale);
}
