/** Renders the graph with sigma (WebGL) and runs ForceAtlas2 in a web worker until it settles. */
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import { useEffect, useRef } from "react";
import Sigma from "sigma";
import type { AtlasGraph } from "../core/buildGraph.ts";

const LAYOUT_MS = 4000;

export function GraphView({ graph, onReady }: { graph: AtlasGraph; onReady?: (sigma: Sigma) => void }) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    const sigma = new Sigma(graph, container.current, {
      labelDensity: 0.08,
      labelGridCellSize: 80,
      labelRenderedSizeThreshold: 9,
      defaultEdgeType: "arrow",
      zIndex: true,
    });
    const layout = new FA2Layout(graph, {
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 500 },
    });
    layout.start();
    const stopTimer = window.setTimeout(() => layout.stop(), LAYOUT_MS);
    onReady?.(sigma);
    return () => {
      window.clearTimeout(stopTimer);
      layout.kill();
      sigma.kill();
    };
  }, [graph, onReady]);
  return <div ref={container} className="graph-view" data-testid="graph-view" />;
}
