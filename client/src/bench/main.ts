/**
 * Renderer benchmark page (bench/explorerBench.ts drives it in headless Chromium): generates a
 * clustered graph of ?nodes= and ?edges=, then measures time to the first rendered frame, frames
 * per second while panning, and ForceAtlas2 iterations per second in the web worker.
 */
import type Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import Sigma from "sigma";
import { EdgeLineProgram } from "sigma/rendering";
import { benchGraph, nextFrame } from "./benchGraph.ts";

export interface BenchResult {
  nodes: number;
  edges: number;
  generateMs: number;
  firstFrameMs: number;
  panFps: number;
  panFpsEdgesHidden: number;
  fa2IterationsPerSecond: number;
  fa2WhileRendering: number;
  renderer: string;
}

declare global {
  interface Window {
    __bench?: BenchResult | { error: string };
  }
}

async function run(): Promise<BenchResult> {
  const params = new URLSearchParams(window.location.search);
  const order = Number(params.get("nodes") ?? 10_000);
  const size = Number(params.get("edges") ?? 50_000);

  const generated = performance.now();
  const graph = benchGraph(order, size);
  const generateMs = performance.now() - generated;

  const container = document.getElementById("graph")!;
  const started = performance.now();
  // Sigma indexes and draws in its constructor; the frame is on screen after the next paint.
  // Edges as the explorer draws them above 5,000: plain lines.
  const sigma = new Sigma(graph, container, {
    labelDensity: 0.02,
    labelRenderedSizeThreshold: 12,
    defaultEdgeType: "line",
    edgeProgramClasses: { line: EdgeLineProgram },
  });
  await nextFrame();
  const firstFrameMs = performance.now() - started;

  const panFps = await measurePanFps(sigma);
  // What the explorer does on big graphs: edges and labels hidden while the camera moves.
  sigma.setSetting("hideEdgesOnMove", true);
  sigma.setSetting("hideLabelsOnMove", true);
  const panFpsEdgesHidden = await measurePanFps(sigma);
  sigma.setSetting("hideEdgesOnMove", false);
  sigma.setSetting("hideLabelsOnMove", false);

  const fa2WhileRendering = await measureFa2(graph);
  sigma.kill();
  const fa2IterationsPerSecond = await measureFa2(graph);

  const gl = document.createElement("canvas").getContext("webgl2");
  const debug = gl?.getExtension("WEBGL_debug_renderer_info");
  const renderer = gl && debug ? String(gl.getParameter(debug.UNMASKED_RENDERER_WEBGL)) : "unknown";
  return {
    nodes: graph.order,
    edges: graph.size,
    generateMs,
    firstFrameMs,
    panFps,
    panFpsEdgesHidden,
    fa2IterationsPerSecond,
    fa2WhileRendering,
    renderer,
  };
}

/**
 * Pans with camera animations (as a drag or the arrow buttons do, so sigma knows the camera is
 * moving) for three seconds and counts sigma's renders.
 */
async function measurePanFps(sigma: Sigma): Promise<number> {
  let frames = 0;
  const onRender = () => frames++;
  sigma.on("afterRender", onRender);
  const camera = sigma.getCamera();
  const started = performance.now();
  for (const [x, y] of [
    [0.3, 0.5],
    [0.7, 0.6],
    [0.5, 0.4],
  ] as const) {
    await camera.animate({ x, y }, { duration: 1000, easing: "linear" });
  }
  sigma.off("afterRender", onRender);
  return frames / ((performance.now() - started) / 1000);
}

/** ForceAtlas2 in the worker for five seconds: one message round-trip is one iteration. */
async function measureFa2(graph: Graph): Promise<number> {
  let iterations = 0;
  const count = () => iterations++;
  graph.on("eachNodeAttributesUpdated", count);
  const layout = new FA2Layout(graph, { settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true } });
  const started = performance.now();
  layout.start();
  await new Promise((resolve) => setTimeout(resolve, 5000));
  layout.stop();
  const perSecond = iterations / ((performance.now() - started) / 1000);
  layout.kill();
  graph.off("eachNodeAttributesUpdated", count);
  return perSecond;
}

run()
  .then((result) => (window.__bench = result))
  .catch((error: Error) => (window.__bench = { error: error.message }));
