/**
 * Runs the chosen formats and packs them as one ZIP with a manifest.json that says how to
 * reproduce the export: what was asked (view URL, filters, ids or query), the actors and
 * relationships it resolved to (exactly those the files hold), the dataset version, time and
 * counts, and notes on how the files are written.
 */
import { strToU8, zipSync } from "fflate";
import { FORMULA_NOTE } from "@atlas/model";
import { LIST_SEPARATOR } from "./exportGraph.ts";
import type { MetricsManifest } from "./exportMetrics.ts";
import { FORMATS, type ExportContext, type ExportFile, type FormatName } from "./formats.ts";

/** What was asked for, as recorded in the manifest. */
export interface SelectionRecord {
  kind: "view" | "ids" | "query" | "all";
  query?: string | undefined;
  viewUrl?: string | undefined;
  filters?: unknown;
  /** Overview mode: group nodes drawn, which stand for many actors and are not exported. */
  groupsNotExported?: number | undefined;
}

export interface Manifest {
  generator: string;
  datasetVersion: string;
  exportedAt: string;
  selection: SelectionRecord;
  /** Exactly what the files hold. */
  contents: { actors: string[]; relationships: string[] };
  title: string | undefined;
  counts: { nodes: number; edges: number; sources: number };
  listSeparator: string;
  notes: string[];
  figure: { width: string; grayscale: boolean; pngDpi: number };
  pngDpi: number;
  files: Array<{ name: string; format: FormatName; bytes: number }>;
  /** The network metrics written as actor attributes, and how reproduce.py recomputes them. */
  metrics?: MetricsManifest;
}

export function runFormats(
  context: ExportContext,
  formats: FormatName[],
  onProgress: (done: number, total: number, format: FormatName) => void = () => undefined,
): Array<ExportFile & { format: FormatName }> {
  const files: Array<ExportFile & { format: FormatName }> = [];
  formats.forEach((format, index) => {
    for (const file of FORMATS[format](context)) files.push({ ...file, format });
    onProgress(index + 1, formats.length, format);
  });
  return files;
}

export function buildManifest(
  context: ExportContext,
  files: Array<ExportFile & { format: FormatName }>,
  selection: SelectionRecord,
  datasetVersion: string,
  exportedAt: string,
  metrics?: MetricsManifest,
): Manifest {
  const notes = [
    FORMULA_NOTE,
    `Lists are joined with "${LIST_SEPARATOR}" where a format has no list type.`,
    context.drawn
      ? "Positions, sizes and colours are those the explorer showed."
      : "Positions come from a deterministic ForceAtlas2 layout.",
  ];
  if (selection.groupsNotExported)
    notes.push(
      `The view was an overview: its ${selection.groupsNotExported} group nodes stand for many actors and are not exported; the actors loaded and drawn are.`,
    );
  if (metrics)
    notes.push(
      `Actors carry the network metrics ${metrics.algorithms.map((a) => a.metric).join(", ")} as attributes${files.some((f) => f.format === "graphml") ? '; "python3 reproduce.py" recomputes them from graph.graphml with networkx' : ""}.`,
    );
  return {
    generator: "Solidarity Atlas",
    datasetVersion,
    exportedAt,
    selection,
    contents: { actors: context.graph.nodes(), relationships: context.graph.edges() },
    title: context.title,
    counts: { nodes: context.graph.order, edges: context.graph.size, sources: context.sources.length },
    listSeparator: LIST_SEPARATOR,
    notes,
    figure: {
      width: context.figure?.width ?? "a4",
      grayscale: context.figure?.grayscale ?? false,
      pngDpi: context.dpi,
    },
    pngDpi: context.dpi,
    files: files.map((f) => ({ name: f.name, format: f.format, bytes: Buffer.byteLength(f.content) })),
    ...(metrics && { metrics }),
  };
}

export function zipFiles(files: ExportFile[], manifest: Manifest): Buffer {
  const entries: Record<string, Uint8Array> = { "manifest.json": strToU8(JSON.stringify(manifest, null, 2)) };
  for (const file of files)
    entries[file.name] = typeof file.content === "string" ? strToU8(file.content) : new Uint8Array(file.content);
  return Buffer.from(zipSync(entries, { level: 6 }));
}
