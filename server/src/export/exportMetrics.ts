/**
 * Network metrics of an export (@atlas/analysis), computed on the simple graphs of the exported
 * actors and written into each actor's properties: every format then carries them as attributes
 * of their own names, typed like any property. The manifest keeps how they were computed, and
 * the ZIP carries analysis/python/reproduce.py, which recomputes them with networkx.
 */
import { computeMetrics, MetricsError, toSimpleGraphs, type AlgorithmRecord, type MetricName } from "@atlas/analysis";
import { isDirectedType } from "@atlas/model";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { ExportGraph } from "./exportGraph.ts";
import { ExportError } from "./ExportError.ts";
import type { ExportFile } from "./formats.ts";

export interface MetricsManifest {
  /** Relationship types whose direction means nothing: both ways on the directed simple graph. */
  undirectedTypes: string[];
  algorithms: AlgorithmRecord[];
}

export function assignExportMetrics(graph: ExportGraph, names: MetricName[]): MetricsManifest {
  const links = graph.mapEdges((_edge, a, source, target) => ({ source, target, type: a.type }));
  let result;
  try {
    result = computeMetrics(toSimpleGraphs(graph.nodes(), links, isDirectedType), names);
  } catch (error) {
    if (error instanceof MetricsError) throw new ExportError(`metrics: ${error.message}`);
    throw error;
  }
  graph.forEachNode((node, a) => {
    const taken = names.find((name) => name in a.properties);
    if (taken) throw new ExportError(`metrics: actor "${node}" already has a property "${taken}"`);
    graph.setNodeAttribute(node, "properties", { ...a.properties, ...result.nodes[node] });
  });
  const undirectedTypes = [...new Set(links.map((link) => link.type))].filter((type) => !isDirectedType(type));
  return { undirectedTypes: undirectedTypes.sort(), algorithms: result.algorithms };
}

/** reproduce.py as a file of the ZIP: kept as a real Python file in analysis/, read when asked. */
export function getReproduceScript(): ExportFile {
  const script = createRequire(import.meta.url).resolve("@atlas/analysis/reproduce.py");
  return { name: "reproduce.py", mime: "text/x-python", content: readFileSync(script, "utf8") };
}
