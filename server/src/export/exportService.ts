/** Resolves what to export (a view, ids, a read-only Cypher query, or everything) and produces the files. */
import type { MetricName } from "@atlas/analysis";
import type { FigureColourKey } from "@atlas/model";
import { buildManifest, runFormats, zipFiles, type SelectionRecord } from "./bundle.ts";
import { buildExportGraph, getCitedSources, type Drawing, type SourceDocument } from "./exportGraph.ts";
import { assignExportMetrics, getReproduceScript } from "./exportMetrics.ts";
import type { ExportContext, ExportFile, FormatName } from "./formats.ts";
import type { PrintWidth } from "./printSizes.ts";
import { resolveSelection, type Selection, type SelectionDeps } from "./resolveSelection.ts";

export interface ExportRequest {
  selection: Selection;
  /** Where the selection came from, for the manifest. */
  origin?: { viewUrl?: string | undefined; filters?: unknown; groupsNotExported?: number | undefined };
  formats: FormatName[];
  title?: string | undefined;
  dpi: number;
  drawing?: Drawing | undefined;
  figure?: {
    width?: PrintWidth | undefined;
    grayscale?: boolean | undefined;
    highlight?: string[] | undefined;
    /** "geo": the drawing is the explorer's map layout. */
    layout?: "force" | "geo" | undefined;
    colourKey?: FigureColourKey | undefined;
  };
  /** Network metrics to compute on the exported graph and write as actor attributes. */
  metrics?: MetricName[] | undefined;
  /** Answer with the one file instead of a ZIP (only when the formats make exactly one file). */
  single: boolean;
}

export interface ExportDeps extends SelectionDeps {
  datasetVersion: string;
}

export interface ExportResult {
  file: ExportFile;
  counts: { nodes: number; edges: number };
}

/** The figure's source line: what a caption must credit. */
export function getSourceLine(datasetVersion: string, exportedAt: string, sources: SourceDocument[]): string {
  const cited = [...new Set(sources.map((s) => `${s.publisher}${s.year ? ` ${s.year}` : ""}`))].sort();
  const shown = cited.slice(0, 4).join("; ");
  const more = cited.length > 4 ? `; and ${cited.length - 4} more (sources.bib)` : "";
  return `Data: Solidarity Atlas, ${datasetVersion}, ${exportedAt.slice(0, 10)}; sources: ${shown || "none cited"}${more}`;
}

function describe(selection: Selection, actors: number, datasetVersion: string): string {
  const what =
    selection.kind === "all"
      ? "the whole graph"
      : selection.kind === "query"
        ? `the query ${JSON.stringify(selection.query)}`
        : selection.kind === "view"
          ? `the ${actors} actors and the relationships drawn in the explorer`
          : `${actors} selected actors`;
  return `Solidarity Atlas export of ${what} (dataset ${datasetVersion})`;
}

export async function runExport(
  deps: ExportDeps,
  request: ExportRequest,
  onProgress?: (done: number, total: number, step: string) => void,
): Promise<ExportResult> {
  onProgress?.(0, request.formats.length + 1, "reading the graph");
  const rows = await resolveSelection(deps, request.selection);
  const graph = buildExportGraph(rows.actors, rows.relationships, request.drawing ?? null);
  const sources = getCitedSources(graph, rows.sources);
  const metrics = request.metrics?.length ? assignExportMetrics(graph, request.metrics) : undefined;
  const exportedAt = new Date().toISOString();
  const context: ExportContext = {
    graph,
    sources,
    title: request.title,
    dpi: request.dpi,
    description: describe(request.selection, graph.order, deps.datasetVersion),
    figure: { ...request.figure, sourceLine: getSourceLine(deps.datasetVersion, exportedAt, sources) },
    drawn: request.drawing !== undefined,
  };
  const files = runFormats(context, request.formats, (done, total, format) =>
    onProgress?.(done + 1, total + 1, format),
  );
  const counts = { nodes: graph.order, edges: graph.size };
  if (request.single && files.length === 1) return { file: files[0]!, counts };
  const record: SelectionRecord = {
    kind: request.selection.kind,
    ...(request.selection.kind === "query" && { query: request.selection.query }),
    ...request.origin,
  };
  const manifest = buildManifest(context, files, record, deps.datasetVersion, exportedAt, metrics);
  const extras = metrics && files.some((f) => f.format === "graphml") ? [getReproduceScript()] : [];
  const stamp = exportedAt.slice(0, 19).replace(/[:T]/g, "-");
  return {
    file: {
      name: `solidarity-atlas-${stamp}.zip`,
      mime: "application/zip",
      content: zipFiles([...files, ...extras], manifest),
    },
    counts,
  };
}
