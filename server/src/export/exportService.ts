/** Resolves what to export (ids, a read-only Cypher query, or everything) and produces the files. */
import type { Driver } from "neo4j-driver";
import { runConsoleQuery, type ConsoleLimits } from "../console/runConsoleQuery.ts";
import type { Executor } from "../neo4j/executor.ts";
import { buildManifest, runFormats, zipFiles, type Selection } from "./bundle.ts";
import { loadExportGraph, type Positions } from "./exportGraph.ts";
import type { ExportFile, FormatName } from "./formats.ts";

export interface ExportRequest {
  selection: Selection;
  formats: FormatName[];
  title?: string | undefined;
  dpi: number;
  positions?: Positions | undefined;
  /** Answer with the one file instead of a ZIP (only when the formats make exactly one file). */
  single: boolean;
}

export interface ExportDeps {
  driver: Driver;
  executor: Executor;
  database: string;
  limits: ConsoleLimits;
  datasetVersion: string;
}

export interface ExportResult {
  file: ExportFile;
  counts: { nodes: number; edges: number };
}

export async function runExport(
  deps: ExportDeps,
  request: ExportRequest,
  onProgress?: (done: number, total: number, step: string) => void,
): Promise<ExportResult> {
  let ids: string[] | null = null;
  if (request.selection.kind === "ids") ids = request.selection.ids ?? [];
  if (request.selection.kind === "query") {
    const result = await runConsoleQuery(deps.driver, deps.database, request.selection.query ?? "", {}, deps.limits);
    ids = [
      ...new Set(result.graph.nodes.map((n) => n.properties.id).filter((id): id is string => typeof id === "string")),
    ];
  }
  onProgress?.(0, request.formats.length + 1, "reading the graph");
  const { graph, sources } = await loadExportGraph(deps.executor, ids, request.positions ?? null);
  const description = `Solidarity Atlas export of ${request.selection.kind === "all" ? "the whole graph" : request.selection.kind === "query" ? `the query ${JSON.stringify(request.selection.query)}` : `${graph.order} selected actors`} (dataset ${deps.datasetVersion})`;
  const context = { graph, sources, title: request.title, dpi: request.dpi, description };
  const files = runFormats(context, request.formats, (done, total, format) =>
    onProgress?.(done + 1, total + 1, format),
  );
  const counts = { nodes: graph.order, edges: graph.size };
  if (request.single && files.length === 1) return { file: files[0]!, counts };
  const manifest = buildManifest(context, files, request.selection, deps.datasetVersion);
  const stamp = manifest.exportedAt.slice(0, 19).replace(/[:T]/g, "-");
  return {
    file: { name: `solidarity-atlas-${stamp}.zip`, mime: "application/zip", content: zipFiles(files, manifest) },
    counts,
  };
}
