/**
 * Side-by-side renderer benchmark (bench/rendererBench.ts drives it): the same generated graph
 * (?nodes=, ?edges=, same seed and positions) drawn by sigma 3 (our explorer's renderer, WebGL),
 * sigma 4 (WebGL2, ./sigma4.ts) or vis-network (the renderer behind neovis.js, canvas 2D), chosen
 * by ?renderer= (sigma, sigma4, vis-network). With
 * ?hideOnMove=1 both hide edges while the view moves (sigma's hideEdgesOnMove, as the explorer
 * does on large graphs; vis-network's hideEdgesOnDrag/Zoom). The page reports its first frame in
 * window.__ready and counts frames in window.__frames; the driver drags the view with the mouse.
 */
import Sigma from "sigma";
import { EdgeLineProgram } from "sigma/rendering";
import { DataSet, Network } from "vis-network/standalone";
import { benchGraph, nextFrame } from "./benchGraph.ts";
import { drawWithSigma4 } from "./sigma4.ts";

export interface RendererReady {
  nodes: number;
  edges: number;
  firstFrameMs: number;
}

declare global {
  interface Window {
    __ready?: RendererReady | { error: string };
    __frames?: number;
  }
}

window.__frames = 0;
const countFrame = () => (window.__frames = (window.__frames ?? 0) + 1);

async function drawWithSigma(order: number, size: number, hideOnMove: boolean): Promise<RendererReady> {
  const graph = benchGraph(order, size);
  const started = performance.now();
  const sigma = new Sigma(graph, document.getElementById("graph")!, {
    labelDensity: 0.02,
    labelRenderedSizeThreshold: 12,
    hideEdgesOnMove: hideOnMove,
    hideLabelsOnMove: hideOnMove,
    // As the explorer draws graphs of over 5,000 edges: plain lines, no arrowheads.
    defaultEdgeType: "line",
    edgeProgramClasses: { line: EdgeLineProgram },
  });
  await nextFrame();
  sigma.on("afterRender", countFrame);
  return { nodes: graph.order, edges: graph.size, firstFrameMs: performance.now() - started };
}

async function drawWithVis(order: number, size: number, hideOnMove: boolean): Promise<RendererReady> {
  const graph = benchGraph(order, size);
  // The same positions, sizes, colours and labels; physics off, as neovis users do for large graphs.
  const nodes = new DataSet(
    graph.mapNodes((id, a) => ({
      id,
      x: a.x as number,
      y: a.y as number,
      size: a.size as number,
      color: a.color as string,
      label: a.label as string,
      shape: "dot",
    })),
  );
  const edges = new DataSet(graph.mapEdges((id, _a, source, target) => ({ id, from: source, to: target })));
  const started = performance.now();
  let first: () => void = () => undefined;
  const drawn = new Promise<void>((resolve) => (first = resolve));
  const network = new Network(
    document.getElementById("graph")!,
    { nodes, edges },
    {
      physics: false,
      layout: { improvedLayout: false },
      edges: { smooth: false, color: "#c4c4c4", width: 1 },
      interaction: { hideEdgesOnDrag: hideOnMove, hideEdgesOnZoom: hideOnMove },
    },
  );
  network.once("afterDrawing", () => first());
  await drawn;
  await nextFrame();
  network.on("afterDrawing", countFrame);
  return { nodes: graph.order, edges: graph.size, firstFrameMs: performance.now() - started };
}

const params = new URLSearchParams(window.location.search);
const order = Number(params.get("nodes") ?? 10_000);
const size = Number(params.get("edges") ?? 50_000);
const hideOnMove = params.get("hideOnMove") === "1";
const renderers: Record<string, (order: number, size: number, hideOnMove: boolean) => Promise<RendererReady>> = {
  sigma: drawWithSigma,
  sigma4: (o, s, h) => drawWithSigma4(o, s, h, countFrame),
  "vis-network": drawWithVis,
};
const name = params.get("renderer") ?? "sigma";
Promise.resolve()
  .then(() => {
    const draw = renderers[name];
    if (!draw) throw new Error(`bench-renderers: unknown renderer "${name}"`);
    return draw(order, size, hideOnMove);
  })
  .then((result) => (window.__ready = result))
  .catch((error: Error) => (window.__ready = { error: error.message }));
