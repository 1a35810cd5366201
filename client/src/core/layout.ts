/**
 * Force layout. A fixed number of synchronous ForceAtlas2 iterations from deterministic start
 * positions gives the same picture for the same data (so a shared URL's camera points at the
 * same place); the web-worker layout refines it on demand and stops itself once nodes barely
 * move.
 */
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import type { AtlasGraph } from "./atlasGraph.ts";

/** Above this many nodes the synchronous pass would block the page for too long. */
const SYNC_LIMIT = 3000;

/**
 * Barnes-Hut approximates repulsion to save work on large graphs, but its quadtree costs more than
 * it saves on small ones: the seed's 510 nodes lay out 1.4x faster with exact forces (300
 * iterations: 1.4 s against 2.0 s on the busy 2-core machine); at 2,000 nodes it wins 2-3x.
 */
const BARNES_HUT_ABOVE = 1000;

function settingsFor(graph: AtlasGraph) {
  return {
    ...forceAtlas2.inferSettings(graph),
    barnesHutOptimize: graph.order > BARNES_HUT_ABOVE,
    adjustSizes: false,
  };
}

/**
 * The synchronous pass takes bigger steps than the worker (slowDown 2 instead of 1 + ln(order),
 * 7.2 for the seed): 100 such iterations give the seed the picture 300 default ones gave, no more
 * edge crossings (1,013 against 1,070), in a third of the time (about 100 ms instead of 300 in
 * the browser). The worker keeps the default, gentler steps for refining on demand.
 */
const INITIAL_ITERATIONS = 100;
const INITIAL_SLOW_DOWN = 2;

export function runInitialLayout(graph: AtlasGraph, iterations = INITIAL_ITERATIONS): void {
  if (graph.order === 0 || graph.order > SYNC_LIMIT) return;
  forceAtlas2.assign(graph, { iterations, settings: { ...settingsFor(graph), slowDown: INITIAL_SLOW_DOWN } });
}

export interface LayoutController {
  start(): void;
  stop(): void;
  isRunning(): boolean;
  kill(): void;
}

/** Mean squared displacement per node below which the layout counts as converged. */
const CONVERGED = 0.01;

export function createLayoutController(graph: AtlasGraph, onChange: (running: boolean) => void): LayoutController {
  const worker = new FA2Layout(graph, { settings: settingsFor(graph) });
  let watcher: number | undefined;
  let last = new Map<string, [number, number]>();

  const stop = () => {
    if (watcher !== undefined) window.clearInterval(watcher);
    watcher = undefined;
    if (worker.isRunning()) worker.stop();
    onChange(false);
  };

  const measure = () => {
    let moved = 0;
    const next = new Map<string, [number, number]>();
    graph.forEachNode((node, a) => {
      const previous = last.get(node);
      if (previous) moved += (a.x - previous[0]) ** 2 + (a.y - previous[1]) ** 2;
      next.set(node, [a.x, a.y]);
    });
    const converged = last.size > 0 && moved / Math.max(graph.order, 1) < CONVERGED;
    last = next;
    if (converged) stop();
  };

  return {
    start() {
      if (worker.isRunning()) return;
      last = new Map();
      worker.start();
      watcher = window.setInterval(measure, 500);
      onChange(true);
    },
    stop,
    isRunning: () => worker.isRunning(),
    kill() {
      stop();
      worker.kill();
    },
  };
}
